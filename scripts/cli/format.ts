// The CLI's text output: search results, events, articles, the corrections log and the stats
// (which the README's figures are also written from).
import type {
  Article,
  Correction,
  EventItem,
  NameExpansion,
  SearchHit,
  Stats,
} from '../../renderer/db/types';
import { formatBytes, type PackManifest } from '../../renderer/db/pack/format';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../renderer/db/types';

export function plainSnippet(snippet: string, open = '[', close = ']'): string {
  return snippet.split(SNIPPET_OPEN).join(open).split(SNIPPET_CLOSE).join(close);
}

export function formatCorrection(c: Correction): string {
  const sources = c.sources.map((s) => `${s.publisher}, ${s.title}${s.date ? ` (${s.date})` : ''}`);
  return [
    `${c.date}  ${c.itemTitle} (${c.itemId})`,
    `  What changed: ${c.what}`,
    `  Why: ${c.why}`,
    ...sources.map((s, i) => `  ${i === 0 ? 'Sources:' : '        '} ${s}`),
  ].join('\n');
}

export function formatStats(s: Stats): string {
  const lines = [
    `${s.meta.title}, content ${s.meta.contentVersion}, last reviewed ${s.meta.lastReviewed}`,
    `Articles: ${s.articles} (${s.words.toLocaleString('en')} words)`,
    `Events:   ${s.events}`,
    ...s.eventsByPeriod.map((p) => `  ${p.period.padEnd(10)} ${p.count}`),
    `Places:   ${s.places}`,
    `Sources:  ${s.sources}`,
  ];
  return lines.join('\n');
}

export function formatResults(
  names: NameExpansion[],
  hits: SearchHit[],
  suggestion: string | null,
): string {
  const lines = names.map(
    (n) => `"${n.typed}" also searched as: ${n.alternatives.join(', ')} (${n.placeName})`,
  );
  if (!hits.length) {
    lines.push(suggestion ? `No results. Did you mean: ${suggestion}` : 'No results.');
    return lines.join('\n');
  }
  for (const h of hits) {
    const matched = h.matchedName ? ` [found as ${h.matchedName.found}]` : '';
    lines.push(
      `${h.kind.padEnd(7)} ${h.title}${matched}\n        ${h.id}\n        ${plainSnippet(h.snippet)}`,
    );
  }
  return lines.join('\n');
}

export function formatEventLine(e: EventItem): string {
  return `${e.displayDate.padEnd(26)} ${e.title}  (${e.id})`;
}

export function formatArticle(a: Article): string {
  const body = a.bodyHtml
    .replace(/<\/(p|h2|h3|li|blockquote)>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const sources = a.sources.map(
    (s, i) => `  ${i + 1}. ${s.publisher}, "${s.title}"${s.date ? `, ${s.date}` : ''}`,
  );
  return [
    a.title,
    a.dek,
    `${a.readingMinutes} min read · updated ${a.updated}`,
    '',
    body,
    '',
    'Sources:',
    ...sources,
  ].join('\n');
}

/** What became of one file given to `import`. */
export interface ImportOutcome {
  file: string;
  status: 'imported' | 'duplicate' | 'failed';
  id?: string;
  title?: string;
  message?: string;
}

/** One line per file, then the totals and where they went. */
export function formatImportOutcomes(outcomes: ImportOutcome[], dbPath: string): string {
  const lines = outcomes.map((o) => {
    if (o.status === 'imported') return `imported   ${o.file}  →  ${o.title} (${o.id})`;
    if (o.status === 'duplicate') return `already in ${o.file}  =  ${o.title} (${o.id})`;
    return `failed     ${o.file}: ${o.message}`;
  });
  const count = (s: ImportOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  lines.push(
    `${count('imported')} imported, ${count('duplicate')} already there, ${count('failed')} failed (into ${dbPath}).`,
  );
  return lines.join('\n');
}

/** Who signed a pack, and whether this app trusts that key. */
export interface PackSigner {
  keyId: string;
  trust: 'release' | 'extra' | 'unknown';
}

/** What `pack info` reports: the manifest as the file states it, and the verdict. */
export interface PackInfo {
  file: string;
  fileBytes: number | null;
  manifest: PackManifest | null;
  signer: PackSigner | null;
  refusal: { code: string; message: string } | null;
}

export function formatPackInfo(info: PackInfo): string {
  const verdict = info.refusal
    ? `Refused: ${info.refusal.message}`
    : `${info.file} is a valid library update.`;
  const m = info.manifest;
  if (!m) return verdict;
  const c = m.changes;
  const corrections = `${c.corrections} new correction${c.corrections === 1 ? '' : 's'}`;
  const rows: [string, string][] = [
    ['Library', `${m.contentVersion} (content schema ${m.contentSchemaVersion})`],
    ['Needs', `Karabakh Reader ${m.minAppVersion} or newer`],
    ['Created', m.createdAt],
    [
      'Size',
      `${formatBytes(m.library.bytes)} library${info.fileBytes === null ? '' : `, ${formatBytes(info.fileBytes)} file`}`,
    ],
    [
      'Changes',
      c.since
        ? `since ${c.since}: ${c.added} added, ${c.changed} changed, ${c.removed} removed, ${corrections}`
        : 'not counted (built without a previous library)',
    ],
    ['Signed with', info.signer ? signerText(info.signer) : m.keyId],
  ];
  return [verdict, ...rows.map(([label, value]) => `  ${`${label}:`.padEnd(13)} ${value}`)].join(
    '\n',
  );
}

export function signerText(signer: PackSigner): string {
  const whose = {
    release: 'a release key this app trusts',
    extra: 'a key trusted here for testing only',
    unknown: 'a key this app does not trust',
  }[signer.trust];
  return `key ${signer.keyId} (${whose})`;
}
