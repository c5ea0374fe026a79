// A heavy profile: 10,000 bookmarks, 10,000 notes, 50,000 highlights and 2,000 imported
// articles, made through the library's own API and saved as the two files the app keeps
// (user.db and imports.db). Then, in this process with the files read back as the app reads
// them at start: opening, building the notes-and-highlights index (done in idle time after
// start), the first search, later searches, saving the user file after an edit, and a search
// right after an edit.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../electron/main/atomic-write';
import { escapeHtml } from '../renderer/db/escape-html';
import { Library } from '../renderer/db/library';
import type { NewImportedArticle } from '../renderer/db/types';
import { HIGHLIGHT_COLOURS } from '../renderer/db/user/store';
import { mixSeed, mulberry32, readBundledArticles, TextModel } from './corpus';
import { childArgs, log, median, now, percentile } from './measure';
import { loadSqlJs } from './sqljs';

export interface ProfileCellArgs {
  contentDb: string;
  articlesDir: string;
  seed: number;
  bookmarks: number;
  notes: number;
  highlights: number;
  imported: number;
  /** Words in each imported article. */
  importedWords: number;
  queries: string[];
  workDir: string;
  outFile: string;
}

export interface ProfileResult {
  counts: { bookmarks: number; notes: number; highlights: number; imported: number };
  userBytes: number;
  importsBytes: number;
  buildMs: number;
  /** Library.open with the content DB, user.db and imports.db (checks and migrations included). */
  openMs: number[];
  /** Building the notes-and-highlights index, which the app does in idle time after start. */
  warmMs: number[];
  /** The first search after that warm-up. */
  firstSearchMs: number[];
  /** Later searches of the query mix: p50 and p95. */
  searchP50Ms: number;
  searchP95Ms: number;
  /** A note edited, then the user file exported and written atomically (what a save costs). */
  saveMs: number[];
  /** A note edited, then a search (the index catches up with the one change). */
  searchAfterEditMs: number[];
  rssMb: number;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function main(): Promise<void> {
  const args = childArgs<ProfileCellArgs>();
  const SQL = await loadSqlJs();
  const content = new Uint8Array(readFileSync(args.contentDb));
  const model = new TextModel(readBundledArticles(args.articlesDir));
  const random = mulberry32(mixSeed(args.seed, 0x9f11e));
  mkdirSync(args.workDir, { recursive: true });

  // Build the profile through the API, as a reader's months of use would.
  const t0 = now();
  const library = Library.open(SQL, { content, contentPath: 'bench.db', user: null });
  const records: NewImportedArticle[] = [];
  for (let i = 0; i < args.imported; i++) {
    const paragraphs: string[] = [];
    let words = 0;
    while (words < args.importedWords) {
      const paragraph = Array.from({ length: 4 }, () =>
        TextModel.render(model.sentence(random, 25)),
      ).join(' ');
      words += paragraph.split(/\s+/).length;
      paragraphs.push(paragraph);
    }
    const text = paragraphs.join('\n\n');
    records.push({
      title: `${TextModel.render(model.sentence(random, 8))} (${i + 1})`,
      author: null,
      published: null,
      sourceUrl: null,
      fileName: `page-${i + 1}.html`,
      format: 'html',
      html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
      text,
      anchorText: paragraphs.join(''),
      words,
      contentHash: sha256(text),
    });
  }
  library.addImported(records);
  const imported = library.listImported().map((a) => a.id);
  const articles = library
    .listItems()
    .filter((i) => i.kind === 'article' || i.kind === 'imported')
    .map((i) => ({ id: i.id, length: library.anchorText(i.id)?.length ?? 0 }))
    .filter((a) => a.length > 400);
  const events = library
    .listItems()
    .filter((i) => i.kind === 'event')
    .map((i) => i.id);
  const targets = [...articles.map((a) => a.id), ...events];

  for (let i = 0; i < args.bookmarks; i++) {
    const target = targets[i % targets.length]!;
    const position =
      i < targets.length
        ? ''
        : JSON.stringify({ fraction: Math.round(random() * 1e6) / 1e6, heading: null });
    library.addBookmark({ targetId: target, position, tags: random() < 0.3 ? ['to-read'] : [] });
  }
  for (let i = 0; i < args.notes; i++) {
    const id =
      i < targets.length ? targets[i]! : `article:bench-note-${String(i).padStart(6, '0')}`;
    library.saveNote(id, TextModel.render(model.sentence(random, 30)) || 'Note.');
  }
  for (let i = 0; i < args.highlights; i++) {
    const article = articles[Math.floor(random() * articles.length)]!;
    const start = Math.floor(random() * (article.length - 300));
    library.addHighlight({
      targetId: article.id,
      start,
      end: start + 20 + Math.floor(random() * 200),
      colour: HIGHLIGHT_COLOURS[Math.floor(random() * HIGHLIGHT_COLOURS.length)]!,
      ...(random() < 0.3 ? { note: TextModel.render(model.sentence(random, 20)) } : {}),
    });
    if ((i + 1) % 10_000 === 0) log(`profile: ${i + 1} highlights`);
  }
  const user = library.exportUser();
  const imports = library.exportImports();
  library.close();
  writeFileSync(join(args.workDir, 'user.db'), user);
  writeFileSync(join(args.workDir, 'imports.db'), imports);
  const buildMs = now() - t0;
  log(
    `profile built in ${(buildMs / 1000).toFixed(0)} s: user.db ${(user.length / 1e6).toFixed(1)} MB, imports.db ${(imports.length / 1e6).toFixed(1)} MB`,
  );

  // Measure as the app starts: the files read from disk, opened, searched, edited and saved.
  const openMs: number[] = [];
  const warmMs: number[] = [];
  const firstSearchMs: number[] = [];
  const saveMs: number[] = [];
  const afterEditMs: number[] = [];
  const later: number[] = [];
  const rounds = 5;
  for (let round = 0; round < rounds; round++) {
    const userBytes = new Uint8Array(readFileSync(join(args.workDir, 'user.db')));
    const importsBytes = new Uint8Array(readFileSync(join(args.workDir, 'imports.db')));
    const t1 = now();
    const opened = Library.open(SQL, {
      content,
      contentPath: 'bench.db',
      user: userBytes,
      imports: importsBytes,
    });
    openMs.push(now() - t1);
    const tw = now();
    opened.warmSearch();
    warmMs.push(now() - tw);
    const t2 = now();
    opened.search(args.queries[round % args.queries.length]!, { limit: 20 });
    firstSearchMs.push(now() - t2);
    for (const query of args.queries) {
      const t3 = now();
      opened.search(query, { limit: 20 });
      later.push(now() - t3);
    }
    const target = imported[round] ?? events[round]!;
    opened.saveNote(target, `Edited in round ${round}.`);
    const t4 = now();
    const bytes = opened.exportUser();
    await writeAtomic(join(args.workDir, 'user-save.db'), bytes);
    saveMs.push(now() - t4);
    opened.saveNote(target, `Edited again in round ${round}.`);
    const t5 = now();
    opened.search('edited again', { limit: 20 });
    afterEditMs.push(now() - t5);
    opened.close();
    log(
      `profile round ${round + 1}/${rounds}: open ${openMs[round]!.toFixed(0)} ms, warm-up ${warmMs[round]!.toFixed(0)} ms, first search ${firstSearchMs[round]!.toFixed(0)} ms, save ${saveMs[round]!.toFixed(0)} ms`,
    );
  }

  const result: ProfileResult = {
    counts: {
      bookmarks: args.bookmarks,
      notes: args.notes,
      highlights: args.highlights,
      imported: args.imported,
    },
    userBytes: user.length,
    importsBytes: imports.length,
    buildMs,
    openMs,
    warmMs,
    firstSearchMs,
    searchP50Ms: median(later),
    searchP95Ms: percentile(later, 95),
    saveMs,
    searchAfterEditMs: afterEditMs,
    rssMb: process.memoryUsage().rss / 1e6,
  };
  writeFileSync(args.outFile, JSON.stringify(result));
}

await main();
