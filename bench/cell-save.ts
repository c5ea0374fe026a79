// The cost of saving the user DB as it grows: notes and highlights added through the library's
// own API, then at each checkpoint the export (what the app hands the shell) and the shell's
// atomic write (temp file, fsync, rename, fsync of the folder) into a temp folder.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../electron/main/atomic-write';
import { Library } from '../renderer/db/library';
import { HIGHLIGHT_COLOURS } from '../renderer/db/user/store';
import { mixSeed, mulberry32, readBundledArticles, TextModel } from './corpus';
import { childArgs, log, median, now } from './measure';
import { loadSqlJs } from './sqljs';

export interface SaveCellArgs {
  contentDb: string;
  articlesDir: string;
  seed: number;
  checkpoints: number[];
  repeats: number;
  workDir: string;
  outFile: string;
}

export interface SavePoint {
  annotations: number;
  notes: number;
  highlights: number;
  /** Time to add the annotations since the previous checkpoint, per annotation. */
  addMsEach: number;
  exportMs: number;
  bytes: number;
  writeMs: number;
  /** Opening the library with this user file (integrity check and migrations included). */
  openMs: number;
  /** A search right after an edit: the notes-and-highlights index catches up, then both are searched. */
  searchAfterEditMs: number;
}

async function main(): Promise<void> {
  const args = childArgs<SaveCellArgs>();
  const SQL = await loadSqlJs();
  const content = new Uint8Array(readFileSync(args.contentDb));
  const library = Library.open(SQL, { content, contentPath: 'bench.db', user: null });
  const articles = library
    .listItems()
    .filter((i) => i.kind === 'article')
    .map((i) => ({ id: i.id, length: library.anchorText(i.id)?.length ?? 0 }))
    .filter((a) => a.length > 400);
  const model = new TextModel(readBundledArticles(args.articlesDir));
  const random = mulberry32(mixSeed(args.seed, 0x5a7e));
  mkdirSync(args.workDir, { recursive: true });
  const file = join(args.workDir, 'user.db');

  const points: SavePoint[] = [];
  let notes = 0;
  let highlights = 0;
  for (const target of args.checkpoints) {
    const t = now();
    const from = notes + highlights;
    while (notes + highlights < target) {
      if ((notes + highlights) % 2 === 0) {
        // One note per item: the articles first, then ids of items not in this DB (the store
        // keeps notes on removed items too).
        const id =
          notes < articles.length
            ? articles[notes]!.id
            : `article:bench-note-${String(notes).padStart(6, '0')}`;
        const sentences = 1 + Math.floor(random() * 4);
        const body = Array.from({ length: sentences }, () =>
          TextModel.render(model.sentence(random, 30)),
        ).join(' ');
        library.saveNote(id, body || 'Note.');
        notes++;
      } else {
        const article = articles[Math.floor(random() * articles.length)]!;
        const start = Math.floor(random() * (article.length - 300));
        const end = start + 20 + Math.floor(random() * 260);
        library.addHighlight({
          targetId: article.id,
          start,
          end,
          colour: HIGHLIGHT_COLOURS[Math.floor(random() * HIGHLIGHT_COLOURS.length)]!,
          ...(random() < 0.3 ? { note: TextModel.render(model.sentence(random, 20)) } : {}),
        });
        highlights++;
      }
    }
    const addMsEach = (now() - t) / Math.max(1, notes + highlights - from);

    const exportTimes: number[] = [];
    const writeTimes: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let r = 0; r < args.repeats; r++) {
      const t1 = now();
      bytes = library.exportUser();
      exportTimes.push(now() - t1);
      const t2 = now();
      await writeAtomic(file, bytes);
      writeTimes.push(now() - t2);
    }
    const openTimes: number[] = [];
    for (let r = 0; r < Math.min(3, args.repeats); r++) {
      const t3 = now();
      const reopened = Library.open(SQL, { content, contentPath: 'bench.db', user: bytes });
      openTimes.push(now() - t3);
      reopened.close();
    }
    const searchTimes: number[] = [];
    for (let r = 0; r < Math.min(3, args.repeats); r++) {
      library.saveNote(articles[r]!.id, `Edited note ${r} ${target}.`);
      const t4 = now();
      library.search('ceasefire ', { limit: 20 });
      searchTimes.push(now() - t4);
    }
    points.push({
      annotations: notes + highlights,
      notes,
      highlights,
      addMsEach,
      exportMs: median(exportTimes),
      bytes: bytes.length,
      writeMs: median(writeTimes),
      openMs: median(openTimes),
      searchAfterEditMs: median(searchTimes),
    });
    log(
      `user DB: ${target.toLocaleString('en')} annotations, ${bytes.length.toLocaleString('en')} bytes`,
    );
    writeFileSync(args.outFile, JSON.stringify(points));
  }
  library.close();
  rmSync(args.workDir, { recursive: true, force: true });
}

await main();
