// What is shown for each hit: title, the excerpt that marks most of the query, and which other
// name of a place the document was found under.
import type { Database } from 'sql.js';
import { VISIBLE_SEARCH_COLUMNS } from '../search-index';
import { foldAccents, skeleton, wordsOf } from '../spelling';
import { all, num, str, strOrNull } from '../sql';
import { SNIPPET_CLOSE, SNIPPET_OPEN, type SearchHit } from '../types';
import type { Candidate } from './candidates';
import type { Clause, CompiledQuery } from './compile';

/** Snippets, titles and which name matched, for the hits that will be shown. */
export function describeHits(
  db: Database,
  compiled: CompiledQuery,
  chosen: Candidate[],
): SearchHit[] {
  if (!chosen.length) return [];
  const rows = all(
    db,
    `SELECT f.docid AS docid, d.item_id AS id, d.target_id AS target, d.date_start AS date,
            f.title AS title, snippet(search_fts, ?1, ?2, '…', 1, 24) AS summary,
            snippet(search_fts, ?1, ?2, '…', 3, 24) AS body, offsets(search_fts) AS offsets
     FROM search_fts f CROSS JOIN search_docs d ON d.docid = f.docid
     WHERE search_fts MATCH ?3 AND f.docid IN (${chosen.map(() => '?').join(',')})`,
    [SNIPPET_OPEN, SNIPPET_CLOSE, compiled.expression, ...chosen.map((c) => c.docid)],
  );
  const byDocid = new Map(rows.map((r) => [num(r.docid), r]));
  const reports = nameReports(compiled);
  return chosen.flatMap((c) => {
    const row = byDocid.get(c.docid);
    if (!row) return [];
    return [
      {
        id: str(row.id),
        kind: c.kind,
        targetId: str(row.target),
        title: str(row.title),
        snippet: bestSnippet(str(row.summary), str(row.body)),
        score: Math.round(c.score * 1000) / 1000,
        date: strOrNull(row.date),
        matchedName: matchedName(compiled, reports, str(row.offsets)),
      },
    ];
  });
}

/**
 * The excerpt to show: from the summary or the body, whichever marks more of the query (the
 * hidden column of extra names is never shown), else the start of the summary.
 */
function bestSnippet(summary: string, body: string): string {
  const marks = (text: string) => text.split(SNIPPET_OPEN).length - 1;
  if (marks(body) > marks(summary)) return body;
  return summary || body;
}

/** Per name clause, worked out once per query: which forms are the typed one, and labels. */
interface NameReport {
  clause: number;
  typed: string;
  typedForms: Set<number>;
  labels: string[];
  /** The place's own name when it differs from what was typed, for hidden-column matches. */
  placeLabel: string | null;
}

function nameReports(compiled: CompiledQuery): NameReport[] {
  const reports: NameReport[] = [];
  compiled.clauses.forEach((clause, c) => {
    if (!clause.name) return;
    const typed = clause.name.typed;
    const key = skeleton(foldAccents(typed));
    const same = (name: string) => skeleton(foldAccents(name)) === key;
    const typedForms = new Set<number>([0]);
    clause.alternatives.forEach((p, a) => {
      if (same(p.words.join(' '))) typedForms.add(a);
    });
    const place = clause.name.entries[0]!.placeName;
    reports.push({
      clause: c,
      typed,
      typedForms,
      labels: clause.alternatives.map((p) => displayForm(clause, p.words.join(' '))),
      placeLabel: same(place) ? null : place,
    });
  });
  return reports;
}

/** Reads offsets() to tell which form of a named place the document has. */
function matchedName(
  compiled: CompiledQuery,
  reports: readonly NameReport[],
  offsets: string,
): { typed: string; found: string } | null {
  if (!reports.length) return null;
  const numbers = offsets.split(' ').map(Number);
  for (const report of reports) {
    let visibleTyped = false;
    let firstVisible = Infinity;
    let hidden = false;
    for (let i = 0; i + 3 < numbers.length; i += 4) {
      const term = compiled.terms[numbers[i + 1]!];
      if (!term || term.clause !== report.clause) continue;
      if (numbers[i]! >= VISIBLE_SEARCH_COLUMNS) hidden = true;
      else if (report.typedForms.has(term.alternative)) visibleTyped = true;
      else firstVisible = Math.min(firstVisible, term.alternative);
    }
    if (visibleTyped) return null;
    if (firstVisible < Infinity) {
      return { typed: report.typed, found: report.labels[firstVisible]! };
    }
    if (hidden) return report.placeLabel ? { typed: report.typed, found: report.placeLabel } : null;
  }
  return null;
}

/** The gazetteer's own spelling of a form (with its capitals and letters), for display. */
function displayForm(clause: Clause, folded: string): string {
  for (const entry of clause.name?.entries ?? []) {
    const form = entry.forms.find((f) => wordsOf(f).join(' ') === folded);
    if (form) return form;
  }
  return folded;
}
