import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { Library } from '../../renderer/db/library';
import { formatStats } from '../../scripts/cli/format';
import { README, readmeStatsText } from '../../scripts/readme-stats';
import { buildContentDb, loadValidCorpus } from '../../scripts/content/build';
import { CONTENT_ROOT } from '../../scripts/paths';

describe('the bundled corpus', () => {
  it('passes every validation rule', () => {
    expect(() => loadValidCorpus(CONTENT_ROOT)).not.toThrow();
  });

  it('has at least 5 articles and 30 events, each article linking three or more events', () => {
    const raw = loadValidCorpus(CONTENT_ROOT);
    expect(raw.articles.length).toBeGreaterThanOrEqual(5);
    expect(raw.events.length).toBeGreaterThanOrEqual(30);
    for (const article of raw.articles) {
      expect(article.related_events.length, article.id).toBeGreaterThanOrEqual(3);
    }
    expect(raw.corpus?.last_reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  // Two whole builds of the library: about 15 s on an idle machine, more under load.
  it('builds to the same bytes every time', { timeout: 180_000 }, async () => {
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    const [a, b] = [await buildContentDb(CONTENT_ROOT), await buildContentDb(CONTENT_ROOT)];
    expect(sha(a.bytes)).toBe(sha(b.bytes));
  });
});

describe('README numbers', () => {
  // Builds the whole library: about 12 s on an idle machine, more under load.
  it(
    'match what `cli stats` prints for the bundled corpus (npm run readme:stats updates them)',
    { timeout: 180_000 },
    async () => {
      const { bytes } = await buildContentDb(CONTENT_ROOT);
      const library = Library.open(await initSqlJs(), {
        content: bytes,
        contentPath: 'x',
        user: null,
      });
      expect(readmeStatsText(readFileSync(README, 'utf8'))).toBe(formatStats(library.stats()));
    },
  );
});
