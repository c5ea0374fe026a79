// Schemas for the bundled corpus as it is written in resources/content (docs/CONTENT-FORMAT.md).
import { z } from 'zod';

const id = (prefix: string) =>
  z
    .string()
    .regex(
      new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`),
      `must look like ${prefix}:lowercase-words-with-hyphens`,
    );

export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const dayDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

// YAML reads 2023-09-19 as a Date unless it is quoted; accept both and keep the text.
const dateText = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), schema);

export const corpusSchema = z.strictObject({
  title: text(200),
  content_version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, 'must look like 2026.11.0'),
  last_reviewed: dateText(dayDate),
  /** The newest month the sources support: the events run to it, and nothing later is in scope. */
  events_through: z
    .preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 7) : v),
      z.string().regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM'),
    )
    .optional(),
});

export const SOURCE_KINDS = ['official', 'international', 'news', 'research', 'partisan'] as const;
export const PARTIES = [
  'armenia',
  'azerbaijan',
  'nagorno-karabakh',
  'russia',
  'turkey',
  'iran',
  'usa',
  'eu',
  'other',
] as const;

export const sourceSchema = z.strictObject({
  id: id('source'),
  publisher: text(300),
  title: text(500),
  date: dateText(isoDate).optional(),
  url: z.url({ protocol: /^https?$/, message: 'must be an http or https address' }).optional(),
  kind: z.enum(SOURCE_KINDS),
  party: z.enum(PARTIES).optional(),
  note: text(1000).optional(),
});

export const PLACE_KINDS = [
  'city',
  'town',
  'village',
  'district',
  'region',
  'country',
  'river',
  'lake',
  'mountain',
  'pass',
  'monastery',
  'crossing',
  'site',
] as const;

const nameList = z.array(text(200)).default([]);

export const placeSchema = z.strictObject({
  id: id('place'),
  kind: z.enum(PLACE_KINDS),
  names: z.strictObject({ en: text(200), hy: nameList, az: nameList, ru: nameList }),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  outside_region: z.boolean().default(false),
  note: text(2000).optional(),
});

export const EVENT_CATEGORIES = [
  'war',
  'offensive',
  'clash',
  'violence-against-civilians',
  'ceasefire',
  'agreement',
  'diplomacy',
  'political',
  'legal',
  'humanitarian',
  'displacement',
  'protest',
  'blockade',
  'heritage',
  'infrastructure',
] as const;

export const casualtySchema = z
  .strictObject({
    what: z.enum(['killed', 'wounded', 'missing', 'displaced', 'detained']),
    group: text(300).optional(),
    low: z.number().int().nonnegative().optional(),
    best: z.number().int().nonnegative().optional(),
    high: z.number().int().nonnegative().optional(),
    by: text(300),
    source: id('source').optional(),
  })
  .refine((c) => c.low !== undefined || c.best !== undefined || c.high !== undefined, {
    message: 'needs at least one of low, best, high',
  })
  .refine(
    (c) => {
      const values = [c.low, c.best, c.high].filter((v): v is number => v !== undefined);
      return values.every((v, i) => i === 0 || values[i - 1]! <= v);
    },
    { message: 'must keep low ≤ best ≤ high' },
  );

export const eventSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^event:\d{4}(-\d{2}){0,2}-[a-z0-9][a-z0-9-]*$/,
      'must look like event:YYYY-MM-DD-short-name',
    ),
  date_start: dateText(isoDate),
  date_end: dateText(isoDate).optional(),
  date_precision: z.enum(['day', 'month', 'year']),
  display_date: text(100).optional(),
  title: text(200),
  summary: text(3000),
  category: z.enum(EVENT_CATEGORIES),
  place: id('place'),
  actors: z.array(text(200)).min(1, 'needs at least one actor'),
  casualties: z.array(casualtySchema).default([]),
  sources: z.array(id('source')).min(1, 'needs at least one source'),
  related_articles: z.array(id('article')).default([]),
  tags: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'tags are lowercase-with-hyphens'))
    .default([]),
  updated: dateText(dayDate),
  /** The day the item was last checked against its sources. */
  reviewed: dateText(dayDate).optional(),
});

export const articleFrontMatterSchema = z.strictObject({
  id: id('article'),
  title: text(200),
  dek: text(400),
  topics: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'topics are lowercase-with-hyphens'))
    .min(1),
  sources: z.array(id('source')).min(1, 'needs at least one source'),
  related_events: z.array(id('event')).min(3, 'must link at least three events'),
  updated: dateText(dayDate),
  reviewed: dateText(dayDate).optional(),
});

/**
 * A change to a published item, recorded for readers: what changed, why, on which sources,
 * when. Typos in our own prose are not corrections.
 */
export const correctionSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^correction:\d{4}-\d{2}-\d{2}-[a-z0-9][a-z0-9-]*$/,
      'must look like correction:YYYY-MM-DD-short-name',
    ),
  date: dateText(dayDate),
  item: z.string().regex(/^(event|article|place|source):[a-z0-9][a-z0-9-]*$/, 'must be an item id'),
  what: text(1500),
  why: text(1500),
  sources: z.array(id('source')).min(1, 'needs the source the correction rests on'),
});

export type Corpus = z.infer<typeof corpusSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type PlaceInput = z.infer<typeof placeSchema>;
export type EventInput = z.infer<typeof eventSchema>;
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type ArticleInput = ArticleFrontMatter & { body: string; file: string };
export type CorrectionInput = z.infer<typeof correctionSchema>;
