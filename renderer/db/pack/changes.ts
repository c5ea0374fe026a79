// What a new library changes against a previous one, counted by stable item id: an article or
// event whose id is new was added, one whose id is gone was removed, and one whose row, sources
// or related items differ was changed. New entries in the corrections log are counted apart.
// The pack build writes these counts into the manifest.
import type { Database } from 'sql.js';
import { all, str } from '../sql';
import type { PackChanges } from './format';

/** Each item's id and a fingerprint of everything the reader sees of it. */
function itemFingerprints(db: Database): Map<string, string> {
  const links = new Map<string, string[]>();
  const link = (id: string, value: string) => links.set(id, [...(links.get(id) ?? []), value]);
  for (const r of all(db, 'SELECT item_id, source_id FROM item_sources ORDER BY item_id, position'))
    link(str(r.item_id), `source ${str(r.source_id)}`);
  for (const r of all(db, 'SELECT article_id, event_id FROM article_events ORDER BY 1, 2')) {
    link(str(r.article_id), `event ${str(r.event_id)}`);
    link(str(r.event_id), `article ${str(r.article_id)}`);
  }
  const items = new Map<string, string>();
  for (const table of ['articles', 'events']) {
    for (const row of all(db, `SELECT * FROM ${table}`)) {
      const id = str(row.id);
      items.set(id, JSON.stringify([row, links.get(id) ?? []]));
    }
  }
  return items;
}

function correctionIds(db: Database): Set<string> {
  return new Set(all(db, 'SELECT id FROM corrections').map((r) => str(r.id)));
}

export function contentVersionOf(db: Database): string {
  return str(all(db, "SELECT value FROM meta WHERE key = 'content_version'")[0]?.value);
}

export function countChanges(previous: Database, next: Database): PackChanges {
  const before = itemFingerprints(previous);
  const after = itemFingerprints(next);
  let added = 0;
  let changed = 0;
  for (const [id, fingerprint] of after) {
    const old = before.get(id);
    if (old === undefined) added++;
    else if (old !== fingerprint) changed++;
  }
  const removed = [...before.keys()].filter((id) => !after.has(id)).length;
  const known = correctionIds(previous);
  const corrections = [...correctionIds(next)].filter((id) => !known.has(id)).length;
  return { since: contentVersionOf(previous) || null, added, changed, removed, corrections };
}

/** The counts when there is no previous library to compare with. */
export const NO_CHANGES: PackChanges = {
  since: null,
  added: 0,
  changed: 0,
  removed: 0,
  corrections: 0,
};
