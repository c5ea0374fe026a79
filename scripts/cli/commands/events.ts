// `events`: the events in time order, optionally between --from and --to.
import { dateFlag, UsageError } from '../args';
import { formatEventLine } from '../format';
import { printer } from '../output';
import type { LibraryCommand } from './command';

export const events: LibraryCommand = (library, positional, flags, io) => {
  if (positional.length) throw new UsageError('events takes no arguments, only --from and --to.');
  const from = dateFlag(flags, 'from');
  const to = dateFlag(flags, 'to');
  if (from && to && from > to) throw new UsageError('--from must not be after --to.');
  const list = library.listEvents({ from, to });
  printer(io, flags.json === true)(
    list,
    () => list.map(formatEventLine).join('\n') || 'No events in that range.',
  );
  return 0;
};
