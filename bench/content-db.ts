// Content DBs of a given size for the open-time measurement: the bundled DB (its meta,
// gazetteer, events and articles) plus generated articles, written the way the content build
// writes articles (rendered HTML, plain text, anchor text, search documents), then
// finishSearchIndex and VACUUM.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Database, SqlJsStatic } from 'sql.js';
import { addSearchDocs } from '../renderer/db/search-index';
import { finishSearchIndex } from '../renderer/db/search-index';
import {
  anchorText,
  countWords,
  htmlToText,
  readingMinutes,
  renderMarkdown,
} from '../scripts/content/render';
import type { BenchDoc, TextModel } from './corpus';

const TOPICS = ['history', 'ceasefire', 'displacement', 'negotiations', 'heritage', 'law'];

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * The content build's htmlToText and anchorText build a DOM per call (about 30 ms an
 * article); for bodies that are plain paragraphs the same strings come from the tags alone.
 * They are checked against the build's own functions on the first articles of every DB.
 */
function quickText(html: string): { text: string; anchor: string } {
  const anchor = html
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
  const text = html
    .replace(/<\/(?:p|h[234]|li|blockquote|td|th)>/g, ' $&')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
  return { text, anchor };
}

function addArticles(db: Database, docs: BenchDoc[]): void {
  const insert = db.prepare('INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  let exact = true;
  try {
    db.run('BEGIN');
    for (const [i, d] of docs.entries()) {
      const html = renderMarkdown(d.body);
      let { text, anchor } = quickText(html);
      if (i < 20 || !exact) {
        const built = { text: htmlToText(html), anchor: anchorText(html) };
        if (built.text !== text || built.anchor !== anchor) exact = false;
        ({ text, anchor } = built);
      }
      const words = countWords(text);
      const topics = [TOPICS[i % TOPICS.length]!, TOPICS[(i * 7 + 3) % TOPICS.length]!];
      insert.run([
        d.id,
        d.title,
        d.summary,
        JSON.stringify([...new Set(topics)]),
        html,
        text,
        anchor,
        words,
        readingMinutes(words),
        '2026-01-01',
      ]);
      addSearchDocs(db, [
        {
          itemId: d.id,
          kind: 'article',
          title: d.title,
          summary: d.summary,
          body: text,
          extra: topics.join(' '),
          topics,
        },
      ]);
    }
    db.run('COMMIT');
  } finally {
    insert.free();
  }
}

function build(SQL: SqlJsStatic, bundled: Uint8Array, docs: BenchDoc[]): Uint8Array {
  const db = new SQL.Database(bundled);
  try {
    db.run('PRAGMA journal_mode = OFF');
    addArticles(db, docs);
    finishSearchIndex(db);
    db.run('VACUUM');
    return db.export();
  } finally {
    db.close();
  }
}

/**
 * Writes a content DB of about `targetBytes` to `file`: a first build of a few articles tells
 * how many bytes one adds, the second build adds enough of them. Returns the article count.
 */
export function writeContentDbOfSize(
  SQL: SqlJsStatic,
  model: TextModel,
  seed: number,
  bundledDb: string,
  targetBytes: number,
  file: string,
): { articles: number; bytes: number } {
  const bundled = new Uint8Array(readFileSync(bundledDb));
  const sample = 60;
  const docs = (n: number, from = 0) =>
    Array.from({ length: n }, (_, k) => model.document(seed, from + k));
  const trial = build(SQL, bundled, docs(sample));
  const perArticle = Math.max(1, (trial.length - bundled.length) / sample);
  const count = Math.max(1, Math.round((targetBytes - bundled.length) / perArticle));
  const bytes = build(SQL, bundled, docs(count));
  writeFileSync(file, bytes);
  return { articles: count, bytes: bytes.length };
}
