// Text anchoring for highlights, after the W3C Web Annotation model: a TextQuoteSelector
// (the exact text with some text before and after it) and a TextPositionSelector (character
// offsets into the article's text). The quote is the truth; the position and the context are
// hints for choosing between candidate passages. A newer release of the library may edit an
// article, so a highlight is found again by approximate matching: it stays on its passage
// when that passage was lightly edited, and is detached only when the passage is gone.
import search from 'approx-string-match';

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

/**
 * Where an anchor is in a text and how it was found: the quote itself, a passage that differs
 * from it by a few edits (`similarity` is 1 minus the edits over the quote's length), or
 * nowhere (the highlight is detached, and keeps its quote).
 */
export type AnchorMatch =
  | { how: 'exact'; start: number; end: number }
  | { how: 'fuzzy'; start: number; end: number; similarity: number }
  | { how: 'detached' };

const CONTEXT = 32;

/** A passage may differ from the quote by up to a quarter of its length and still be it. */
const ERROR_SHARE = 1 / 4;

/**
 * An edited passage is taken when the text around it still agrees with the stored context,
 * or, for a quote long enough not to recur by chance, when it differs from the quote by only a
 * few edits (the paragraph was moved and its edges changed). Articles repeat their sentence
 * shapes ("about 123,000 (76 percent) were Armenian" in one census, "145,500 (77 percent)" in
 * the next), so a removed passage would otherwise attach to its sibling a quarter away.
 */
const MIN_CONTEXT_SIMILARITY = 0.5;
const SHORT_QUOTE = 32;
const MIN_SIMILARITY_ALONE = 0.9;

/** Context this short, or found this often, says too little about where the passage is. */
const MIN_CONTEXT_CHARS = 8;
const MAX_CONTEXT_HITS = 8;

// The quote dominates; the context decides between repeated passages; the old position only
// breaks ties, since any edit earlier in the article moves it.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

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

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Scored extends Candidate {
  score: number;
  context: number;
}

/** 1 when `actual` is `expected`, falling towards 0 with each edit between them. */
function similarity(actual: string, expected: string): number {
  if (actual === expected) return 1;
  if (!actual) return 0;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

function score(text: string, anchor: TextAnchor, c: Candidate): Scored {
  const { exact, prefix, suffix } = anchor.quote;
  // A side with no stored context (the quote began or ended the article) says nothing.
  const prefixScore = prefix
    ? similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix)
    : null;
  const suffixScore = suffix ? similarity(text.slice(c.end, c.end + suffix.length), suffix) : null;
  const hint = anchor.position.start;
  const distance = Number.isInteger(hint) ? Math.abs(c.start - hint) : text.length;
  const parts: [number, number][] = [
    [WEIGHT.quote, 1 - c.errors / exact.length],
    [WEIGHT.position, 1 - Math.min(1, distance / Math.max(1, text.length))],
  ];
  if (prefixScore !== null) parts.push([WEIGHT.prefix, prefixScore]);
  if (suffixScore !== null) parts.push([WEIGHT.suffix, suffixScore]);
  const total = parts.reduce((sum, [w, s]) => sum + w * s, 0);
  const weights = parts.reduce((sum, [w]) => sum + w, 0);
  const sides = [prefixScore, suffixScore].filter((s) => s !== null);
  const context = sides.length ? sides.reduce((a, b) => a + b, 0) / sides.length : 1;
  return { ...c, score: total / weights, context };
}

function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}

const budgetFor = (pattern: string) => Math.floor(pattern.length * ERROR_SHARE);

function searchIn(text: string, from: number, to: number, exact: string): Candidate[] {
  const start = Math.max(0, from);
  return search(text.slice(start, Math.min(text.length, to)), exact, budgetFor(exact)).map((m) => ({
    start: m.start + start,
    end: m.end + start,
    errors: m.errors,
  }));
}

/**
 * The usual edit leaves the text around a passage alone: where the stored prefix or suffix
 * still is, the passage is sought just after or just before it, a search over a few hundred
 * characters rather than the whole article.
 */
function besideContext(text: string, anchor: TextAnchor, side: 'prefix' | 'suffix'): Candidate[] {
  const { exact } = anchor.quote;
  const context = anchor.quote[side];
  if (context.length < MIN_CONTEXT_CHARS) return [];
  const reach = exact.length + budgetFor(exact);
  return occurrences(text, context)
    .slice(0, MAX_CONTEXT_HITS)
    .flatMap((at) =>
      side === 'prefix'
        ? searchIn(text, at + context.length, at + context.length + reach, exact)
        : searchIn(text, at - reach, at, exact),
    );
}

/**
 * Passages within the error budget anywhere in the text. A search returns only the matches
 * with the fewest edits, so where the quote is still somewhere unedited (a copy with other
 * text around it) that copy would hide the passage that was edited in place: then the quote
 * with its context is sought too, and the quote within what that finds.
 */
