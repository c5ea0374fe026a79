// npm run test:crash [-- --kills N --seed S --out docs/BENCHMARKS.md]: kills a process
// that is saving the user's notes, N times at random moments, and checks after each kill
// that user.db opens intact with every change reported saved. Exits non-zero on a failure,
// naming the seed and the kill, so the run can be repeated exactly.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { crashSection, spliceCrash } from '../bench/report-crash';
import { CORPUS_HEADING } from '../bench/report';
import { runCrashTest } from '../tests/crash/harness';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '200' },
    seed: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const kills = Number(values.kills);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run test:crash -- [--kills N] [--seed S] [--out FILE]\n');
  process.exit(2);
}

process.stdout.write(`crash test: ${kills} kills, seed ${seed}\n`);
const result = await runCrashTest({
  kills,
  seed,
  log: values.quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
});

process.stdout.write(
  `${result.failure === null ? 'passed' : 'FAILED'}: ${result.kills} kills, ` +
    `${result.changesVerified} changes reported saved and found after every kill, ` +
    `${result.changesInFile} in the file, ${result.tempFilesRemoved} leftover temp files removed, ` +
    `${result.backups} backups, ${(result.fileBytes / 1024).toFixed(0)} KiB, ${result.seconds.toFixed(0)} s\n`,
);
if (result.failure !== null) {
  process.stderr.write(`${result.failure}\n`);
  process.exitCode = 1;
}
if (values.out !== undefined) {
  const document = readFileSync(values.out, 'utf8');
  writeFileSync(
    values.out,
    spliceCrash(document, crashSection(result, new Date()), CORPUS_HEADING),
  );
  process.stdout.write(`wrote the result to ${values.out}\n`);
}
