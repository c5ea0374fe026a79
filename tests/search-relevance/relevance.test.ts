// Search relevance: for each query in queries.ts, the item a reader wants must be among the
// first three hits of the search over the bundled library. Prints the share that pass, per group
// and overall, with the actual top 3 of every failure.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../renderer/db/library';
import { openBundledLibrary } from '../helpers/fixture';
import { RELEVANCE_CASES, RELEVANCE_GROUPS, type RelevanceCase } from './queries';

const TOP = 3;
const MIN_CASES = 40;
const MIN_PER_GROUP = 3;

let library: Library;

beforeAll(async () => {
  library = await openBundledLibrary();
});

interface Outcome {
  testCase: RelevanceCase;
  top: string[];
  passed: boolean;
}

function run(testCase: RelevanceCase): Outcome {
  const top = library
    .search(testCase.query)
    .hits.slice(0, TOP)
    .map((hit) => hit.id);
  return { testCase, top, passed: testCase.expect.some((id) => top.includes(id)) };
}

function percent(passed: number, total: number): string {
  return `${total ? Math.floor((passed / total) * 100) : 0}%`;
}

function report(outcomes: Outcome[]): string {
  const passed = outcomes.filter((o) => o.passed).length;
  const lines = [
    `Search relevance: ${passed}/${outcomes.length} queries (${percent(passed, outcomes.length)}) have their item in the top ${TOP}`,
  ];
  for (const group of RELEVANCE_GROUPS) {
    const inGroup = outcomes.filter((o) => o.testCase.group === group);
    const ok = inGroup.filter((o) => o.passed).length;
    lines.push(
      `  ${group.padEnd(10)} ${`${ok}/${inGroup.length}`.padStart(5)}  ${percent(ok, inGroup.length)}`,
    );
  }
  const failures = outcomes.filter((o) => !o.passed);
  if (failures.length) {
    lines.push('Not in the top 3:');
    for (const { testCase, top } of failures) {
      lines.push(`  [${testCase.group}] "${testCase.query}"`);
      lines.push(`    expected one of: ${testCase.expect.join(', ')}`);
      lines.push(`    top ${TOP}: ${top.length ? top.join(', ') : '(nothing found)'}`);
    }
  }
  return lines.join('\n');
}

describe('search relevance', () => {
  it(`puts the expected item in the top ${TOP} for every query`, () => {
    const outcomes = RELEVANCE_CASES.map(run);
    console.log(report(outcomes));
    const failures = outcomes
      .filter((o) => !o.passed)
      .map(({ testCase, top }) => ({
        query: testCase.query,
        expected: testCase.expect,
        top,
      }));
    expect(failures).toEqual([]);
  });

  it(`has at least ${MIN_CASES} queries and ${MIN_PER_GROUP} in every group`, () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(MIN_CASES);
    const thin = RELEVANCE_GROUPS.map((group) => ({
      group,
      count: RELEVANCE_CASES.filter((c) => c.group === group).length,
    })).filter((g) => g.count < MIN_PER_GROUP);
    expect(thin).toEqual([]);
    const queries = RELEVANCE_CASES.map((c) => c.query);
    expect(queries.filter((q, i) => queries.indexOf(q) !== i)).toEqual([]);
  });

  it('expects only items that exist', () => {
    const missing = RELEVANCE_CASES.flatMap((c) => {
      if (!c.expect.length) return [`${c.query}: nothing expected`];
      return c.expect
        .filter((id) =>
          id.startsWith('article:') ? !library.getArticle(id) : !library.getEvent(id),
        )
        .map((id) => `${c.query}: ${id}`);
    });
    expect(missing).toEqual([]);
  });
});