function anywhere(text: string, anchor: TextAnchor, copiesElsewhere: boolean): Candidate[] {
  const { exact, prefix, suffix } = anchor.quote;
  const found = searchIn(text, 0, text.length, exact);
  if (!copiesElsewhere || (!prefix && !suffix)) return found;
  const whole = prefix + exact + suffix;
  for (const around of search(text, whole, budgetFor(whole))) {
    found.push(...searchIn(text, around.start, around.end, exact));
  }
  return found;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && SPACE.test(ch);

/**
 * An approximate match can begin or end inside a word when the edit was at the quote's edge
 * ("Armenian forces" now reading "Azerbaijani forces"); a highlight that covered whole words
 * is widened back to whole words, and loses the spaces it did not have.
 */
function toWordEdges(text: string, anchor: TextAnchor, c: Candidate): Candidate {
  const { exact, prefix, suffix } = anchor.quote;
  let { start, end } = c;
  if (isWord(exact[0]) && !isWord(prefix.at(-1))) {
    while (start < end && isSpace(text[start])) start++;
    while (start > 0 && isWord(text[start - 1]) && isWord(text[start])) start--;
  }
  if (isWord(exact.at(-1)) && !isWord(suffix[0])) {
    while (end > start && isSpace(text[end - 1])) end--;
    while (end < text.length && isWord(text[end]) && isWord(text[end - 1])) end++;
  }
  return { ...c, start, end };
}

/** The context stored with the quote is exactly what surrounds text[start, end). */
function contextHolds(text: string, anchor: TextAnchor, start: number, end: number): boolean {
  const { prefix, suffix } = anchor.quote;
  return (
    start >= prefix.length &&
    text.startsWith(prefix, start - prefix.length) &&
    text.startsWith(suffix, end)
  );
}

/**
 * Finds the anchor in (possibly changed) text, cheapest first: the quote where it was with
 * its context; the quote elsewhere with its context (text was added or removed before it);
 * the passage beside its surviving context; then the whole text. Candidates are scored by how
 * like the quote they are, how much of the context around them still matches and how near
 * they are to the old position, and the best plausible one is taken.
 */
export function locateAnchor(text: string, anchor: TextAnchor): AnchorMatch {
  const { exact } = anchor.quote;
  if (!exact) return { how: 'detached' };
  const oldStart = Number.isInteger(anchor.position.start) ? anchor.position.start : -1;
  if (
    oldStart >= 0 &&
    text.startsWith(exact, oldStart) &&
    contextHolds(text, anchor, oldStart, oldStart + exact.length)
  ) {
    return { how: 'exact', start: oldStart, end: oldStart + exact.length };
  }

  const exacts = occurrences(text, exact).map((at) => ({
    start: at,
    end: at + exact.length,
    errors: 0,
  }));
  const inContext = exacts.filter((c) => contextHolds(text, anchor, c.start, c.end));
  if (inContext.length) {
    const nearest = inContext.reduce((a, b) =>
      Math.abs(b.start - oldStart) < Math.abs(a.start - oldStart) ? b : a,
    );
    return { how: 'exact', start: nearest.start, end: nearest.end };
  }
  if (budgetFor(exact) === 0) return found(text, anchor, pick(text, anchor, exacts));

  // A passage found whole between its unedited prefix and suffix cannot be bettered.
  let near: Candidate[] = exacts;
  for (const side of ['prefix', 'suffix'] as const) {
    near = [...near, ...besideContext(text, anchor, side)];
    const local = pick(text, anchor, near);
    if (local && local.context === 1) return found(text, anchor, local);
  }
  return found(
    text,
    anchor,
    pick(text, anchor, [...near, ...anywhere(text, anchor, exacts.length > 0)]),
  );
}

/** The best-scoring plausible candidate, or null when none is plausible. */
function pick(text: string, anchor: TextAnchor, candidates: Candidate[]): Scored | null {
  const { exact } = anchor.quote;
  let best: Scored | null = null;
  const seen = new Set<string>();
  for (const candidate of candidates) {
    // The searches find the exact occurrences again, and overlap one another.
    const key = `${candidate.start}:${candidate.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const scored = score(text, anchor, candidate);
    const plausible =
      scored.errors === 0 ||
      scored.context >= MIN_CONTEXT_SIMILARITY ||
      (exact.length >= SHORT_QUOTE && 1 - scored.errors / exact.length >= MIN_SIMILARITY_ALONE);
    if (plausible && (!best || scored.score > best.score)) best = scored;
  }
  return best;
}

function found(text: string, anchor: TextAnchor, best: Scored | null): AnchorMatch {
  if (!best) return { how: 'detached' };
  if (best.errors === 0) return { how: 'exact', start: best.start, end: best.end };
  const { start, end } = toWordEdges(text, anchor, best);
  return { how: 'fuzzy', start, end, similarity: 1 - best.errors / anchor.quote.exact.length };
}

/** Where the anchor is in the text now, or null when its passage is gone (detached). */
export function resolveAnchor(
  text: string,
  anchor: TextAnchor,
): { start: number; end: number } | null {
  const found = locateAnchor(text, anchor);
  return found.how === 'detached' ? null : { start: found.start, end: found.end };
}
