// The public corrections log: written in resources/content/corrections/, checked by the build,
// carried in the library, shown on the corrected item and listed by the CLI.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixtureDbFile } from '../helpers/cli';
import { copyFixtureContent, corpusProblems, openFixtureLibrary } from '../helpers/fixture';

describe('the corrections log', () => {
  it('lists every correction newest first, with the item it corrects and its sources', async () => {
    const library = await openFixtureLibrary();
    const log = library.listCorrections();
    expect(log.map((c) => c.id)).toEqual([
      'correction:2026-01-25-statement-peacekeepers',
      'correction:2026-01-20-kalbajar-dates',
    ]);
    expect(log[1]).toMatchObject({
      date: '2026-01-20',
      itemId: 'event:1993-04-02-kalbajar',
      itemKind: 'event',
      itemTitle: 'Armenian forces take Kalbajar',
      what: 'The event was dated 2 April 1993 alone; it now spans 2–3 April.',
    });
    expect(log[1]!.sources.map((s) => s.id)).toEqual(['source:unsc-1993-04-30-res-822']);
    library.close();
  });

  it('shows on the corrected event, and nowhere else', async () => {
    const library = await openFixtureLibrary();
    expect(library.getEvent('event:1993-04-02-kalbajar')!.corrections.map((c) => c.id)).toEqual([
      'correction:2026-01-20-kalbajar-dates',
    ]);
    expect(library.getEvent('event:1993-04-30-unsc-822')!.corrections).toEqual([]);
    // listEvents reads many events at once and carries their corrections too.
    const listed = library
      .listEvents()
      .find((e) => e.id === 'event:2020-11-10-trilateral-statement');
    expect(listed!.corrections.map((c) => c.id)).toEqual([
      'correction:2026-01-25-statement-peacekeepers',
    ]);
    library.close();
  });

  it('refuses a correction to an item or on a source that does not exist, or dated wrongly', () => {
    const root = copyFixtureContent();
    appendFileSync(
      join(root, 'corrections/test.yaml'),
      `
- id: correction:2026-01-21-nowhere
  date: 2026-01-21
  item: event:1999-01-01-never-happened
  what: Something changed.
  why: For a reason.
  sources: [source:not-in-the-library]
- id: correction:2026-01-01-wrong-day
  date: 2026-01-22
  item: event:1993-04-30-unsc-822
  what: Something changed.
  why: For a reason.
  sources: [source:unsc-1993-04-30-res-822]
- id: correction:2027-03-01-from-the-future
  date: 2027-03-01
  item: event:1993-04-30-unsc-822
  what: Something changed.
  why: For a reason.
  sources: [source:unsc-1993-04-30-res-822]
`,
    );
    const problems = corpusProblems(root).join('\n');
    expect(problems).toMatch(
      /correction:2026-01-21-nowhere › item: points to event:1999-01-01-never-happened, which does not exist/,
    );
    expect(problems).toMatch(
      /correction:2026-01-21-nowhere › sources\.0: points to source:not-in-the-library/,
    );
    expect(problems).toMatch(
      /correction:2026-01-01-wrong-day › id: must begin with its date \(2026-01-22\)/,
    );
    expect(problems).toMatch(
      /correction:2027-03-01-from-the-future › date: is after the corpus's last_reviewed date/,
    );
  });

  it('refuses a correction without a source or a reason', () => {
    const root = copyFixtureContent();
    writeFileSync(
      join(root, 'corrections/test.yaml'),
      `- id: correction:2026-01-20-bare
  date: 2026-01-20
  item: event:1993-04-30-unsc-822
  what: Something changed.
  sources: []
`,
    );
    const problems = corpusProblems(root).join('\n');
    expect(problems).toMatch(/correction:2026-01-20-bare › why: /);
    expect(problems).toMatch(
      /correction:2026-01-20-bare › sources: needs the source the correction rests on/,
    );
  });
});

describe('review dates', () => {
  it('are required on events from 2020 on', () => {
    const root = copyFixtureContent();
    const path = join(root, 'events/test.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('  reviewed: 2026-01-31\n', ''));
    expect(corpusProblems(root).join('\n')).toMatch(
      /event:2020-11-10-trilateral-statement › reviewed: is required for events from 2020 on/,
    );
  });

  it('are carried to the reader with the event', async () => {
    const library = await openFixtureLibrary();
    expect(library.getEvent('event:2020-11-10-trilateral-statement')!.reviewed).toBe('2026-01-31');
    expect(library.getEvent('event:1993-04-30-unsc-822')!.reviewed).toBeNull();
    library.close();
  });
});

describe('cli corrections', () => {
  let dbPath = '';
  beforeAll(async () => {
    dbPath = await fixtureDbFile('kr-cli-corrections-');
  });

  it('prints each correction with what changed, why and its sources', async () => {
    const { code, out } = await cli('corrections', '--db', dbPath);
    expect(code).toBe(0);
    expect(out).toContain('2026-01-20  Armenian forces take Kalbajar (event:1993-04-02-kalbajar)');
    expect(out).toContain('What changed: The event was dated 2 April 1993 alone');
    expect(out).toContain(
      'Why: The resolution that followed describes the fighting over both days.',
    );
    expect(out).toMatch(/Sources: .*Resolution 822/);
    expect(out.indexOf('2026-01-25')).toBeLessThan(out.indexOf('2026-01-20'));
  });

  it('gives the log as JSON', async () => {
    const { code, out } = await cli('corrections', '--json', '--db', dbPath);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { id: string }[]).map((c) => c.id)).toHaveLength(2);
  });
});
