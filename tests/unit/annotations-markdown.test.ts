import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { noteToHtml } from '../../renderer/components/note-markdown';

// The page sanitizes with the browser's DOMPurify; here the same library runs over jsdom.
const purify = createDOMPurify(new JSDOM('').window);
const html = (markdown: string) => noteToHtml(markdown, purify);

describe('notes as Markdown', () => {
  it('formats emphasis, lists and links', () => {
    expect(html('Compare with **de Waal**, chapter 12.')).toBe(
      '<p>Compare with <strong>de Waal</strong>, chapter 12.</p>\n',
    );
    expect(html('- one\n- two')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
    expect(html('[ICJ](https://www.icj-cij.org/)')).toContain(
      '<a href="https://www.icj-cij.org/">ICJ</a>',
    );
    expect(html('see https://example.org/x')).toContain('href="https://example.org/x"');
  });

  it('keeps line breaks as typed', () => {
    expect(html('first\nsecond')).toBe('<p>first<br>\nsecond</p>\n');
  });

  it('turns a note heading into a heading below the entry', () => {
    expect(html('# Sources')).toBe('<h3>Sources</h3>\n');
    expect(html('### Detail')).toBe('<h5>Detail</h5>\n');
    expect(html('##### Deep')).toBe('<h6>Deep</h6>\n');
  });

  it('shows raw HTML as text, never as markup', () => {
    const out = html('<img src=x onerror=alert(1)> <script>alert(2)</script>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;img');
  });

  it('drops links that are not web links or app routes', () => {
    expect(html('[x](javascript:alert(1))')).not.toContain('href');
    expect(html('[x](data:text/html,hi)')).not.toContain('href');
    expect(html('[x](file:///etc/passwd)')).not.toContain('href');
    expect(html('[war](#/article/article%3Afirst-war)')).toContain(
      'href="#/article/article%3Afirst-war"',
    );
  });

  it('drops images, which would reach for the network', () => {
    expect(html('![map](https://example.org/map.png)')).not.toContain('<img');
  });
});
