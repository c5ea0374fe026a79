// A new release of the library edits an article the reader highlighted: the user DB is kept,
// the content DB is rebuilt from the edited corpus, and the highlights are found again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../renderer/db/anchoring';
import { changedHighlights } from '../../renderer/db/highlight-changes';
import { Library } from '../../renderer/db/library';
import { buildContentDb } from '../../scripts/content/build';
import { copyFixtureContent, FIXTURE_RULES, getSql } from '../helpers/fixture';

const ARTICLE = 'article:test-war';
const EDITED = 'the fighting reached Kalbajar, in the mountains west of Stepanakert';
const REMOVED = 'The ceasefire held for decades while the line of contact hardened.';

/** The fixture library, a reader's highlights on its article, then the next release. */
async function twoReleases() {
  const SQL = await getSql();
  const root = copyFixtureContent();
  const v1 = await buildContentDb(root, FIXTURE_RULES);
  const first = Library.open(SQL, { content: v1.bytes, contentPath: 'v1', user: null });
  const oldText = first.anchorText(ARTICLE)!;
  const highlightOf = (quote: string, colour: 'yellow' | 'blue', note = '') => {
    const start = oldText.indexOf(quote);
    first.addHighlight({ targetId: ARTICLE, start, end: start + quote.length, colour, note });
  };
  highlightOf(EDITED, 'yellow', 'Where exactly?');
  highlightOf(REMOVED, 'blue');

  const file = join(root, 'articles/test-war.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('**Kalbajar**, in the mountains', '**Kalbajar**, high in the mountains')
      .replace(/## Afterwards\s+The ceasefire held[^\n]*\n/, ''),
  );
  const v2 = await buildContentDb(root, FIXTURE_RULES);
  const second = Library.open(SQL, {
    content: v2.bytes,
    contentPath: 'v2',
    user: first.exportUser(),
  });
  return { oldText, newText: second.anchorText(ARTICLE)!, second };
}

describe('highlights after a release edits the article', () => {
  it('keeps a lightly edited passage highlighted at its new range and lists a removed one as detached', async () => {
    const { newText, second } = await twoReleases();
    expect(newText).not.toContain('The ceasefire held');
    const after = 'the fighting reached Kalbajar, high in the mountains west of Stepanakert';
    const start = newText.indexOf(after);
    expect(start).toBeGreaterThan(-1);

    const highlights = second.listHighlights(ARTICLE);
    expect(highlights).toEqual([
      expect.objectContaining({
        quote: EDITED,
        colour: 'yellow',
        note: 'Where exactly?',
        range: { start, end: start + after.length },
      }),
      expect.objectContaining({ quote: REMOVED, colour: 'blue', range: null }),
    ]);
    // The same answer from every list, and again on the next call.
    expect(second.listHighlights().map((h) => [h.quote, h.range])).toEqual(
      expect.arrayContaining([
        [EDITED, { start, end: start + after.length }],
        [REMOVED, null],
      ]),
    );
    expect(second.listHighlights(ARTICLE)).toEqual(highlights);
  });

  it('lists both highlights as in passages that changed, with before and after', async () => {
    const { oldText, newText } = await twoReleases();
    const anchorOf = (quote: string) => {
      const start = oldText.indexOf(quote);
      return describeRange(oldText, start, start + quote.length);
    };
    const changes = changedHighlights(oldText, newText, [
      { id: 1, anchor: anchorOf(EDITED) },
      { id: 2, anchor: anchorOf(REMOVED) },
      { id: 3, anchor: anchorOf('See the resolution') },
    ]);
    expect(changes.map((c) => [c.highlight.id, c.before, c.after])).toEqual([
      [1, EDITED, 'the fighting reached Kalbajar, high in the mountains west of Stepanakert'],
      [2, REMOVED, null],
    ]);
  });
});
