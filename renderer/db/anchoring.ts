// Text anchoring for highlights, after the W3C Web Annotation model: a TextQuoteSelector
// (the exact text with some text before and after it) and a TextPositionSelector (character
// offsets into the article's text). The quote is the truth; the position is a hint for
// choosing between repeated passages and survives only as long as the text does not move.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextAnchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

const CONTEXT = 32;

/** Describes text[start, end) so it can be found again after the text changes. */
export function describeRange(text: string, start: number, end: number): TextAnchor {
  if (!(start >= 0 && end <= text.length && start < end)) {
    throw new RangeError(`Not a range of the text: ${start}–${end} of ${text.length}`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** How many characters two strings share at their ends (prefix: at the end; suffix: at the start). */
function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds the anchor in (possibly changed) text: every occurrence of the exact quote is scored
 * by how much of its context still matches and how near it is to the old position. Returns
 * null when the quoted text is no longer there: the highlight is then detached, not lost.
 */
export function resolveAnchor(
  text: string,
  anchor: TextAnchor,
): { start: number; end: number } | null {
  const { exact, prefix, suffix } = anchor.quote;
  if (!exact) return null;
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + exact.length, at + exact.length + suffix.length);
    const context = sharedTail(before, prefix) + sharedHead(after, suffix);
    const distance = Math.abs(at - anchor.position.start);
    const score = context * 1000 - Math.min(distance, 999);
    if (!best || score > best.score) best = { start: at, score };
  }
  return best ? { start: best.start, end: best.start + exact.length } : null;
}
