import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { CONTENT_SCHEMA_VERSION } from '../../renderer/db/content-schema';
import { describe, expect, it } from 'vitest';
import { buildContentDb, ensureContentDb, loadValidCorpus } from '../../scripts/content/build';
import { renderMarkdown } from '../../scripts/content/render';
import {
  copyFixtureContent,
  corpusProblems,
  FIXTURE_CONTENT,
  FIXTURE_RULES,
  fixtureDbBytes,
  getSql,
  tempDir,
} from '../helpers/fixture';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('content build', () => {
  it('writes articles, events, places, sources, links and metadata into the DB', async () => {
    const SQL = await getSql();
    const db = new SQL.Database(await fixtureDbBytes());
    const count = (t: string) => db.exec(`SELECT count(*) FROM ${t}`)[0]!.values[0]![0];
    expect(count('articles')).toBe(1);
    expect(count('events')).toBe(3);
    expect(count('places')).toBe(3);
    expect(count('sources')).toBe(2);
    expect(count('article_events')).toBe(3);
    const meta = Object.fromEntries(db.exec('SELECT key, value FROM meta')[0]!.values);
    expect(meta).toMatchObject({
      schema_version: String(CONTENT_SCHEMA_VERSION),
      content_version: '2026.1.0',
      last_reviewed: '2026-01-31',
    });
    expect(meta.content_hash).toMatch(/^[0-9a-f]{64}$/);
    const fts = db.exec("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")[0]!
      .values[0]![0];
    expect(fts).toContain('fts4');
    expect(fts).toContain('remove_diacritics=2');
    db.close();
  });

  it('gives byte-identical output for the same input', async () => {
    const a = await buildContentDb(FIXTURE_CONTENT, FIXTURE_RULES);
    const b = await buildContentDb(FIXTURE_CONTENT, FIXTURE_RULES);
    expect(sha(a.bytes)).toBe(sha(b.bytes));
    expect(a.hash).toBe(b.hash);
  });

  it('renders article Markdown to HTML with in-app links and nothing executable', async () => {
    const SQL = await getSql();
    const db = new SQL.Database(await fixtureDbBytes());
    const html = String(
      db.exec("SELECT body_html FROM articles WHERE id = 'article:test-war'")[0]!.values[0]![0],
    );
    expect(html).toContain('<h2 id="sec-kalbajar-kəlbəcər">');
    expect(html).toContain('<strong>Kalbajar</strong>');
    expect(html).toContain('href="#/event/event%3A1993-04-30-unsc-822"');
    expect(html).toContain('href="https://www.un.org/"');
    db.close();
  });

  it('strips scripts, handlers and javascript: links from rendered Markdown', () => {
    const html = renderMarkdown(
      '[click](javascript:alert(1)) <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[data](data:text/html,hi)',
    );
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, img, iframe, object')).toHaveLength(0);
    const attributes = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes]);
    expect(attributes.filter((a) => a.name.startsWith('on'))).toEqual([]);
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => /^(javascript|data):/i.test(h))).toEqual([]);
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
  });

  it('names the file, the item, the field and the problem for each invalid input', () => {
    const root = copyFixtureContent();
    const events = join(root, 'events/test.yaml');
    const text = readFileSync(events, 'utf8')
      .replace('place: place:kalbajar', 'place: place:atlantis')
      .replace('date_start: 1993-04-30', 'date_start: 1993-02-30')
      .replace('sources: [source:kremlin-2020-11-10-trilateral-statement]', 'sources: []');
    writeFileSync(events, text);
    appendFileSync(
      join(root, 'places.yaml'),
      '- id: place:paris\n  kind: city\n  names: { en: Paris }\n  lat: 48.85\n  lon: 2.35\n',
    );
    const problems = corpusProblems(root);
    expect(
      problems.some((p) =>
        /events\/test\.yaml: event:1993-04-02-kalbajar › place: points to place:atlantis, which does not exist/.test(
          p,
        ),
      ),
    ).toBe(true);
    expect(
      problems.some((p) =>
        /events\/test\.yaml: event:1993-04-30-unsc-822 › date_start: 1993-02-30 is not a valid date/.test(
          p,
        ),
      ),
    ).toBe(true);
    expect(
      problems.some((p) =>
        /events\/test\.yaml: \[2\] event:2020-11-10-trilateral-statement › sources: needs at least one source/.test(
          p,
        ),
      ),
    ).toBe(true);
    expect(
      problems.some((p) =>
        /places\.yaml: place:paris › lat\/lon: 48.85, 2.35 is outside the region/.test(p),
      ),
    ).toBe(true);
  });

  it('reports YAML syntax errors and summaries of the wrong length by file', () => {
    const root = copyFixtureContent();
    writeFileSync(join(root, 'sources/broken.yaml'), '- id: source:x\n  title: [unclosed\n');
    const events = join(root, 'events/test.yaml');
    writeFileSync(
      events,
      readFileSync(events, 'utf8').replace(
        'Its Azerbaijani\n    population fled across the mountains.',
        'One. Two. Three. Four. Five. Six.',
      ),
    );
    const problems = corpusProblems(root);
    expect(problems.some((p) => /sources\/broken\.yaml: is not valid YAML/.test(p))).toBe(true);
    expect(
      problems.some((p) =>
        /event:1993-04-02-kalbajar › summary: must be 2–5 sentences \(found 7\)/.test(p),
      ),
    ).toBe(true);
  });

  it('refuses an article whose id does not match its file or that links fewer than three events', () => {
    const root = copyFixtureContent();
    const file = join(root, 'articles/test-war.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('id: article:test-war', 'id: article:other'));
    expect(corpusProblems(root)).toContainEqual(
      expect.stringMatching(
        /articles\/test-war\.md: article:other › id: must be article:test-war, matching the file name$/,
      ),
    );
    writeFileSync(file, original.replace(', event:2020-11-10-trilateral-statement]', ']'));
    expect(corpusProblems(root)).toContainEqual(
      expect.stringMatching(
        /articles\/test-war\.md: article:test-war › related_events: must link at least three events$/,
      ),
    );
  });

  it('builds reader.db when missing, skips an up-to-date one and rebuilds after an edit', async () => {
    const root = copyFixtureContent();
    const dbPath = join(tempDir(), 'reader.db');
    expect((await ensureContentDb(root, dbPath, FIXTURE_RULES)).built).toBe(true);
    expect(existsSync(dbPath)).toBe(true);
    expect((await ensureContentDb(root, dbPath, FIXTURE_RULES)).built).toBe(false);
    const file = join(root, 'articles/test-war.md');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nA new closing line.\n');
    expect((await ensureContentDb(root, dbPath, FIXTURE_RULES)).built).toBe(true);
    rmSync(dbPath);
    writeFileSync(dbPath, 'not a database');
    expect((await ensureContentDb(root, dbPath, FIXTURE_RULES)).built).toBe(true);
  });
});

