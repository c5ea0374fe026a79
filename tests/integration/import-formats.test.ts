// Markdown, plain text in the encodings people actually have on disk, EPUB books and MHTML
// web archives: each arrives as one readable document with its metadata.
import { describe, expect, it } from 'vitest';
import { notesToMarkdown } from '../../renderer/db/export/markdown';
import { importFile } from '../../renderer/import/index';
import {
  buildEpub,
  env,
  fixtureFile,
  importOk,
  legacyBytes,
  utf16Bytes,
  utf8,
} from '../helpers/import';

const PNG_1X1 = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

const T = '2024-03-01T10:00:00.000Z';

describe('Markdown', () => {
  it('reads front matter and renders the body, escaping raw HTML and dropping script links', async () => {
    const doc = await importOk(fixtureFile('footbridge.md'));
    expect(doc.format).toBe('markdown');
    expect(doc.title).toBe('Repairing the Wexcombe footbridge');
    expect(doc.author).toBe('Lena Marchetti');
    expect(doc.published).toBe('2023-10-08');
    expect(doc.sourceUrl).toBe('https://wexcombe-parish.example/notes/footbridge');
    expect(doc.html).toContain('<strong>closed in August</strong>');
    expect(doc.html).toContain('<em>green oak</em>');
    expect(doc.html).toMatch(/<h2[^>]*>What was done<\/h2>/);
    expect(doc.html).toMatch(/<blockquote>/);
    // The title is shown once, above the body.
    expect(doc.html).not.toContain('Repairing the Wexcombe footbridge');
    // Raw HTML is text, not markup.
    expect(doc.html).not.toContain('<script');
    expect(doc.text).toContain("<script>alert('x')</script>");
    expect(doc.html).toContain(
      '<a href="https://wexcombe-parish.example/minutes" rel="noopener noreferrer" data-external="true">',
    );
    expect(doc.html).not.toMatch(/href="javascript:/i);
    expect(doc.text).toContain('rot in two of its five deck beams');
  });

  it('takes the title from the first heading, or else the file name, when there is no front matter', async () => {
    const withHeading = await importOk({
      name: 'notes.md',
      bytes: utf8('Intro line.\n\n# The old mill race\n\nWater once turned three wheels here.\n'),
    });
    expect(withHeading.title).toBe('The old mill race');
    const plain = await importOk({
      name: 'mill-notes.markdown',
      bytes: utf8('Water once turned three wheels here, and a fourth in wet years.\n'),
    });
    expect(plain.title).toBe('mill-notes');
    expect(plain.author).toBeNull();
    expect(plain.published).toBeNull();
  });

  it('re-imports an exported note with its title as written, quotes, backslashes and colons included', async () => {
    const titles = [
      'The "corridor": what was agreed',
      'C:\\Reports\\2023 — a path\\',
      'Şuşa / Շուշի: 8 November',
    ];
    for (const title of titles) {
      const [file] = notesToMarkdown({
        targets: [
          { id: 'article:x', kind: 'article', title, date: null, sourceUrl: null, sources: [] },
        ],
        notes: [{ id: 1, targetId: 'article:x', body: 'Read again.', createdAt: T, updatedAt: T }],
        highlights: [],
        exportedAt: T,
      });
      const doc = await importOk({ name: 'note.md', bytes: utf8(file!.content) });
      expect(doc.title).toBe(title);
    }
  });

  it('imports a file whose front matter is not valid YAML, with the title from its heading', async () => {
    const doc = await importOk({
      name: 'broken.md',
      bytes: utf8('---\ntitle: "unclosed\nauthor: [a, b\n---\n\n# The mill\n\nWater.\n'),
    });
    expect(doc.title).toBe('The mill');
    expect(doc.author).toBeNull();
    expect(doc.text).toContain('Water.');
  });
});

describe('plain text in several encodings', () => {
  const cases: {
    label: string;
    title: string;
    paragraphs: string[];
    bytes: (t: string) => Uint8Array;
  }[] = [
    {
      label: 'UTF-8 with a byte-order mark',
      title: 'Notes from the river survey',
      paragraphs: [
        'The otters are back below the weir — we counted three on Tuesday.',
        'Water temperature 14 °C; the café by the lock reopens in May.',
      ],
      bytes: (t) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(t)]),
    },
    {
      label: 'UTF-16LE with a byte-order mark',
      title: 'Zápisky z cesty',
      paragraphs: [
        'Šli jsme údolím až k ledovci, kde začíná stezka.',
        'Ελάτε νωρίς: η πύλη κλείνει στις έξι. 山小屋は九時に閉まります。',
      ],
      bytes: (t) => utf16Bytes(t, 'le'),
    },
    {
      label: 'UTF-16BE with a byte-order mark',
      title: 'Журнал наблюдений',
      paragraphs: ['Вода в колодце поднялась на два сантиметра после дождей.'],
      bytes: (t) => utf16Bytes(t, 'be'),
    },
    {
      label: 'windows-1251',
      title: 'Заметки о водопроводе',
      paragraphs: [
        'Новая насосная станция в посёлке заработала в конце мая. Теперь вода поступает в дома круглосуточно, а давление в сети стало заметно выше.',
        'Жители верхних улиц говорят, что впервые за много лет могут поливать огороды по вечерам. Старую водонапорную башню решили сохранить как памятник.',
      ],
      bytes: (t) => legacyBytes(t, 'windows-1251'),
    },
    {
      label: 'windows-1252 / ISO-8859-1',
      title: 'Carnet de randonnée',
      paragraphs: [
        "Après la crête, le sentier descend vers le refuge où l'on sert une soupe épaisse et du café très fort. Les randonneurs fatigués s'arrêtent souvent à la fontaine.",
        'Nächstes Jahr möchten wir die Route über die Brücke bei Öhringen gehen; die Größe der Gruppe bleibt gleich.',
      ],
      bytes: (t) => legacyBytes(t, 'windows-1252'),
    },
  ];

  for (const { label, title, paragraphs, bytes } of cases) {
    it(`decodes ${label} to the exact text`, async () => {
      const source = [title, ...paragraphs].join('\r\n\r\n');
      const doc = await importOk({ name: 'notes.txt', bytes: bytes(source) });
      expect(doc.format).toBe('text');
      expect(doc.title).toBe(title);
      expect(doc.text).toBe(paragraphs.join('\n\n'));
    });
  }

  it('uses the file name as the title when the first line is a long paragraph', async () => {
    const long = 'The survey started at dawn and '.repeat(6).trim();
    const doc = await importOk({ name: 'survey-day.txt', bytes: utf8(`${long}\n\nSecond part.`) });
    expect(doc.title).toBe('survey-day');
    expect(doc.text).toBe(`${long}\n\nSecond part.`);
  });

  it('escapes markup in a text file rather than rendering it', async () => {
    const doc = await importOk({
      name: 'snippet.txt',
      bytes: utf8('Snippet\n\n<img src=x onerror=alert(1)> and <b>bold</b>'),
    });
    expect(doc.html).toBe('<p>&lt;img src=x onerror=alert(1)&gt; and &lt;b&gt;bold&lt;/b&gt;</p>');
  });
});

