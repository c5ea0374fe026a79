// A short, seeded run of the crash test (`npm run test:crash` runs 200 kills): the app's
// save path is killed mid-work again and again, and no change reported saved is ever lost.
import { describe, expect, it } from 'vitest';
import { CRASH_END, CRASH_START, keptCrash, spliceCrash } from '../../bench/report-crash';
import { runCrashTest } from '../crash/harness';

describe('killing the app while it saves', () => {
  it(
    'leaves user.db intact after every kill, holding every change reported saved',
    { timeout: 240_000 },
    async () => {
      const result = await runCrashTest({ kills: 10, seed: 20261125, maxSaves: 20 });
      expect(result.failure).toBeNull();
      expect(result.changesVerified).toBeGreaterThan(0);
      expect(result.changesInFile).toBeGreaterThanOrEqual(result.changesVerified);
    },
  );
});

describe('the crash section of docs/BENCHMARKS.md', () => {
  const doc =
    '# Benchmarks\n\n## Timeline\n\ntext\n\n## How the corpus and the queries are made\n\nend\n';
  const section = (text: string) => `${CRASH_START}\n## Crash test\n\n${text}\n${CRASH_END}`;

  it('goes before the last section the first time, and replaces itself after that', () => {
    const first = spliceCrash(doc, section('one'), '## How the corpus and the queries are made');
    expect(first.indexOf(CRASH_START)).toBeGreaterThan(first.indexOf('## Timeline'));
    expect(first.indexOf(CRASH_START)).toBeLessThan(first.indexOf('## How the corpus'));
    const second = spliceCrash(first, section('two'), '## How the corpus and the queries are made');
    expect(keptCrash(second)).toBe(section('two'));
    expect(second.split(CRASH_START)).toHaveLength(2);
    expect(second.replace(section('two'), '')).toBe(first.replace(section('one'), ''));
  });
});
