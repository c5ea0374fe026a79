// Dated milestones told only inside other items: every day ("19 September 2023") or month
// ("May 1994") that an article body or an event summary mentions must have an event on that
// date, or be listed in resources/content/milestones/ as reviewed and not a milestone (with
// the reason). `npm run content:milestones` prints the mentions still to review.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { MONTHS } from '../../renderer/db/dates';
import type { RawCorpus } from './load';

export interface DatedMention {
  /** The article or event whose text mentions the date. */
  item: string;
  /** YYYY-MM-DD or YYYY-MM. */
  date: string;
  /** The words around the mention, for the reviewer. */
  context: string;
}

const MONTH_PATTERN = MONTHS.join('|');
// "19 September 2023", "3–4 December 1988" (the first day counts), "May 1994".
const MENTION = new RegExp(
  `\\b(?:(\\d{1,2})(?:\\s*[–-]\\s*\\d{1,2})?\\s+)?(${MONTH_PATTERN})\\s+(\\d{4})\\b`,
  'g',
);

export function datedMentions(raw: RawCorpus): DatedMention[] {
  const texts = [
    ...raw.events.map((e) => ({ item: e.value.id, text: e.value.summary })),
    ...raw.articles.map((a) => ({ item: a.id, text: a.body })),
  ];
  const found = new Map<string, DatedMention>();
  for (const { item, text } of texts) {
    for (const m of text.matchAll(MENTION)) {
      const month = String(MONTHS.indexOf(m[2] as (typeof MONTHS)[number]) + 1).padStart(2, '0');
      const day = m[1] ? `-${m[1].padStart(2, '0')}` : '';
      const date = `${m[3]}-${month}${day}`;
      const key = `${item}|${date}`;
      if (found.has(key)) continue;
      const at = m.index ?? 0;
      const context = text
        .slice(Math.max(0, at - 80), at + m[0].length + 80)
        .replace(/\s+/g, ' ')
        .trim();
      found.set(key, { item, date, context });
    }
  }
  return [...found.values()].sort((a, b) =>
    a.item === b.item ? a.date.localeCompare(b.date) : a.item.localeCompare(b.item),
  );
}

/** Whether an event covers a day (YYYY-MM-DD) or a month (YYYY-MM). */
function coversDate(start: string, end: string | undefined, date: string): boolean {
  const last = end ?? start;
  if (date.length === 7) return start.slice(0, 7) <= date && date <= last.slice(0, 7);
  // A month or year event covers the days inside it; a day event covers its days.
  const to = last.length === 10 ? last : `${last}\uffff`;
  return start <= date && date <= to;
}

export const reviewedMentionSchema = z.strictObject({
  item: z.string().regex(/^(article|event):[a-z0-9][a-z0-9-]*$/),
  date: z.preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
    z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  ),
  /** Why this dated mention is not a milestone of its own (context, a detail, a deadline). */
  why: z.string().trim().min(8),
});
export type ReviewedMention = z.infer<typeof reviewedMentionSchema>;

/** The reviewed mentions: every list in resources/content/milestones/. */
export function readReviewedMentions(root: string): ReviewedMention[] {
  const dir = join(root, 'milestones');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .flatMap((name) => {
      const data = parseYaml(readFileSync(join(dir, name), 'utf8')) as unknown;
      return z.array(reviewedMentionSchema).parse(data ?? []);
    });
}

export interface MilestoneReport {
  /** Mentions with no event on their date that nobody has reviewed yet. */
  unreviewed: DatedMention[];
  /** Reviewed entries whose mention is no longer in the text (or now has an event). */
  stale: ReviewedMention[];
  mentions: number;
}

export function checkMilestones(raw: RawCorpus, reviewed: ReviewedMention[]): MilestoneReport {
  const events = raw.events.map((e) => e.value);
  const mentions = datedMentions(raw);
  const open = mentions.filter(
    (m) => !events.some((e) => coversDate(e.date_start, e.date_end, m.date)),
  );
  const key = (x: { item: string; date: string }) => `${x.item}|${x.date}`;
  const done = new Set(reviewed.map(key));
  const openKeys = new Set(open.map(key));
  return {
    unreviewed: open.filter((m) => !done.has(key(m))),
    stale: reviewed.filter((r) => !openKeys.has(key(r))),
    mentions: mentions.length,
  };
}
