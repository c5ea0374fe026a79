import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  offsetOf,
  rangeToSpan,
  spanToRange,
  textNodesOf,
  trimSpan,
  unwrapAll,
  wrapSpan,
} from '../../renderer/features/reader/dom-text';

// The shape of a rendered article body: headings, paragraphs with links and emphasis, a list,
// and the newlines markdown-it puts between blocks.
const BODY =
  '<h2 id="sec-a">A petition, 1988</h2>\n' +
  '<p>On 20 February 1988 the <a href="#/event/x">regional soviet</a> voted to ask for a <em>transfer</em>.</p>\n' +
  '<ul>\n<li>The government gives 613.</li>\n<li>Human Rights Watch gives more than 200.</li>\n</ul>\n' +
  '<p>The dispute turned violent.</p>\n';

function body(html = BODY) {
  const { document } = new JSDOM('<!doctype html><body><main><div id="body"></div></main></body>')
    .window;
  const root = document.getElementById('body')!;
  root.innerHTML = html;
  return { document, root, text: root.textContent ?? '' };
}

function mark(document: Document, id: string) {
  return () => {
    const el = document.createElement('mark');
    el.dataset.highlightId = id;
    return el;
  };
}

describe('offsets into an article body', () => {
  it('counts every text node in document order, as textContent does', () => {
    const { root, text } = body();
    expect(
      textNodesOf(root)
        .map((n) => n.data)
        .join(''),
    ).toBe(text);
  });

  it('gives the offset of a point inside a link and of a point between elements', () => {
    const { root, text } = body();
    const link = root.querySelector('a')!;
    expect(offsetOf(root, link.firstChild!, 3)).toBe(text.indexOf('regional') + 3);
    const paragraph = root.querySelector('p')!;
    // Before the paragraph's third child (" voted to ask…"), i.e. just after the link text.
    expect(offsetOf(root, paragraph, 2)).toBe(text.indexOf(' voted'));
    expect(offsetOf(root, root, 0)).toBe(0);
    expect(offsetOf(root, root, root.childNodes.length)).toBe(text.length);
  });

  it('treats points before the body as its start and after it as its end', () => {
    const { document, root, text } = body();
    const main = document.querySelector('main')!;
    const after = document.createElement('p');
    main.append(after);
    expect(offsetOf(root, main, 0)).toBe(0);
    expect(offsetOf(root, after, 0)).toBe(text.length);
  });

  it('turns a selection across a link and emphasis into the offsets of its text', () => {
    const { document, root, text } = body();
    const range = document.createRange();
    range.setStart(root.querySelector('a')!.firstChild!, 0);
    range.setEnd(root.querySelector('em')!.firstChild!, 'transfer'.length);
    const span = rangeToSpan(root, range)!;
    expect(text.slice(span.start, span.end)).toBe('regional soviet voted to ask for a transfer');
  });

  it('leaves out the white space a double-click selects after a word', () => {
    const { document, root, text } = body();
    const words = root.querySelectorAll('p')[1]!.firstChild as Text;
    const range = document.createRange();
    range.setStart(words, 0);
    range.setEnd(words, 'The dispute '.length);
    const span = rangeToSpan(root, range)!;
    expect(text.slice(span.start, span.end)).toBe('The dispute');
    expect(trimSpan('   ', { start: 0, end: 3 })).toBeNull();
  });

  it('clips a selection that starts outside the body and ignores one that misses it', () => {
    const { document, root, text } = body();
    const main = document.querySelector('main')!;
    const before = document.createElement('p');
    before.textContent = 'Header text';
    main.prepend(before);
    const range = document.createRange();
    range.setStart(before.firstChild!, 2);
    range.setEnd(root.querySelector('h2')!.firstChild!, 'A petition'.length);
    expect(rangeToSpan(root, range)).toEqual({ start: 0, end: 'A petition'.length });
    const outside = document.createRange();
    outside.selectNodeContents(before);
    expect(rangeToSpan(root, outside)).toBeNull();
    expect(text.startsWith('A petition')).toBe(true);
  });

  it('maps offsets back to a DOM range with the same text', () => {
    const { root, text } = body();
    const start = text.indexOf('soviet');
    const end = text.indexOf('gives 613') + 'gives 613'.length;
    const range = spanToRange(root, { start, end })!;
    expect(range.toString()).toBe(text.slice(start, end));
    expect(spanToRange(root, { start: text.length + 5, end: text.length + 9 })).toBeNull();
  });
});

describe('wrapping highlighted text', () => {
  it('wraps a span that crosses a link, emphasis and a paragraph end without changing the text', () => {
    const { document, root, text } = body();
    const start = text.indexOf('soviet');
    const end = text.indexOf('The government') + 'The government'.length;
    const marks = wrapSpan(root, { start, end }, mark(document, '1'));
    expect(root.textContent).toBe(text);
    expect(marks.map((m) => m.textContent).join('')).toBe(
      text.slice(start, end).replace(/\n/g, ''),
    );
    // Inside the link, after it, inside <em>, and in the list item; never between blocks.
    expect(marks.map((m) => m.parentElement!.nodeName)).toEqual(['A', 'P', 'EM', 'P', 'LI']);
    expect(root.querySelectorAll('ul > mark, div > mark')).toHaveLength(0);
  });

  it('keeps later offsets valid: a second span is found after the first is wrapped', () => {
    const { document, root, text } = body();
    wrapSpan(
      root,
      { start: text.indexOf('regional'), end: text.indexOf('regional') + 8 },
      mark(document, '1'),
    );
    const start = text.indexOf('613');
    const [second] = wrapSpan(root, { start, end: start + 3 }, mark(document, '2'));
    expect(second!.textContent).toBe('613');
  });

  it('nests overlapping highlights instead of losing one', () => {
    const { document, root, text } = body();
    const start = text.indexOf('voted');
    wrapSpan(root, { start, end: start + 'voted to ask'.length }, mark(document, '1'));
    wrapSpan(
      root,
      { start: start + 6, end: start + 'voted to ask for'.length },
      mark(document, '2'),
    );
    expect(root.textContent).toBe(text);
    const outer = root.querySelector('mark[data-highlight-id="1"]')!;
    expect(outer.querySelector('mark[data-highlight-id="2"]')!.textContent).toBe('to ask');
  });

  it('unwraps every highlight and joins the text back into the original nodes', () => {
    const { document, root, text } = body();
    const before = root.innerHTML;
    wrapSpan(root, { start: 3, end: text.indexOf('613') }, mark(document, '1'));
    wrapSpan(root, { start: 5, end: 12 }, mark(document, '2'));
    unwrapAll(root, 'mark[data-highlight-id]');
    expect(root.innerHTML).toBe(before);
    expect(textNodesOf(root).length).toBe(textNodesOf(body().root).length);
  });
});
