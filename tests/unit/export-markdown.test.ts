import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { TextAnchor } from '../../renderer/db/anchoring';
import { slugify, uniqueNames } from '../../renderer/db/export/file-names';
import type { ExportTarget } from '../../renderer/db/export/links';
import { bundleMarkdown, notesToMarkdown } from '../../renderer/db/export/markdown';
import { yamlString } from '../../renderer/db/export/yaml';
import type { HighlightRow } from '../../renderer/db/user/store';

const T = '2024-03-01T10:00:00.000Z';

function anchor(exact: string, start = 10): TextAnchor {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}

function highlight(id: number, targetId: string, exact: string, extra: Partial<HighlightRow> = {}) {
  return {
    id,
    targetId,
    colour: 'yellow',
    note: '',
    anchor: anchor(exact, id * 100),
    createdAt: T,
    updatedAt: T,
    ...extra,
  } satisfies HighlightRow;
}

const tricky = 'Lachin: the "corridor" — it\'s - #1\nsecond line';

const targets: ExportTarget[] = [
  {
    id: 'article:lachin-corridor',
    kind: 'article',
    title: tricky,
    date: '2023-01-10',
    sourceUrl: null,
    sources: [{ title: 'Report', publisher: 'UN', url: 'https://example.org/report' }],
  },
  {
    id: 'event:2023-09-19-offensive',
    kind: 'event',
    title: 'The offensive',
    date: '2023-09-19',
    sourceUrl: null,
    sources: [],
  },
  {
    id: 'imported:ab12',
    kind: 'imported',
    title: 'The offensive',
    date: null,
    sourceUrl: 'https://news.example/story',
    sources: [],
  },
];

/** Splits a file into its parsed front matter and its body. */
function read(content: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
  if (!match) throw new Error('no front matter');
  return { meta: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

function exportAll() {
  return notesToMarkdown(
    {
      targets,
      notes: [
        {
          id: 1,
          targetId: 'article:lachin-corridor',
          body: '# Mine\n\n- point: *one*',
          createdAt: T,
          updatedAt: '2024-03-02T00:00:00.000Z',
        },
        {
          id: 2,
          targetId: 'event:2023-09-19-offensive',
          body: 'Event note',
          createdAt: T,
          updatedAt: T,
        },
      ],
      highlights: [
        highlight(1, 'article:lachin-corridor', 'first line\nsecond <b>line</b> & #tag', {
          note: 'Why **this** matters',
          colour: 'green',
        }),
        highlight(2, 'imported:ab12', 'only a highlight'),
      ],
      bookmarks: [
        { targetId: 'article:lachin-corridor', tags: ['to-read', 'corridor'] },
        { targetId: 'article:lachin-corridor', tags: ['corridor'] },
      ],
      exportedAt: T,
    },
    { folder: 'My notes' },
  );
}

describe('notes and highlights as Markdown', () => {
  it('writes one file per item with a note or highlights, and an index linking each', () => {
    const files = exportAll();
    expect(files.map((f) => f.path)).toEqual([
      'my-notes/lachin-the-corridor-its-1-second-line.md',
      'my-notes/the-offensive.md',
      'my-notes/the-offensive-2.md',
      'my-notes/README.md',
    ]);
    const index = files.at(-1)!.content;
    for (const file of files.slice(0, -1)) {
      expect(index).toContain(`](${file.path.split('/')[1]})`);
    }
  });

  it('writes front matter that parses back to the same title, ids, link, tags and dates', () => {
    const [lachin, event, imported] = exportAll();
    const { meta } = read(lachin!.content);
    expect(meta).toEqual({
      title: tricky,
      kind: 'article',
      id: 'article:lachin-corridor',
      date: '2023-01-10',
      source: 'https://example.org/report',
      link: '#/article/article%3Alachin-corridor',
      tags: ['corridor', 'to-read'],
      created: T,
      updated: '2024-03-02T00:00:00.000Z',
    });
    expect(read(event!.content).meta).toMatchObject({
      kind: 'event',
      link: '#/event/event%3A2023-09-19-offensive',
    });
    expect(read(event!.content).meta).not.toHaveProperty('tags');
    expect(read(imported!.content).meta).toMatchObject({
      kind: 'imported',
      source: 'https://news.example/story',
      link: '#/imported/imported%3Aab12',
    });
  });

  it('puts the note under "Note" and each highlight as a blockquote with its note and colour', () => {
    const { body } = read(exportAll()[0]!.content);
    expect(body).toContain('## Note\n\n# Mine\n\n- point: *one*\n');
    expect(body).toContain(
      '## Highlights\n\n> first line\n> second \\<b\\>line\\</b\\> & \\#tag\n\nWhy **this** matters\n\n#highlight/green\n',
    );
    expect(body.indexOf('## Note')).toBeLessThan(body.indexOf('## Highlights'));
  });

  it('writes a file for an item with only highlights, without a Note section', () => {
    const { body } = read(exportAll()[2]!.content);
    expect(body).not.toContain('## Note');
    expect(body).toContain('> only a highlight\n\n#highlight/yellow');
  });

  it('bundles the files into a zip that unpacks to the same paths and text', () => {
    const files = exportAll();
    const unzipped = unzipSync(bundleMarkdown(files, new Date('2024-03-01T00:00:00Z')));
    expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.path).sort());
    for (const file of files) expect(strFromU8(unzipped[file.path]!)).toBe(file.content);
  });
});

describe('YAML strings', () => {
  it.each([
    'plain',
    'key: value',
    '"double" and \'single\'',
    '- leading dash',
    '# not a comment',
    'line one\nline two\r\n\ttabbed',
    'bell \x07 nul \0 del \x7f next-line \x85 sep \u2028',
    'yes',
    '123',
    'null',
    '',
    'Ստեփանակերտ 🇦🇲',
    'lone \ud800 half',
  ])('reads back %j exactly', (value) => {
    const expected = value.replace(/\ud800/, '\ufffd');
    const parsed = parseYaml(`v: ${yamlString(value)}`) as { v: string };
    expect(parsed.v.replace(/\ud800/, '\ufffd')).toBe(expected);
  });
});

describe('file names', () => {
  it('leaves out characters no desktop system allows and keeps names short', () => {
    const name = slugify('A/B\\C:D*E?F"G<H>I|J' + 'x'.repeat(200));
    expect(name).not.toMatch(/[/\\:*?"<>|]/);
    expect([...name].every((ch) => ch.charCodeAt(0) >= 32)).toBe(true);
    expect([...name].length).toBeLessThanOrEqual(80);
  });

  it('never uses a reserved Windows device name or an empty name', () => {
    expect(slugify('CON')).not.toMatch(/^con$/i);
    expect(slugify('nul')).not.toMatch(/^nul$/i);
    expect(slugify('...')).toBe('untitled');
    expect(slugify('   ')).toBe('untitled');
  });

  it('keeps letters of other scripts and stays within 200 UTF-8 bytes', () => {
    expect(slugify('Ստեփանակերտ Khankendi')).toBe('ստեփանակերտ-khankendi');
    const long = slugify('𝒜'.repeat(100));
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(200);
  });

  it('hands out unique names regardless of case, never the reserved index name', () => {
    const next = uniqueNames(['README.md']);
    expect([
      next('Readme', '.md'),
      next('Same', '.md'),
      next('SAME', '.md'),
      next('same', '.md'),
    ]).toEqual(['readme-2.md', 'same.md', 'same-2.md', 'same-3.md']);
  });
});
