// The generated corpus written once to a JSON-lines file that every engine's cell reads, with
// its word counts at each size.
import { closeSync, openSync, writeSync } from 'node:fs';
import { wordsOf } from '../../renderer/db/spelling';
import type { TextModel } from '../corpus';
import { log } from '../measure';
import type { CorpusStats } from '../report';
import type { Options } from './options';

/** Writes the corpus once (document k is the same at every size) and counts words per size. */
export function writeCorpus(model: TextModel, options: Options, file: string): CorpusStats[] {
  const max = Math.max(...options.sizes);
  const out = openSync(file, 'w');
  const vocabulary = new Set<string>();
  const stats: CorpusStats[] = [];
  let words = 0;
  let chars = 0;
  let buffer: string[] = [];
  for (let k = 0; k < max; k++) {
    const d = model.document(options.seed, k);
    buffer.push(JSON.stringify(d));
    if (buffer.length >= 1_000) {
      writeSync(out, buffer.join('\n') + '\n');
      buffer = [];
    }
    const all = wordsOf(`${d.title} ${d.summary} ${d.body}`);
    words += d.words;
    chars += d.body.length;
    for (const w of all) vocabulary.add(w);
    if (options.sizes.includes(k + 1)) {
      stats.push({
        size: k + 1,
        words,
        meanWords: words / (k + 1),
        distinctTerms: vocabulary.size,
        bodyBytes: chars,
      });
    }
    if ((k + 1) % 5_000 === 0)
      log(`corpus: ${(k + 1).toLocaleString('en')}/${max.toLocaleString('en')} articles`);
  }
  writeSync(out, buffer.join('\n') + '\n');
  closeSync(out);
  return stats;
}
