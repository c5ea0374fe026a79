// Reads resources/content from disk and checks each file against its schema.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './errors';
import {
  articleFrontMatterSchema,
  corpusSchema,
  correctionSchema,
  eventSchema,
  placeSchema,
  sourceSchema,
  type ArticleInput,
  type Corpus,
  type CorrectionInput,
  type EventInput,
  type PlaceInput,
  type SourceInput,
} from './schema';

export interface RawCorpus {
  /** The content folder as shown in messages. */
  root: string;
  corpus: Corpus | null;
  sources: { file: string; value: SourceInput }[];
  places: { file: string; value: PlaceInput }[];
  events: { file: string; value: EventInput }[];
  articles: ArticleInput[];
  corrections: { file: string; value: CorrectionInput }[];
  /** Every input file with its text, in a stable order: the build's fingerprint. */
  files: { path: string; text: string }[];
}

export function loadContent(root: string): { raw: RawCorpus; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const files: RawCorpus['files'] = [];
  const rel = (path: string) => relative(process.cwd(), path) || path;

  const readText = (path: string): string => {
    const text = readFileSync(path, 'utf8');
    files.push({ path: relative(root, path).split('\\').join('/'), text });
    return text;
  };

  const parseYamlFile = (path: string): unknown => {
    try {
      return parseYaml(readText(path));
    } catch (error) {
      const message =
        error instanceof YAMLParseError ? error.message.split('\n')[0]! : String(error);
      problems.push({ file: rel(path), message: `is not valid YAML: ${message}` });
      return undefined;
    }
  };

  const check = <S extends z.ZodType>(
    schema: S,
    value: unknown,
    file: string,
    item: string | undefined,
  ): z.infer<S> | null => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push({
        file,
        item,
        field: issue.path.length ? issue.path.join('.') : undefined,
        message: issue.message,
      });
    }
    return null;
  };

  const listFile = <S extends z.ZodType>(path: string, schema: S) => {
    const data = parseYamlFile(path);
    if (data === undefined) return [];
    if (!Array.isArray(data)) {
      problems.push({ file: rel(path), message: 'must be a YAML list of items' });
      return [];
    }
    const out: { file: string; value: z.infer<S> }[] = [];
    data.forEach((entry: unknown, index) => {
      const label = describeItem(entry, index);
      const value = check(schema, entry, rel(path), label);
      if (value) out.push({ file: rel(path), value });
    });
    return out;
  };

  const yamlFilesIn = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => join(dir, name))
      : [];

  let corpus: Corpus | null = null;
  const corpusPath = join(root, 'corpus.yaml');
  if (existsSync(corpusPath)) {
    const data = parseYamlFile(corpusPath);
    if (data !== undefined) corpus = check(corpusSchema, data, rel(corpusPath), undefined);
  } else {
    problems.push({ file: rel(corpusPath), message: 'is missing' });
  }

  const sources = yamlFilesIn(join(root, 'sources')).flatMap((p) => listFile(p, sourceSchema));
  // The gazetteer: places.yaml, plus any lists in places/ (kept by region or topic).
  const placesPath = join(root, 'places.yaml');
  const placeFiles = [
    ...(existsSync(placesPath) ? [placesPath] : []),
    ...yamlFilesIn(join(root, 'places')),
  ];
  if (placeFiles.length === 0) problems.push({ file: rel(placesPath), message: 'is missing' });
  const places = placeFiles.flatMap((p) => listFile(p, placeSchema));
  const events = yamlFilesIn(join(root, 'events')).flatMap((p) => listFile(p, eventSchema));
  const corrections = yamlFilesIn(join(root, 'corrections')).flatMap((p) =>
    listFile(p, correctionSchema),
  );

  const articles: ArticleInput[] = [];
  const articleDir = join(root, 'articles');
  const articleFiles = existsSync(articleDir)
    ? readdirSync(articleDir)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : [];
  for (const name of articleFiles) {
    const path = join(articleDir, name);
    const text = readText(path).replace(/\r\n/g, '\n');
    const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
    if (!match) {
      problems.push({ file: rel(path), message: 'must start with front matter between --- lines' });
      continue;
    }
    let front: unknown;
    try {
      front = parseYaml(match[1]!);
    } catch (error) {
      const message =
        error instanceof YAMLParseError ? error.message.split('\n')[0]! : String(error);
      problems.push({ file: rel(path), message: `front matter is not valid YAML: ${message}` });
      continue;
    }
    const value = check(articleFrontMatterSchema, front, rel(path), idOf(front));
    if (!value) continue;
    const slug = name.replace(/\.md$/, '');
    if (value.id !== `article:${slug}`) {
      problems.push({
        file: rel(path),
        item: value.id,
        field: 'id',
        message: `must be article:${slug}, matching the file name`,
      });
    }
    articles.push({ ...value, body: match[2]!, file: rel(path) });
  }

  return {
    raw: { root: rel(root), corpus, sources, places, events, articles, corrections, files },
    problems,
  };
}

function idOf(entry: unknown): string | undefined {
  return entry && typeof entry === 'object' && 'id' in entry
    ? String((entry as { id: unknown }).id)
    : undefined;
}

function describeItem(entry: unknown, index: number): string {
  const id = idOf(entry);
  return id ? `[${index}] ${id}` : `[${index}]`;
}
