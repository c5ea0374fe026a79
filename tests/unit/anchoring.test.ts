import { describe, expect, it } from 'vitest';
import { describeRange, resolveAnchor } from '../../renderer/db/anchoring';

const text =
  'The ceasefire held. In May 1994 the ceasefire took effect at midnight. Years later the ceasefire broke down.';

describe('text anchors', () => {
  it('finds the same passage in unchanged text', () => {
    const start = text.indexOf('the ceasefire took');
    const anchor = describeRange(text, start, start + 'the ceasefire'.length);
    expect(anchor.quote.exact).toBe('the ceasefire');
    expect(resolveAnchor(text, anchor)).toEqual({ start, end: start + 13 });
  });

  it('follows the passage when text is inserted before it', () => {
    const start = text.indexOf('the ceasefire took');
    const anchor = describeRange(text, start, start + 13);
    const changed = 'A new opening paragraph was added. ' + text;
    const found = resolveAnchor(changed, anchor)!;
    expect(changed.slice(found.start, found.end)).toBe('the ceasefire');
    expect(changed.slice(found.end, found.end + 5)).toBe(' took');
  });

  it('picks the repeated phrase whose surroundings match, not the first one', () => {
    const start = text.lastIndexOf('the ceasefire');
    const anchor = describeRange(text, start, start + 13);
    const changed = text.replace('The ceasefire held. ', '');
    const found = resolveAnchor(changed, anchor)!;
    expect(changed.slice(found.end, found.end + 6)).toBe(' broke');
  });

  it('reports a passage that is gone as detached', () => {
    const start = text.indexOf('at midnight');
    const anchor = describeRange(text, start, start + 11);
    expect(resolveAnchor(text.replace(' at midnight', ''), anchor)).toBeNull();
  });

  it('refuses a range outside the text', () => {
    expect(() => describeRange(text, 5, 5)).toThrow(RangeError);
    expect(() => describeRange(text, -1, 3)).toThrow(RangeError);
    expect(() => describeRange(text, 0, text.length + 1)).toThrow(RangeError);
  });
});
