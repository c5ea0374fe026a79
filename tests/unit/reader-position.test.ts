import { describe, expect, it } from 'vitest';
import {
  firstWords,
  fractionAt,
  parseJump,
  placeBookmark,
  scrollTopFor,
} from '../../renderer/features/reader/position';

// An article starting 16px down the scrolled content, its text ending at 5,616px.
const page = { viewHeight: 800, start: 16, end: 5_616 };
const span = 5_616 - 16 - 800;

describe('reading position', () => {
  it('is 0 at the top of the article and 1 when the end of its text is in view', () => {
    expect(fractionAt({ ...page, scrollTop: 0 })).toBe(0);
    expect(fractionAt({ ...page, scrollTop: 16 })).toBe(0);
    expect(fractionAt({ ...page, scrollTop: 16 + span / 2 })).toBe(0.5);
    expect(fractionAt({ ...page, scrollTop: 16 + span })).toBe(1);
    // Below the text (notes, sources): still 1, not more.
    expect(fractionAt({ ...page, scrollTop: 9_000 })).toBe(1);
  });

  it('counts the header and contents above the text as part of the way', () => {
    expect(fractionAt({ ...page, scrollTop: 600 })).toBeGreaterThan(0);
  });

  it('scrolls back to the same place it measured', () => {
    for (const scrollTop of [16, 781, 1_234, 2_550, 4_816]) {
      const fraction = fractionAt({ ...page, scrollTop });
      expect(scrollTopFor(fraction, page)).toBe(scrollTop);
    }
  });

  it('finds the same passage after a larger text size makes the article longer', () => {
    const fraction = fractionAt({ ...page, scrollTop: 16 + span / 2 });
    const larger = { viewHeight: 800, start: 16, end: 7_400 };
    expect(fractionAt({ ...larger, scrollTop: scrollTopFor(fraction, larger) })).toBe(fraction);
  });

  it('counts an article that fits in the view as read once the end of its text is visible', () => {
    const short = { viewHeight: 800, start: 16, end: 700 };
    expect(fractionAt({ ...short, scrollTop: 0 })).toBe(1);
    expect(fractionAt({ ...short, end: 900, scrollTop: 0 })).toBe(0);
    expect(scrollTopFor(0.7, short)).toBe(16);
  });

  it('never gives a fraction outside 0 to 1', () => {
    expect(scrollTopFor(2, page)).toBe(16 + span);
    expect(scrollTopFor(Number.NaN, page)).toBe(16);
  });
});

describe('bookmarking a place', () => {
  it('labels the place with the first words of the passage at the top of the view', () => {
    const input = placeBookmark('article:first-war', {
      fraction: 0.412345,
      heading: 'Open war, 1992',
      paragraph:
        'Through the winter of 1991–1992 Stepanakert was shelled from Azerbaijani-held Shushi',
    });
    expect(input.targetId).toBe('article:first-war');
    expect(JSON.parse(input.position)).toEqual({ fraction: 0.4123, heading: 'Open war, 1992' });
    expect(input.label).toBe(
      'Through the winter of 1991–1992 Stepanakert was shelled from Azerbaijani-held…',
    );
  });

  it('falls back to the heading, and to no label when there is neither', () => {
    expect(placeBookmark('a', { fraction: 0.2, heading: 'Open war', paragraph: '  ' }).label).toBe(
      'Open war',
    );
    const bare = placeBookmark('a', { fraction: 0.25, heading: null, paragraph: null });
    expect(bare.label).toBe('');
    expect(JSON.parse(bare.position)).toEqual({ fraction: 0.25, heading: null });
  });

  it('shortens long passages to whole words', () => {
    expect(firstWords('one  two\nthree', 10)).toBe('one two three');
    expect(firstWords('one two three four', 2)).toBe('one two…');
    expect(firstWords('a'.repeat(100), 10, 20)).toBe(`${'a'.repeat(20)}…`);
    expect(firstWords('')).toBe('');
  });
});

describe('opening at a bookmarked place', () => {
  it('reads the jump the Bookmarks screen left for this article', () => {
    expect(parseJump(JSON.stringify({ id: 'article:x', fraction: 0.5 }), 'article:x')).toBe(0.5);
    expect(parseJump(JSON.stringify({ id: 'article:x', fraction: 3 }), 'article:x')).toBe(1);
  });

  it('ignores a jump for another article, a missing one and a malformed one', () => {
    expect(parseJump(JSON.stringify({ id: 'article:y', fraction: 0.5 }), 'article:x')).toBeNull();
    expect(parseJump(null, 'article:x')).toBeNull();
    expect(parseJump('{not json', 'article:x')).toBeNull();
    expect(parseJump('{"id":"article:x","fraction":"half"}', 'article:x')).toBeNull();
    expect(parseJump('null', 'article:x')).toBeNull();
  });
});
