import { describe, expect, it } from 'vitest';
import { describeRange } from '../../renderer/db/anchoring';
import { changedHighlights } from '../../renderer/db/highlight-changes';
import { ARTICLE, PARAGRAPHS } from '../helpers/ceasefire-article';

function highlight(id: number, text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`Not in the text: ${quote}`);
  return { id, anchor: describeRange(text, start, start + quote.length) };
}

const TYPO = highlight(1, ARTICLE, 'the two armies faced each other acros a line of contact');
const MOVED = highlight(
  2,
  ARTICLE,
  'four days of heavy fighting showed how fragile the arrangement had become',
);
const REMOVED = highlight(
  3,
  ARTICLE,
  'a small team of OSCE monitors could check only a few points',
);
const UNTOUCHED = highlight(4, ARTICLE, 'ended with the trilateral statement of 10 November');

/** The next release: the typo fixed, the April 2016 paragraph moved up, the monitors' one gone. */
const NEXT = [PARAGRAPHS[0]!, PARAGRAPHS[4]!, PARAGRAPHS[1]!, PARAGRAPHS[2]!, PARAGRAPHS[5]!]
  .join('\n')
  .replace('other acros a', 'other across a');

describe('highlights in passages that changed', () => {
  it('lists an edited passage with its before and after, and a removed one as detached', () => {
    const changes = changedHighlights(ARTICLE, NEXT, [TYPO, MOVED, REMOVED, UNTOUCHED]);
    expect(changes.map(({ highlight, before, after }) => [highlight.id, before, after])).toEqual([
      [
        1,
        'the two armies faced each other acros a line of contact',
        'the two armies faced each other across a line of contact',
      ],
      [3, 'a small team of OSCE monitors could check only a few points', null],
    ]);
    const edited = changes[0]!.match;
    expect(edited).toMatchObject({ how: 'fuzzy' });
    expect(edited.how !== 'detached' && NEXT.slice(edited.start, edited.end)).toBe(
      'the two armies faced each other across a line of contact',
    );
    expect(changes[1]!.match).toEqual({ how: 'detached' });
  });

  it('lists nothing when the article did not change', () => {
    expect(changedHighlights(ARTICLE, ARTICLE, [TYPO, REMOVED])).toEqual([]);
  });

  it('does not list again a passage an earlier release changed and this one left alone', () => {
    // The highlight was made on the release before ARTICLE, which read "acros the line".
    const older = ARTICLE.replace('acros a line', 'acros the line');
    const made = highlight(5, older, 'the two armies faced each other acros the line of contact');
    const removedEarlier = highlight(
      6,
      older + '\nA closing sentence that was cut.',
      'A closing sentence that was cut.',
    );
    expect(
      changedHighlights(ARTICLE, ARTICLE + '\nA new last paragraph.', [made, removedEarlier]),
    ).toEqual([]);
    expect(changedHighlights(ARTICLE, NEXT, [made])).toEqual([
      expect.objectContaining({
        before: 'the two armies faced each other acros the line of contact',
        after: 'the two armies faced each other across a line of contact',
      }),
    ]);
  });
});
