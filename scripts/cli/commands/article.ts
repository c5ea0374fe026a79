// `article <id>`: one article as readable text; the "article:" prefix may be left out.
import { UsageError } from '../args';
import { formatArticle } from '../format';
import { printer } from '../output';
import type { LibraryCommand } from './command';

export const article: LibraryCommand = (library, positional, flags, io) => {
  if (positional.length !== 1) throw new UsageError('article needs exactly one id.');
  const raw = positional[0]!;
  const id = raw.startsWith('article:') ? raw : `article:${raw}`;
  const found = library.getArticle(id);
  if (!found) {
    io.err(
      `No article with id ${id}. Try: npm run --silent cli -- search "<words>" --type article`,
    );
    return 1;
  }
  printer(io, flags.json === true)(found, () => formatArticle(found));
  return 0;
};
