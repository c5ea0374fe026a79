// `corrections`: the public corrections log, newest first.
import { UsageError } from '../args';
import { formatCorrection } from '../format';
import { printer } from '../output';
import type { LibraryCommand } from './command';

export const corrections: LibraryCommand = (library, positional, flags, io) => {
  if (positional.length) throw new UsageError('corrections takes no arguments.');
  const list = library.listCorrections();
  printer(io, flags.json === true)(list, () =>
    list.length
      ? list.map(formatCorrection).join('\n\n')
      : 'No corrections have been made to this library.',
  );
  return 0;
};
