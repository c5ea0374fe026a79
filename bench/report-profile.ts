// The "Under load" section of docs/BENCHMARKS.md: a heavy profile opened, searched and saved.
import { keptSection, spliceSection } from './sections';
import type { ProfileResult } from './cell-profile';
import { count, ms } from './format';
import { median } from './measure';

export const PROFILE_START = '<!-- profile:start -->';
export const PROFILE_END = '<!-- profile:end -->';

/** The targets the heavy profile is held to (ms). */
export const PROFILE_TARGETS = {
  open: 1_000,
  warm: 5_000,
  firstSearch: 300,
  searchP95: 100,
  save: 200,
} as const;

export interface ProfileOutcome {
  command: string;
  startedAt: string;
  code: string;
  cpu: string;
  cores: number;
  load: { start: number; end: number };
  result: ProfileResult | null;
  note: string | null;
}

function verdict(value: number, target: number): string {
  return value <= target
    ? `met (${ms(value)} ≤ ${ms(target)})`
    : `**missed** (${ms(value)} > ${ms(target)})`;
}

function body(outcome: ProfileOutcome): string {
  const r = outcome.result;
  if (!r) return `Not measured: ${outcome.note ?? 'no figures'}.`;
  const worst = (xs: number[]) => Math.max(...xs);
  const rows: [string, string, string, string][] = [
    [
      'Open (content DB, user.db and imports.db read and checked)',
      ms(median(r.openMs)),
      ms(worst(r.openMs)),
      verdict(median(r.openMs), PROFILE_TARGETS.open),
    ],
    [
      'Build the notes-and-highlights index (in idle time after start)',
      ms(median(r.warmMs)),
      ms(worst(r.warmMs)),
      verdict(median(r.warmMs), PROFILE_TARGETS.warm),
    ],
    [
      'First search after that',
      ms(median(r.firstSearchMs)),
      ms(worst(r.firstSearchMs)),
      verdict(median(r.firstSearchMs), PROFILE_TARGETS.firstSearch),
    ],
    [
      'Later searches of the query mix (p50 / p95)',
      `${ms(r.searchP50Ms)} / ${ms(r.searchP95Ms)}`,
      '',
      verdict(r.searchP95Ms, PROFILE_TARGETS.searchP95),
    ],
    [
      'Save after an edit (export user.db + atomic write)',
      ms(median(r.saveMs)),
      ms(worst(r.saveMs)),
      verdict(median(r.saveMs), PROFILE_TARGETS.save),
    ],
    [
      'Search right after an edit',
      ms(median(r.searchAfterEditMs)),
      ms(worst(r.searchAfterEditMs)),
      '',
    ],
  ];
  const table = [
    '| Step | median (ms) | worst (ms) | target |',
    '| --- | ---: | ---: | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
  return `A profile with ${count(r.counts.bookmarks)} bookmarks, ${count(r.counts.notes)} notes, ${count(r.counts.highlights)} highlights (30% with a note) and ${count(r.counts.imported)} imported articles of about 1,000 words, made through the library's own API (user.db ${(r.userBytes / 1e6).toFixed(1)} MB, imports.db ${(r.importsBytes / 1e6).toFixed(1)} MB with its search index; built in ${ms(r.buildMs / 1000)} s), then read back from disk and opened as the app does at start, 5 rounds in one Node process (sql.js, no worker, no page). Saving writes only user.db: the imported articles are in their own file, so a save costs the same with or without them.

${table}

Memory (resident set) at the end: ${ms(r.rssMb)} MB.

Measured by \`${outcome.command}\` on ${outcome.startedAt.slice(0, 16).replace('T', ' ')} UTC
(code ${outcome.code}; ${outcome.cpu}, ${outcome.cores} cores; load ${outcome.load.start.toFixed(2)} at the start, ${outcome.load.end.toFixed(2)} at the end).`;
}

export function profileSection(outcome: ProfileOutcome): string {
  return `${PROFILE_START}
## Under load: a heavy profile

${body(outcome)}
${PROFILE_END}`;
}

/** The section already in a report, markers included, or null. */
export function keptProfile(previous: string | null): string | null {
  return keptSection(previous, { start: PROFILE_START, end: PROFILE_END });
}

/** A report with this section in place of the one it had, or before `beforeHeading`. */
export function spliceProfile(document: string, section: string, beforeHeading: string): string {
  return spliceSection(
    document,
    section,
    { start: PROFILE_START, end: PROFILE_END },
    beforeHeading,
  );
}
