// Which of a reader's highlights sit in passages that a new release of an article changed,
// for the "what changed" view: each with the quote the reader highlighted (before) and the
// text it is on now (after), or no after when the passage is gone and the highlight detached.
import { locateAnchor, type AnchorMatch, type TextAnchor } from './anchoring';

export interface HighlightChange<H> {
  highlight: H;
  /** The text the reader highlighted, as stored with the highlight. */
  before: string;
  /** The passage the highlight is on in the new text, or null when it is detached. */
  after: string | null;
  /** Where it is in the new text and how it was found. */
  match: AnchorMatch;
}

function passage(text: string, match: AnchorMatch): string | null {
  return match.how === 'detached' ? null : text.slice(match.start, match.end);
}

/**
 * The highlights whose passage reads differently in `newText` than in `oldText`, in the order
 * given. A highlight the new text leaves as it was is not listed, even when its quote already
 * differed from the old text (an earlier release edited it, and that was reported then); nor is
 * one already detached in the old text, which the reader sees among the detached highlights.
 */
export function changedHighlights<H extends { anchor: TextAnchor }>(
  oldText: string,
  newText: string,
  highlights: readonly H[],
): HighlightChange<H>[] {
  if (oldText === newText) return [];
  const changes: HighlightChange<H>[] = [];
  for (const highlight of highlights) {
    const was = passage(oldText, locateAnchor(oldText, highlight.anchor));
    const match = locateAnchor(newText, highlight.anchor);
    const after = passage(newText, match);
    if (after === was) continue;
    changes.push({ highlight, before: highlight.anchor.quote.exact, after, match });
  }
  return changes;
}
