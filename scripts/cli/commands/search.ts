// `search "<query>"`: full-text search over articles and events, best matches first.
import { UsageError } from '../args';
import { formatResults, plainSnippet } from '../format';
import { printer } from '../output';
import type { LibraryCommand } from './command';

export const search: LibraryCommand = (library, positional, flags, io) => {
  const query = positional.join(' ');
  if (!query.trim()) throw new UsageError('search needs a query.');
  const type = flags.type;
  if (type !== undefined && type !== 'article' && type !== 'event') {
    throw new UsageError('--type must be article or event.');
  }
  let limit = 20;
  if (flags.limit !== undefined) {
    limit = Number(flags.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw new UsageError('--limit must be a whole number from 1 to 500.');
    }
  }
  const results = library.search(query, { kinds: [type ?? 'article', type ?? 'event'], limit });
  const hits = results.hits.slice(0, limit);
  printer(io, flags.json === true)(
    { ...results, hits: hits.map((h) => ({ ...h, snippet: plainSnippet(h.snippet) })) },
    () => formatResults(results.names, hits, results.suggestion),
  );
  return 0;
};
