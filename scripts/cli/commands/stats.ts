// `stats`: how much the library holds.
import { UsageError } from '../args';
import { formatStats } from '../format';
import { printer } from '../output';
import type { LibraryCommand } from './command';

export const stats: LibraryCommand = (library, positional, flags, io) => {
  if (positional.length) throw new UsageError('stats takes no arguments.');
  const result = library.stats();
  printer(io, flags.json === true)(result, () => formatStats(result));
  return 0;
};
