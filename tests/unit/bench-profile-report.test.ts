// The heavy-profile section of docs/BENCHMARKS.md: targets judged per step, and the section
// replaced in place (or kept) when the report is written again.
import { describe, expect, it } from 'vitest';
import type { ProfileResult } from '../../bench/cell-profile';
import {
  keptProfile,
  PROFILE_TARGETS,
  profileSection,
  spliceProfile,
  type ProfileOutcome,
} from '../../bench/report-profile';

const result: ProfileResult = {
  counts: { bookmarks: 10_000, notes: 10_000, highlights: 50_000, imported: 2_000 },
  userBytes: 22_000_000,
  importsBytes: 67_000_000,
  buildMs: 116_000,
  openMs: [500, 520, 540, 560, 2_000],
  warmMs: [3_000, 3_100, 3_200, 3_300, 3_400],
  firstSearchMs: [80, 90, 100, 110, 120],
  searchP50Ms: 40,
  searchP95Ms: 150,
  saveMs: [80, 85, 90, 95, 100],
  searchAfterEditMs: [60, 60, 60, 60, 60],
  rssMb: 650,
};

const outcome: ProfileOutcome = {
  command: 'npm run bench -- --only profile',
  startedAt: '2026-11-25T03:47:00.000Z',
  code: 'abc1234 (test)',
  cpu: 'CPU',
  cores: 2,
  load: { start: 1, end: 1 },
  result,
  note: null,
};

describe('heavy profile report', () => {
  it('judges each step against its target from the median, and says which are missed', () => {
    const section = profileSection(outcome);
    expect(section).toContain(`met (540 ≤ ${PROFILE_TARGETS.open.toLocaleString('en')})`);
    expect(section).toContain('| 2,000 |');
    expect(section).toContain(`**missed** (150 > ${PROFILE_TARGETS.searchP95})`);
    expect(section).toContain('10,000 bookmarks, 10,000 notes, 50,000 highlights');
  });

  it('says why when nothing was measured', () => {
    expect(profileSection({ ...outcome, result: null, note: 'the cell died' })).toContain(
      'Not measured: the cell died.',
    );
  });

  it('replaces its section in place, and adds it before a heading when absent', () => {
    const doc = `# Title\n\nintro\n\n## Corpus\n\ntext\n`;
    const first = spliceProfile(doc, profileSection(outcome), '## Corpus');
    expect(first.indexOf('## Under load')).toBeLessThan(first.indexOf('## Corpus'));
    const again = spliceProfile(
      first,
      profileSection({ ...outcome, code: 'def5678 (x)' }),
      '## Corpus',
    );
    expect(again.match(/## Under load/g)).toHaveLength(1);
    expect(keptProfile(again)).toContain('def5678');
    expect(keptProfile(doc)).toBeNull();
  });
});
