// Highlights and notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/):
// one AnnotationCollection whose embedded first AnnotationPage holds every annotation.
// A highlight targets its passage with a TextQuoteSelector and a TextPositionSelector
// (alternatives, as the model allows); an item's note comments on the whole item.
import type { Note } from '../types';
import type { HighlightRow } from '../user/store';
import { APP_LINK_BASE, itemLink } from './links';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/markdown' | 'text/plain';
  purpose?: 'commenting' | 'tagging';
}

export interface AnnotationSelectorTarget {
  type: 'SpecificResource';
  source: string;
  selector: [
    { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
    { type: 'TextPositionSelector'; start: number; end: number },
  ];
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  /** When this file was written. */
  generated: string;
  body?: TextualBody[];
  target: AnnotationSelectorTarget | string;
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  items: Annotation[];
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** Left out when there are no annotations: a page must hold at least one. */
  first?: AnnotationPage;
}

export interface WebAnnotationInput {
  notes: Note[];
  highlights: HighlightRow[];
  exportedAt: string;
}

/**
 * The collection. Ids are absolute IRIs under `base` (default APP_LINK_BASE): items by their
 * app route, annotations as <base>annotations/highlight/<id> and …/note/<id>.
 */
export function toWebAnnotations(
  input: WebAnnotationInput,
  options: { base?: string } = {},
): AnnotationCollection {
  const base = options.base ?? APP_LINK_BASE;
  const collectionId = `${base}annotations/`;
  const items: Annotation[] = [];
  for (const note of input.notes) {
    if (!note.body.trim()) continue;
    items.push({
      id: `${base}annotations/note/${note.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: note.createdAt,
      modified: note.updatedAt,
      generated: input.exportedAt,
      body: [
        { type: 'TextualBody', value: note.body, format: 'text/markdown', purpose: 'commenting' },
      ],
      target: itemLink(note.targetId, base),
    });
  }
  for (const h of input.highlights) {
    const body: TextualBody[] = [];
    if (h.note.trim()) {
      body.push({
        type: 'TextualBody',
        value: h.note,
        format: 'text/markdown',
        purpose: 'commenting',
      });
    }
    body.push({ type: 'TextualBody', value: h.colour, format: 'text/plain', purpose: 'tagging' });
    items.push({
      id: `${base}annotations/highlight/${h.id}`,
      type: 'Annotation',
      motivation: h.note.trim() ? 'commenting' : 'highlighting',
      created: h.createdAt,
      modified: h.updatedAt,
      generated: input.exportedAt,
      body,
      target: {
        type: 'SpecificResource',
        source: itemLink(h.targetId, base),
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: h.anchor.quote.exact,
            prefix: h.anchor.quote.prefix,
            suffix: h.anchor.quote.suffix,
          },
          {
            type: 'TextPositionSelector',
            start: h.anchor.position.start,
            end: h.anchor.position.end,
          },
        ],
      },
    });
  }
  const collection: AnnotationCollection = {
    '@context': ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'Karabakh Reader highlights and notes',
    total: items.length,
  };
  if (items.length) {
    collection.first = {
      id: `${collectionId}page/1`,
      type: 'AnnotationPage',
      partOf: collectionId,
      startIndex: 0,
      items,
    };
  }
  return collection;
}

/** The file's text (JSON-LD, media type application/ld+json). */
export function serializeWebAnnotations(collection: AnnotationCollection): string {
  return `${JSON.stringify(collection, null, 2)}\n`;
}
