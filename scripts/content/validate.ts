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

export interface ValidationRules {
  /** Article bodies are explainers: long enough to explain, short enough to read at one sitting. */
  articleWords: { min: number; max: number };
}

export const CORPUS_RULES: ValidationRules = { articleWords: { min: 700, max: 2000 } };

/** Shorter paragraphs (headings, one-line list items) may repeat; longer ones may not. */
const MIN_PARAGRAPH_WORDS = 12;

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function jaccard(a: string[], b: string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared || 1);
}

export function validateCorpus(
  raw: RawCorpus,
  rules: ValidationRules = CORPUS_RULES,
): ContentProblem[] {
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
    const bodyWords = words(a.body.replace(/\]\([^)]*\)/g, ']')).length;
    if (bodyWords < rules.articleWords.min || bodyWords > rules.articleWords.max) {
      problems.push({
        file: a.file,
        item: a.id,
        field: 'body',
        message: `must be ${rules.articleWords.min}–${rules.articleWords.max} words (found ${bodyWords})`,
      });
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

  const corrected = new Set<string>();
  for (const { file, value: c } of raw.corrections) {
    if (corrected.has(c.id))
      problems.push({ file, item: c.id, field: 'id', message: 'is already used' });
    corrected.add(c.id);
    if (!has(c.item)) missing(file, c.id, 'item', c.item);
    c.sources.forEach((s, i) => has(s) || missing(file, c.id, `sources.${i}`, s));
    if (!c.id.startsWith(`correction:${c.date}-`)) {
      problems.push({
        file,
        item: c.id,
        field: 'id',
        message: `must begin with its date (${c.date})`,
      });
    }
    if (c.date > reviewed) {
      problems.push({
        file,
        item: c.id,
        field: 'date',
        message: `is after the corpus's last_reviewed date (${reviewed})`,
      });
    }
  }
  // Events from 2020 on, where reporting moves fastest, say when they were last checked.
  for (const { file, value: e } of raw.events) {
    if (e.date_start >= '2020' && !e.reviewed) {
      problems.push({
        file,
        item: e.id,
        field: 'reviewed',
        message:
          'is required for events from 2020 on: the day it was last checked against its sources',
      });
    }
  }
  for (const item of [...raw.events.map((e) => e.value), ...raw.articles]) {
    if (item.reviewed && item.reviewed > reviewed) {
      problems.push({
        file: 'file' in item ? item.file : raw.events.find((e) => e.value === item)!.file,
        item: item.id,
        field: 'reviewed',
        message: `is after the corpus's last_reviewed date (${reviewed})`,
      });
    }
  }

  problems.push(...checkRepetition(raw), ...checkUnusedSources(raw), ...checkSameSourceTwice(raw));
  problems.push(...checkListsHaveNoRepeats(raw));

  if (raw.events.length === 0)
    problems.push({ file: `${raw.root}/events`, message: 'has no valid events' });
  if (raw.articles.length === 0)
    problems.push({ file: `${raw.root}/articles`, message: 'has no valid articles' });
  return problems;
}

/** No paragraph twice anywhere, and no two events on the same day and place telling one story. */
function checkRepetition(raw: RawCorpus): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  const paragraphs: { file: string; item: string; text: string }[] = [
    ...raw.articles.flatMap((a) =>
      a.body.split(/\n\s*\n/).map((text) => ({ file: a.file, item: a.id, text })),
    ),
    ...raw.events.map((e) => ({ file: e.file, item: e.value.id, text: e.value.summary })),
  ];
  for (const p of paragraphs) {
    const w = words(p.text);
    if (w.length < MIN_PARAGRAPH_WORDS) continue;
    const key = w.join(' ');
    const first = seen.get(key);
    if (first && first !== p.item) {
      problems.push({
        file: p.file,
        item: p.item,
        message: `repeats a paragraph of ${first}: "${p.text.trim().slice(0, 60)}…"`,
      });
    } else if (!first) {
      seen.set(key, p.item);
    }
  }

  const byDayAndPlace = new Map<string, RawCorpus['events']>();
  for (const e of raw.events) {
    const key = `${e.value.date_start} ${e.value.place}`;
    byDayAndPlace.set(key, [...(byDayAndPlace.get(key) ?? []), e]);
  }
  for (const group of byDayAndPlace.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!.value;
        const b = group[j]!.value;
        const similarity = jaccard(
          words(`${a.title} ${a.summary}`),
          words(`${b.title} ${b.summary}`),
        );
        if (similarity >= 0.5) {
          problems.push({
            file: group[j]!.file,
            item: b.id,
            message: `tells the same story as ${a.id} (same date and place, ${Math.round(similarity * 100)}% of words shared)`,
          });
        }
      }
    }
  }
  return problems;
}

/** A source row exists because something cites it. */
function checkUnusedSources(raw: RawCorpus): ContentProblem[] {
  const cited = new Set<string>();
  for (const { value: e } of raw.events) {
    e.sources.forEach((s) => cited.add(s));
    e.casualties.forEach((c) => c.source && cited.add(c.source));
  }
  for (const a of raw.articles) a.sources.forEach((s) => cited.add(s));
  for (const { value: c } of raw.corrections) c.sources.forEach((s) => cited.add(s));
  return raw.sources
    .filter((s) => !cited.has(s.value.id))
    .map((s) => ({
      file: s.file,
      item: s.value.id,
      message: 'is not cited by any event or article',
    }));
}

/** One document, one row: two rows with the same address or the same publisher, title and date. */
function checkSameSourceTwice(raw: RawCorpus): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const { file, value: s } of raw.sources) {
    const keys = [`${s.publisher}|${s.title}|${s.date ?? ''}`.toLowerCase()];
    if (s.url) keys.push(s.url.toLowerCase().replace(/\/+$/, ''));
    for (const key of keys) {
      const first = seen.get(key);
      if (first) {
        problems.push({
          file,
          item: s.id,
          message: `is the same document as ${first}; cite that id instead`,
        });
        break;
      }
      seen.set(key, s.id);
    }
  }
  return problems;
}

function checkListsHaveNoRepeats(raw: RawCorpus): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (file: string, item: string, field: string, list: string[]) => {
    const repeated = list.filter((v, i) => list.indexOf(v) !== i);
    if (repeated.length)
      problems.push({
        file,
        item,
        field,
        message: `lists ${[...new Set(repeated)].join(', ')} more than once`,
      });
  };
  for (const { file, value: e } of raw.events) {
    check(file, e.id, 'sources', e.sources);
    check(file, e.id, 'related_articles', e.related_articles);
  }
  for (const a of raw.articles) {
    check(a.file, a.id, 'sources', a.sources);
    check(a.file, a.id, 'related_events', a.related_events);
  }
  return problems;
}
