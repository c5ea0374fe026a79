// What each kind of source is, said plainly, as the reader and the source pages show it.
import type { Source } from '../db/types';

export const SOURCE_KIND_LABEL: Record<Source['kind'], string> = {
  official: 'official',
  international: 'international body',
  news: 'news',
  research: 'research',
  partisan: 'partisan',
};
