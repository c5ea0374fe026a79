import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../renderer/db/escape-html';
import { bookmarksToHtml, type ExportBookmark } from '../../renderer/db/export/bookmarks-html';
import {
  bookmarksToJson,
  parseBookmarksJson,
  serializeBookmarksJson,
} from '../../renderer/db/export/bookmarks-json';
import type { ExportTarget } from '../../renderer/db/export/links';

const targets: ExportTarget[] = [
  {
    id: 'article:lachin-corridor',
    kind: 'article',
    title: `Tom & Jerry's <script>alert("x")</script>`,
    date: null,
    sourceUrl: null,
    sources: [],
  },
  {
    id: 'imported:ab12',
    kind: 'imported',
    title: 'A story',
    date: null,
    sourceUrl: 'https://news.example/story?a=1&b=2',
    sources: [],
  },
];

const bookmarks: ExportBookmark[] = [
  {
    targetId: 'article:lachin-corridor',
    position: '',
    label: '',
    tags: ['to-read', 'a"b'],
    createdAt: '2024-03-01T10:00:00.000Z',
  },
  {
    targetId: 'article:lachin-corridor',
    position: '{"fraction":0.5,"heading":null}',
    label: 'Half <way>',
    tags: [],
    createdAt: '2024-03-02T10:00:00.000Z',
  },
  { targetId: 'imported:ab12', position: '', label: '', tags: [], createdAt: 'not a date' },
  { targetId: 'event:gone', position: '', label: '', tags: [], createdAt: '2024-03-03T00:00:00Z' },
];

const html = () => bookmarksToHtml(bookmarks, targets, { exportedAt: '2024-03-05T00:00:00.000Z' });

describe('bookmarks as a Netscape bookmark file', () => {
  it('starts with the doctype browsers look for, a UTF-8 charset, a title and a heading', () => {
    const text = html();
    expect(text.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n')).toBe(true);
    expect(text).toContain('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">');
    expect(text).toContain('<TITLE>Bookmarks</TITLE>');
    expect(text).toContain('<H1>Bookmarks</H1>');
  });

  it('holds one link per bookmark inside a "Karabakh Reader" folder, titles escaped', () => {
    const doc = new JSDOM(html()).window.document;
    expect(doc.querySelector('H3')!.textContent).toBe('Karabakh Reader');
    const links = [...doc.querySelectorAll('A')];
    expect(links).toHaveLength(bookmarks.length);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(links[0]!.textContent).toBe(targets[0]!.title);
    expect(links[1]!.textContent).toBe(`${targets[0]!.title}: Half <way>`);
    expect(links[0]!.getAttribute('TAGS')).toBe('to-read,a"b');
  });

  it('escapes & < > " and \' everywhere', () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    const text = html();
    expect(text).not.toContain('<script>');
    expect(text).toContain(
      'Tom &amp; Jerry&#39;s &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
  });

  it('links items into the app, and imported articles to their original address with the app id beside', () => {
    const doc = new JSDOM(html()).window.document;
    const links = [...doc.querySelectorAll('A')];
    expect(links[0]!.getAttribute('HREF')).toBe('app://reader/#/article/article%3Alachin-corridor');
    expect(links[2]!.getAttribute('HREF')).toBe('https://news.example/story?a=1&b=2');
    expect(doc.querySelector('DD')!.textContent).toContain('imported:ab12');
    expect(links[3]!.getAttribute('HREF')).toBe('app://reader/#/event/event%3Agone');
  });

  it('dates each link in Unix seconds, 0 when the date does not parse', () => {
    const doc = new JSDOM(html()).window.document;
    const dates = [...doc.querySelectorAll('A')].map((a) => a.getAttribute('ADD_DATE'));
    expect(dates).toEqual(['1709287200', '1709373600', '0', '1709424000']);
  });
});

describe('bookmarks as JSON', () => {
  it('round-trips through its text', () => {
    const value = bookmarksToJson(bookmarks, targets, { exportedAt: '2024-03-05T00:00:00.000Z' });
    expect(value).toMatchObject({ format: 'karabakh-reader-bookmarks', version: 1 });
    expect(value.bookmarks[2]).toMatchObject({
      kind: 'imported',
      url: 'https://news.example/story?a=1&b=2',
    });
    const parsed = parseBookmarksJson(serializeBookmarksJson(value));
    expect(parsed).toEqual({ ok: true, value });
  });

  it('refuses other files with a message', () => {
    expect(parseBookmarksJson('{')).toMatchObject({ ok: false });
    expect(parseBookmarksJson('{"format":"other","version":1}')).toMatchObject({ ok: false });
  });
});
