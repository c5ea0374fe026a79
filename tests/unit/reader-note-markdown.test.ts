import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { noteToHtml } from '../../renderer/components/note-markdown';

const purify = createDOMPurify(
  new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0],
);
const render = (markdown: string) => noteToHtml(markdown, purify);

describe('note preview', () => {
  it('renders bold, lists and line breaks', () => {
    expect(render('Check **the 1994 figure**')).toContain('<strong>the 1994 figure</strong>');
    expect(render('- one\n- two')).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(render('line one\nline two')).toContain('line one<br>');
  });

  it('shows HTML typed into a note as text, never as markup', () => {
    const html = render('<img src=x onerror="alert(1)"> <script>alert(2)</script>');
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops links that are not web links or items in the library', () => {
    const html = render(
      '[bad](javascript:alert(1)) [file](file:///etc/passwd) [mail](mailto:a@example.org)',
    );
    expect(html).not.toMatch(/href="(javascript|file|mailto):/);
    expect(html).toContain('>mail</a>');
  });

  it('keeps web links and turns item ids into links inside the app', () => {
    expect(render('<https://www.osce.org/>')).toContain('href="https://www.osce.org/"');
    expect(render('[the ceasefire](event:1994-05-12-ceasefire)')).toContain(
      'href="#/event/event%3A1994-05-12-ceasefire"',
    );
  });

  it('adds no ids that could clash with the page, and keeps headings below the page outline', () => {
    expect(render('## Questions')).toBe('<h4>Questions</h4>\n');
  });
});
