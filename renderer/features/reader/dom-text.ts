// Character offsets into an element's textContent and the DOM ranges they stand for.
// Highlights are stored as offsets into the article's text (the library's anchorText, which
// is the body's textContent), so the page must turn a selection into offsets and offsets back
// into marked text. Everything here works on plain DOM nodes (the browser or jsdom) and never
// parses HTML.

export interface TextSpan {
  start: number;
  end: number;
}

// NodeFilter.SHOW_TEXT and the Range comparison modes, spelt out so the module also runs
// where NodeFilter and Range are not globals (jsdom in the unit tests).
const SHOW_TEXT = 4;
// a.compareBoundaryPoints(mode, b): START_TO_START compares a's start with b's start,
// START_TO_END a's end with b's start, END_TO_START a's start with b's end.
const START_TO_START = 0;
const START_TO_END = 1;
const END_TO_START = 3;

/** Every text node under root, in document order. */
export function textNodesOf(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * The character offset in root.textContent of a DOM boundary point (a Range's container and
 * offset). Points before root count as 0 and points after it as the text's length.
 */
export function offsetOf(root: Node, container: Node, offset: number): number {
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.selectNodeContents(root);
  const total = range.toString().length;
  if (!root.contains(container)) {
    const point = doc.createRange();
    point.setStart(container, offset);
    return range.compareBoundaryPoints(START_TO_START, point) > 0 ? 0 : total;
  }
  range.setEnd(container, offset);
  return range.toString().length;
}

/**
 * The part of a range that lies inside root, as offsets into root's text, with white space
 * at either end left out (a double-click selects the space after a word). null when the
 * range does not touch root's text.
 */
export function rangeToSpan(root: Node, range: Range): TextSpan | null {
  const doc = root.ownerDocument ?? (root as Document);
  const rootRange = doc.createRange();
  rootRange.selectNodeContents(root);
  // The range ends before root starts, or starts after root ends: no overlap.
  if (
    range.compareBoundaryPoints(END_TO_START, rootRange) >= 0 ||
    range.compareBoundaryPoints(START_TO_END, rootRange) <= 0
  ) {
    return null;
  }
  const start = offsetOf(root, range.startContainer, range.startOffset);
  const end = offsetOf(root, range.endContainer, range.endOffset);
  return trimSpan(root.textContent ?? '', { start, end });
}

/** A span with leading and trailing white space removed; null when nothing is left. */
export function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** The DOM range covering text[start, end) of root, or null when the span is outside it. */
export function spanToRange(root: Node, span: TextSpan): Range | null {
  const pieces = piecesOf(root, span);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}

interface Piece {
  node: Text;
  from: number;
  to: number;
}

/** The text nodes a span covers, each with the part of it that is covered. */
function piecesOf(root: Node, span: TextSpan): Piece[] {
  const pieces: Piece[] = [];
  if (!(span.start < span.end)) return pieces;
  let at = 0;
  for (const node of textNodesOf(root)) {
    const length = node.data.length;
    const from = Math.max(span.start - at, 0);
    const to = Math.min(span.end - at, length);
    if (from < to) pieces.push({ node, from, to });
    at += length;
    if (at >= span.end) break;
  }
  return pieces;
}

// White space directly inside these elements, or next to one of them, is layout between
// blocks, not text a reader sees: wrapping it in an inline element would put a stray
// highlighted box between two paragraphs or list items.
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'HR',
  'DIV',
]);
const CONTAINERS = new Set(['UL', 'OL', 'BLOCKQUOTE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR']);

function isLayoutSpace(node: Text, root: Node): boolean {
  if (node.data.trim() !== '') return false;
  const parent = node.parentNode;
  if (!parent || parent === root || CONTAINERS.has(parent.nodeName)) return true;
  const near = [node.previousSibling, node.nextSibling];
  return near.some((sibling) => sibling !== null && BLOCKS.has(sibling.nodeName));
}

/**
 * Wraps text[start, end) of root in elements made by `make`, one per text node the span
 * touches (a span may cross paragraphs and links), splitting text nodes at the span's ends.
 * The text itself is untouched, so offsets of other spans stay valid. Returns the wrappers in
 * document order.
 */
export function wrapSpan(root: Node, span: TextSpan, make: () => Element): Element[] {
  const wrappers: Element[] = [];
  for (const piece of piecesOf(root, span)) {
    if (isLayoutSpace(piece.node, root)) continue;
    let node = piece.node;
    if (piece.to < node.data.length) node.splitText(piece.to);
    if (piece.from > 0) node = node.splitText(piece.from);
    const wrapper = make();
    node.parentNode!.insertBefore(wrapper, node);
    wrapper.appendChild(node);
    wrappers.push(wrapper);
  }
  return wrappers;
}

/** Removes wrapper elements (keeping their content) and joins the text nodes they split. */
export function unwrapAll(root: Element, selector: string): void {
  const parents = new Set<Node>();
  // Innermost first, so a wrapper inside another is gone before its parent is unwrapped.
  const wrappers = [...root.querySelectorAll(selector)].reverse();
  for (const wrapper of wrappers) {
    const parent = wrapper.parentNode;
    if (!parent) continue;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    parent.removeChild(wrapper);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
