import { describe, expect, it } from 'vitest';
import {
  firstWords,
  fractionAt,
  parseJump,
  placeBookmark,
  scrollTopFor,
} from '../../renderer/features/reader/position';

const page = { viewHeight: 800, bodyTop: 300, bodyHeight: 5_300 };

describe('reading position', () => {
  it('is 0 while the body has not reached the top of the view and 1 at its end', () => {
    expect(fractionAt({ ...page, scrollTop: 0 })).toBe(0);
    expect(fractionAt({ ...page, scrollTop: 300 })).toBe(0);
    expect(fractionAt({ ...page, scrollTop: 300 + 2_250 })).toBe(0.5);
    expect(fractionAt({ ...page, scrollTop: 300 + 4_500 })).toBe(1);
    expect(fractionAt({ ...page, scrollTop: 9_000 })).toBe(1);
  });

  it('scrolls back to the same place it measured', () => {
    for (const scrollTop of [300, 1_234, 2_550, 4_800]) {
      const fraction = fractionAt({ ...page, scrollTop });
      expect(scrollTopFor(fraction, page)).toBe(scrollTop);
    }
  });

  it('finds the same passage after a larger text size makes the body longer', () => {
    const fraction = fractionAt({ ...page, scrollTop: 300 + 2_250 });
    const larger = { viewHeight: 800, bodyTop: 340, bodyHeight: 7_000 };
    expect(fractionAt({ ...larger, scrollTop: scrollTopFor(fraction, larger) })).toBe(fraction);
  });

  it('counts a body that fits in the view as read once its end is visible', () => {
    const short = { viewHeight: 800, bodyTop: 300, bodyHeight: 400 };
    expect(fractionAt({ ...short, scrollTop: 0 })).toBe(1);
    expect(fractionAt({ ...short, bodyTop: 600, scrollTop: 0 })).toBe(0);
    expect(scrollTopFor(0.7, short)).toBe(300);
  });

  it('never gives a fraction outside 0 to 1', () => {
    expect(scrollTopFor(2, page)).toBe(300 + 4_500);
    expect(scrollTopFor(Number.NaN, page)).toBe(300);
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