describe('corpus-wide rules', () => {
  it('holds articles to explainer length', () => {
    const root = copyFixtureContent();
    expect(() => loadValidCorpus(root)).toThrow(
      /articles\/test-war\.md: article:test-war › body: must be 700–2000 words \(found \d+\)/,
    );
  });

  it('refuses a paragraph that appears twice in the corpus', () => {
    const root = copyFixtureContent();
    const file = join(root, 'articles/test-war.md');
    const repeated =
      'Armenian forces took the district of Kalbajar after fighting in early April. Its Azerbaijani population fled across the mountains.';
    writeFileSync(file, readFileSync(file, 'utf8') + `\n${repeated}\n`);
    expect(corpusProblems(root)).toContainEqual(
      expect.stringMatching(/event:1993-04-02-kalbajar: repeats a paragraph of article:test-war/),
    );
  });

  it('refuses two events on the same day and place that tell the same story', () => {
    const root = copyFixtureContent();
    appendFileSync(
      join(root, 'events/test.yaml'),
      `- id: event:1993-04-30-unsc-822-again
  date_start: 1993-04-30
  date_precision: day
  title: Security Council adopts Resolution 822 on Kalbajar
  summary: >-
    The UN Security Council demanded a ceasefire and the withdrawal of forces from Kalbajar. It was
    the first of four resolutions adopted that year.
  category: diplomacy
  place: place:kalbajar
  actors: [United Nations Security Council]
  sources: [source:unsc-1993-04-30-res-822]
  updated: 2026-01-31
`,
    );
    expect(corpusProblems(root)).toContainEqual(
      expect.stringMatching(
        /event:1993-04-30-unsc-822-again: tells the same story as event:1993-04-30-unsc-822/,
      ),
    );
  });

  it('refuses a source that nothing cites', () => {
    const root = copyFixtureContent();
    appendFileSync(
      join(root, 'sources/test.yaml'),
      '- id: source:orphan-2020-01-01-unused\n  publisher: Nobody\n  title: Unused\n  kind: news\n',
    );
    expect(corpusProblems(root)).toContainEqual(
      expect.stringMatching(
        /source:orphan-2020-01-01-unused: is not cited by any event or article/,
      ),
    );
  });

  it('refuses two rows for one document and a list that names an item twice', () => {
    const root = copyFixtureContent();
    appendFileSync(
      join(root, 'sources/test.yaml'),
      '- id: source:unsc-822-copy\n  publisher: United Nations Security Council\n  title: Resolution 822 (1993)\n  date: 1993-04-30\n  kind: international\n',
    );
    const events = join(root, 'events/test.yaml');
    writeFileSync(
      events,
      readFileSync(events, 'utf8').replace(
        'sources: [source:kremlin-2020-11-10-trilateral-statement]',
        'sources: [source:kremlin-2020-11-10-trilateral-statement, source:unsc-822-copy, source:kremlin-2020-11-10-trilateral-statement]',
      ),
    );
    const problems = corpusProblems(root);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /source:unsc-822-copy: is the same document as source:unsc-1993-04-30-res-822/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /event:2020-11-10-trilateral-statement › sources: lists source:kremlin-2020-11-10-trilateral-statement more than once/,
      ),
    );
  });
});
