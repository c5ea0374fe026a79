// Every dated milestone has its own event: a day or month that an article or an event summary
// mentions either has an event on that date or is reviewed as not a milestone, with the reason.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidCorpus } from '../../scripts/content/build';
import {
  checkMilestones,
  datedMentions,
  readReviewedMentions,
} from '../../scripts/content/milestones';
import { CONTENT_ROOT } from '../../scripts/paths';
import { copyFixtureContent, FIXTURE_RULES } from '../helpers/fixture';

describe('dated mentions', () => {
  it('finds days, ranges (by their first day) and months, and knows which have an event', () => {
    const root = copyFixtureContent();
    const path = join(root, 'events/test.yaml');
    appendFileSync(
      path,
      `- id: event:1994-05-12-mentions
  date_start: 1994-05-12
  date_precision: day
  title: A test event that mentions dates
  summary: >-
    Talks were held on 3–4 April 1993 and again in May 1994, the month of this event. A
    decree followed on 9 June 1994, and fighting over Kalbajar is on 2 April 1993.
  category: diplomacy
  place: place:kalbajar
  actors: [Test]
  sources: [source:unsc-1993-04-30-res-822]
  updated: 2026-01-31
`,
    );
    const raw = loadValidCorpus(root, FIXTURE_RULES);
    const found = datedMentions(raw).filter((m) => m.item === 'event:1994-05-12-mentions');
    expect(found.map((m) => m.date)).toEqual(['1993-04-02', '1993-04-03', '1994-05', '1994-06-09']);
    // 2–3 April 1993 is the Kalbajar event; May 1994 is this event; 9 June 1994 has none.
    const open = checkMilestones(raw, []).unreviewed.filter(
      (m) => m.item === 'event:1994-05-12-mentions',
    );
    expect(open.map((m) => m.date)).toEqual(['1994-06-09']);
    expect(open[0]!.context).toContain('A decree followed on 9 June 1994');

    mkdirSync(join(root, 'milestones'));
    writeFileSync(
      join(root, 'milestones/test.yaml'),
      `- item: event:1994-05-12-mentions
  date: '1994-06-09'
  why: The decree is a detail of the talks, not an event of its own.
- item: event:1994-05-12-mentions
  date: '1994-07-01'
  why: An entry whose mention is no longer in the text.
`,
    );
    const report = checkMilestones(raw, readReviewedMentions(root));
    expect(report.unreviewed.filter((m) => m.item === 'event:1994-05-12-mentions')).toEqual([]);
    expect(report.stale.map((s) => s.date)).toEqual(['1994-07-01']);
  });
});

describe('the bundled library', () => {
  it('has an event for every dated mention, or a reviewed reason why it is not a milestone', () => {
    const raw = loadValidCorpus(CONTENT_ROOT);
    const report = checkMilestones(raw, readReviewedMentions(CONTENT_ROOT));
    const list = (xs: { item: string; date: string }[]) => xs.map((x) => `${x.date} ${x.item}`);
    expect(list(report.unreviewed), 'unreviewed: run npm run content:milestones').toEqual([]);
    expect(list(report.stale), 'stale entries in resources/content/milestones/').toEqual([]);
  });
});
