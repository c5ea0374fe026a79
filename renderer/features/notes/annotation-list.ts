// The Notes screen's one list of notes and highlights: merged newest first and filtered,
// kept apart from the screen so it can be tested without a page.
import type { Highlight, HighlightColour, NoteWithTarget } from '../../db/types';
import { matchesAllWords } from '../../components/text-fold';

export type Annotation =
  | { type: 'note'; key: string; updatedAt: string; note: NoteWithTarget }
  | { type: 'highlight'; key: string; updatedAt: string; highlight: Highlight };

export type AnnotationKind = 'all' | 'notes' | 'highlights';

export interface AnnotationFilter {
  kind: AnnotationKind;
  text: string;
  /** Only highlights of this colour; null for any (and for notes). */
  colour: HighlightColour | null;
}

export const NO_FILTER: AnnotationFilter = { kind: 'all', text: '', colour: null };

export const COLOURS: readonly HighlightColour[] = ['yellow', 'green', 'blue', 'pink'];

export function mergeAnnotations(notes: NoteWithTarget[], highlights: Highlight[]): Annotation[] {
  const all: Annotation[] = [
    ...notes.map((note): Annotation => ({
      type: 'note',
      key: `note:${note.id}`,
      updatedAt: note.updatedAt,
      note,
    })),
    ...highlights.map((highlight): Annotation => ({
      type: 'highlight',
      key: `highlight:${highlight.id}`,
      updatedAt: highlight.updatedAt,
      highlight,
    })),
  ];
  // Ties (one save touching both) keep a stable order: notes before highlights, then by key.
  return all.sort(
    (a, b) =>
      b.updatedAt.localeCompare(a.updatedAt) ||
      typeRank(a) - typeRank(b) ||
      a.key.localeCompare(b.key, 'en', { numeric: true }),
  );
}

function typeRank(a: Annotation): number {
  return a.type === 'note' ? 0 : 1;
}

/** The title of the article or event an annotation belongs to. */
export function annotationTitle(a: Annotation): string {
  return a.type === 'note' ? a.note.title : a.highlight.title;
}

export function annotationTarget(a: Annotation): string {
  return a.type === 'note' ? a.note.targetId : a.highlight.targetId;
}

export function filterAnnotations(list: Annotation[], filter: AnnotationFilter): Annotation[] {
  return list.filter((a) => {
    if (a.type === 'note') {
      if (filter.kind === 'highlights' || filter.colour !== null) return false;
      return matchesAllWords(filter.text, a.note.body, a.note.title);
    }
    if (filter.kind === 'notes') return false;
    if (filter.colour !== null && a.highlight.colour !== filter.colour) return false;
    const h = a.highlight;
    return matchesAllWords(filter.text, h.quote, h.note, h.title);
  });
}

export function countByType(list: Annotation[]): { notes: number; highlights: number } {
  const notes = list.filter((a) => a.type === 'note').length;
  return { notes, highlights: list.length - notes };
}
