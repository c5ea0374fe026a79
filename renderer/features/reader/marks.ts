// How highlights appear in the article body: <mark class="hl hl-<colour>" data-highlight-id>.
export const MARK_SELECTOR = 'mark[data-highlight-id]';

/** The focusable (first) mark of a highlight. */
export function markSelectorFor(id: number): string {
  return `mark[data-highlight-id="${id}"][tabindex]`;
}
