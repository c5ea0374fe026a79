// Where each highlight sits in its article's current text. Re-anchoring a highlight whose
// passage was edited searches the whole article, and the page asks for an article's
// highlights each time it is opened and after every change; an answer is kept for as long as
// the article's text and the highlight's anchor stay the same, so a changed text (a new
// library, a re-imported page) is always searched afresh.
import { resolveAnchor, type TextAnchor } from './anchoring';

type Range = { start: number; end: number } | null;

export class AnchorCache {
  private readonly byTarget = new Map<string, { text: string; ranges: Map<string, Range> }>();

  resolve(targetId: string, text: string, anchor: TextAnchor): Range {
    let entry = this.byTarget.get(targetId);
    if (!entry || entry.text !== text) {
      entry = { text, ranges: new Map() };
      this.byTarget.set(targetId, entry);
    }
    const { quote, position } = anchor;
    const key = JSON.stringify([
      quote.exact,
      quote.prefix,
      quote.suffix,
      position.start,
      position.end,
    ]);
    let range = entry.ranges.get(key);
    if (range === undefined) {
      range = resolveAnchor(text, anchor);
      entry.ranges.set(key, range);
    }
    return range && { ...range };
  }
}
