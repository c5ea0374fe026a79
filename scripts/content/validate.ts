// Checks that hold across files: unique ids, links that resolve, dates that match their
// precision, summaries of the agreed length, coordinates inside the region.
import { isValidDate, precisionOf } from '../../renderer/db/dates';
import type { ContentProblem } from './errors';
import type { RawCorpus } from './load';

/** Roughly the South Caucasus: every place outside it must say so. */
export const REGION_BOUNDS = { minLat: 38.0, maxLat: 43.0, minLon: 43.0, maxLon: 51.0 };

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

export function countSentences(text: string): number {
  return [...sentences.segment(text.trim())].filter((s) => /[\p{L}\p{N}]/u.test(s.segment)).length;
}

export function validateCorpus(raw: RawCorpus): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, file: string) => {
    const first = seen.get(id);
    if (first)
      problems.push({ file, item: id, field: 'id', message: `is already used in ${first}` });
    else seen.set(id, file);
  };
  raw.sources.forEach((s) => claim(s.value.id, s.file));
  raw.places.forEach((p) => claim(p.value.id, p.file));
  raw.events.forEach((e) => claim(e.value.id, e.file));
  raw.articles.forEach((a) => claim(a.id, a.file));

  const has = (id: string) => seen.has(id);
  const missing = (file: string, item: string, field: string, id: string) =>
    problems.push({ file, item, field, message: `points to ${id}, which does not exist` });

  for (const { file, value: p } of raw.places) {
    const b = REGION_BOUNDS;
    const inside = p.lat >= b.minLat && p.lat <= b.maxLat && p.lon >= b.minLon && p.lon <= b.maxLon;
    if (!inside && !p.outside_region) {
      problems.push({
        file,
        item: p.id,
        field: 'lat/lon',
        message: `${p.lat}, ${p.lon} is outside the region; check it, or mark outside_region: true`,
      });
    }
    if (inside && p.outside_region) {
      problems.push({
        file,
        item: p.id,
        field: 'outside_region',
        message: 'is true but the coordinates are inside the region',
      });
    }
  }

  const reviewed = raw.corpus?.last_reviewed ?? '9999-12-31';
  for (const { file, value: e } of raw.events) {
    if (!isValidDate(e.date_start, e.date_precision)) {
      problems.push({
        file,
        item: e.id,
        field: 'date_start',
        message: `${e.date_start} is not a valid date written to ${e.date_precision} precision`,
      });
    }
    if (e.date_end) {
      if (!precisionOf(e.date_end)) {
        problems.push({
          file,
          item: e.id,
          field: 'date_end',
          message: `${e.date_end} is not a valid date`,
        });
      } else if (e.date_end < e.date_start) {
        problems.push({ file, item: e.id, field: 'date_end', message: 'is before date_start' });
      }
    }
    if (!e.id.startsWith(`event:${e.date_start.slice(0, 4)}`)) {
      problems.push({
        file,
        item: e.id,
        field: 'id',
        message: `must begin with the event's year (${e.date_start.slice(0, 4)})`,
      });
    }
    if (e.date_start > reviewed) {
      problems.push({
        file,
        item: e.id,
        field: 'date_start',
        message: `is after the corpus's last_reviewed date (${reviewed})`,
      });
    }
    const n = countSentences(e.summary);
    if (n < 2 || n > 5) {
      problems.push({
        file,
        item: e.id,
        field: 'summary',
        message: `must be 2–5 sentences (found ${n})`,
      });
    }
    if (!has(e.place)) missing(file, e.id, 'place', e.place);
    e.sources.forEach((s, i) => has(s) || missing(file, e.id, `sources.${i}`, s));
    e.related_articles.forEach((a, i) => has(a) || missing(file, e.id, `related_articles.${i}`, a));
    e.casualties.forEach((c, i) => {
      if (c.source && !has(c.source)) missing(file, e.id, `casualties.${i}.source`, c.source);
    });
  }

  for (const a of raw.articles) {
    a.sources.forEach((s, i) => has(s) || missing(a.file, a.id, `sources.${i}`, s));
    a.related_events.forEach(
      (ev, i) => has(ev) || missing(a.file, a.id, `related_events.${i}`, ev),
    );
    for (const link of a.body.matchAll(/\]\(((?:article|event|place|source):[^)\s]+)\)/g)) {
      if (!has(link[1]!)) missing(a.file, a.id, 'body', link[1]!);
    }
    if (/<[a-z!/]/i.test(a.body.replace(/`[^`]*`/g, ''))) {
      problems.push({
        file: a.file,
        item: a.id,
        field: 'body',
        message: 'must not contain raw HTML',
      });
    }
  }

  if (raw.events.length === 0)
    problems.push({ file: `${raw.root}/events`, message: 'has no valid events' });
  if (raw.articles.length === 0)
    problems.push({ file: `${raw.root}/articles`, message: 'has no valid articles' });
  return problems;
}
