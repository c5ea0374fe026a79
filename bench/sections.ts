// Sections of docs/BENCHMARKS.md that are written by a run of their own (the timeline, the
// heavy profile, the crash test) and carried over by the others: each sits between a pair of
// HTML comment markers.

export interface SectionMarkers {
  start: string;
  end: string;
}

/** The section already in a document, markers included, or null. */
export function keptSection(document: string | null, markers: SectionMarkers): string | null {
  if (!document) return null;
  const start = document.indexOf(markers.start);
  const end = document.indexOf(markers.end);
  return start >= 0 && end > start ? document.slice(start, end + markers.end.length) : null;
}

/**
 * The document with this section in place of its old one; a document without one gets it
 * before `beforeHeading`, or at the end.
 */
export function spliceSection(
  document: string,
  section: string,
  markers: SectionMarkers,
  beforeHeading: string,
): string {
  const kept = keptSection(document, markers);
  if (kept) return document.replace(kept, () => section);
  const at = document.indexOf(`\n${beforeHeading}\n`);
  if (at < 0) return `${document.trimEnd()}\n\n${section}\n`;
  return `${document.slice(0, at)}\n${section}\n${document.slice(at)}`;
}