describe('EPUB', () => {
  const chapters = [
    {
      id: 'c1',
      file: 'text/ch1.xhtml',
      label: 'Spring on the canal',
      body: '<h1>Spring on the canal</h1><p>The towpath was still muddy when the first narrowboats came through the lock.</p><h2>The lock keeper</h2><p>Mr Abernethy has kept the Hadley lock for thirty-one years.</p>',
    },
    {
      id: 'c2',
      file: 'text/ch2.xhtml',
      label: 'Summer at the basin',
      body: '<p>By July the basin was full of boats and the ice-cream hatch at the wharf opened every afternoon.</p><p><img src="../images/map.png" alt="Map of the basin"/></p>',
    },
    {
      id: 'c3',
      file: 'text/ch3.xhtml',
      label: 'Autumn repairs',
      body: '<h1>Autumn repairs</h1><p>In October the canal was drained between the two bridges so the lining could be patched.</p>',
    },
  ];

  it('joins the chapters in spine order under their headings, with the book metadata', async () => {
    const bytes = buildEpub({
      title: 'A Year on the Hadley Canal',
      creator: 'Rosalind Tey',
      date: '2020-05-17',
      source: 'https://hadley-canal-trust.example/books/a-year',
      // The spine reads c1, c3, c2 when listed so; here it follows the array order.
      chapters: [chapters[0]!, chapters[2]!, chapters[1]!],
      extra: { 'OEBPS/images/map.png': PNG_1X1 },
      manifestExtra: '<item id="map" href="images/map.png" media-type="image/png"/>',
    });
    const doc = await importOk({ name: 'hadley.epub', bytes });
    expect(doc.format).toBe('epub');
    expect(doc.title).toBe('A Year on the Hadley Canal');
    expect(doc.author).toBe('Rosalind Tey');
    expect(doc.published).toBe('2020-05-17');
    expect(doc.sourceUrl).toBe('https://hadley-canal-trust.example/books/a-year');
    const order = ['Spring on the canal', 'Autumn repairs', 'Summer at the basin'].map((t) =>
      doc.html.indexOf(`<h2>${t}</h2>`),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(doc.html.match(/<section/g)).toHaveLength(3);
    // A heading inside a chapter sits below the chapter's own heading.
    expect(doc.html).toContain('<h3>The lock keeper</h3>');
    // The image inside the book is kept, inlined.
    expect(doc.html).toMatch(
      /<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="Map of the basin">/,
    );
    expect(doc.text).toContain('Mr Abernethy has kept the Hadley lock for thirty-one years.');
    expect(doc.text).not.toContain('Contents');
  });

  it('takes a chapter title from the table of contents when the chapter has no heading', async () => {
    const doc = await importOk({
      name: 'basin.epub',
      bytes: buildEpub({
        title: 'Basin',
        creator: 'R. Tey',
        date: 'May 2021',
        chapters: [chapters[1]!],
        extra: { 'OEBPS/images/map.png': PNG_1X1 },
      }),
    });
    expect(doc.html).toContain('<h2>Summer at the basin</h2>');
    expect(doc.published).toBe('2021-05');
    expect(doc.sourceUrl).toBeNull();
  });
});

describe('MHTML', () => {
  it('reads the quoted-printable page, inlines its archived images and names the rest', async () => {
    const doc = await importOk(fixtureFile('allotments.mhtml'));
    expect(doc.format).toBe('mhtml');
    expect(doc.title).toBe('Allotment society wins lease for Fennel Lane site');
    expect(doc.author).toBe('Priya Haldane');
    expect(doc.published).toBe('2024-05-21');
    expect(doc.sourceUrl).toBe('https://brookfield-allotments.example/news/fennel-lane-lease');
    expect(doc.text).toContain('adding thirty-two new plots for a waiting list');
    // Quoted-printable soft breaks and UTF-8 punctuation come through intact.
    expect(doc.text).toContain('The society’s secretary, Gwen Aldous');
    expect(doc.text).toContain('“starter” plots');
    expect(doc.text).not.toContain('Upcoming events');
    // By Content-Location and by cid: both archived PNGs are inlined.
    expect(doc.html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(2);
    // An image that was not archived is named, not fetched.
    expect(doc.html).toContain('Image not imported: https://cdn.elsewhere.example/tracker.gif');
  });

  it('accepts a web archive saved with an .html name', async () => {
    const result = await importFile(
      { name: 'allotments.html', bytes: fixtureFile('allotments.mhtml').bytes },
      env,
    );
    expect(result.ok && result.document.format).toBe('mhtml');
  });
});
