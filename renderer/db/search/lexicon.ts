// What the content DB knows about names and spellings: the gazetteer's places under each name
// key and the indexed words with their other transliterations, read on demand and cached per DB.
import type { Database } from 'sql.js';
import { foldAccents, skeletons } from '../spelling';
import { all, num, str } from '../sql';

const MAX_VARIANTS = 5;

export interface PlaceEntry {
  placeId: string;
  placeName: string;
  /** Every form, English name first, without repeats once accents are folded. */
  forms: string[];
}

export interface Lexicon {
  /** Most words in any place name (0 when the DB has no gazetteer). */
  longestName: number;
  /** The places with a name whose spelling key is this (see nameKey). */
  placesNamed(key: string): PlaceEntry[];
  /** Other indexed spellings of a word, most common first. */
  variants(word: string): string[];
  /** Indexed words with how many documents have them, for "did you mean". */
  vocabulary(): readonly { term: string; docs: number }[];
  /** How many documents have a word (0 when unknown). */
  docsWith(word: string): number;
}

export const EMPTY_LEXICON: Lexicon = {
  longestName: 0,
  placesNamed: () => [],
  variants: () => [],
  vocabulary: () => [],
  docsWith: () => 0,
};

const lexicons = new WeakMap<Database, Lexicon>();

function hasTable(db: Database, name: string): boolean {
  return (
    all(db, "SELECT 1 FROM sqlite_master WHERE name = ? AND type = 'table'", [name]).length > 0
  );
}

/**
 * What one DB knows about names and spellings, read on demand through its indexes (the
 * gazetteer's name keys and the vocabulary are written by the content build).
 */
export function lexiconOf(db: Database): Lexicon {
  const cached = lexicons.get(db);
  if (cached) return cached;
  const hasNames = hasTable(db, 'search_names') && hasTable(db, 'places');
  const hasTerms = hasTable(db, 'search_terms');
  const longestName = hasNames ? num(all(db, 'SELECT max(words) AS n FROM search_names')[0]?.n) : 0;
  const places = new Map<string, PlaceEntry>();
  const placeEntry = (id: string): PlaceEntry => {
    let entry = places.get(id);
    if (entry) return entry;
    const rows = all(
      db,
      `SELECT p.name_en AS en, n.name AS name FROM places p
       JOIN place_names n ON n.place_id = p.id WHERE p.id = ?
       ORDER BY CASE n.lang WHEN 'en' THEN 0 WHEN 'hy' THEN 1 WHEN 'az' THEN 2 ELSE 3 END, n.rowid`,
      [id],
    );
    const en = str(rows[0]?.en);
    const forms = [en];
    for (const row of rows) {
      const form = str(row.name);
      if (!forms.some((f) => foldAccents(f) === foldAccents(form))) forms.push(form);
    }
    entry = { placeId: id, placeName: en, forms };
    places.set(id, entry);
    return entry;
  };
  let vocabulary: { term: string; docs: number }[] | null = null;
  const lexicon: Lexicon = {
    longestName,
    placesNamed(key) {
      if (!hasNames) return [];
      return all(db, 'SELECT place_id FROM search_names WHERE key = ? ORDER BY place_id', [
        key,
      ]).map((r) => placeEntry(str(r.place_id)));
    },
    variants(word) {
      if (!hasTerms || word.length < 4) return [];
      const keys = skeletons(word);
      return all(
        db,
        `SELECT term FROM search_terms WHERE skeleton IN (${keys.map(() => '?').join(',')})
         AND term <> ? GROUP BY term ORDER BY max(docs) DESC, term LIMIT ?`,
        [...keys, word, MAX_VARIANTS],
      ).map((r) => str(r.term));
    },
    vocabulary() {
      vocabulary ??= hasTerms
        ? all(db, 'SELECT DISTINCT term, docs FROM search_terms').map((r) => ({
            term: str(r.term),
            docs: num(r.docs),
          }))
        : [];
      return vocabulary;
    },
    docsWith(word) {
      if (!hasTerms) return 0;
      return num(all(db, 'SELECT docs FROM search_terms WHERE term = ? LIMIT 1', [word])[0]?.docs);
    },
  };
  lexicons.set(db, lexicon);
  return lexicon;
}
