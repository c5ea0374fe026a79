import { describe, expect, it } from 'vitest';
import {
  serializeWebAnnotations,
  toWebAnnotations,
  type AnnotationCollection,
} from '../../renderer/db/export/web-annotation';
import type { HighlightRow } from '../../renderer/db/user/store';

const T = '2024-03-01T10:00:00.000Z';

const highlight = (id: number, note: string): HighlightRow => ({
  id,
  targetId: 'article:lachin-corridor',
  colour: 'blue',
  note,
  anchor: {
    quote: { type: 'TextQuoteSelector', exact: 'the corridor', prefix: 'through ', suffix: ' was' },
    position: { type: 'TextPositionSelector', start: 40, end: 52 },
  },
  createdAt: T,
  updatedAt: '2024-03-02T10:00:00.000Z',
});

function collection() {
  return JSON.parse(
    serializeWebAnnotations(
      toWebAnnotations({
        notes: [
          {
            id: 7,
            targetId: 'event:2023-09-19-offensive',
            body: 'My **note**',
            createdAt: T,
            updatedAt: T,
          },
        ],
        highlights: [highlight(1, ''), highlight(2, 'Why?')],
        exportedAt: '2024-03-05T00:00:00.000Z',
      }),
    ),
  ) as AnnotationCollection;
}

const items = () => collection().first!.items;

describe('highlights and notes as W3C Web Annotations', () => {
  it('is an AnnotationCollection in the anno.jsonld context with one embedded AnnotationPage', () => {
    const c = collection();
    expect(c['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(3);
    expect(c.first!.type).toBe('AnnotationPage');
    expect(c.first!.partOf).toBe(c.id);
    expect(c.first!.startIndex).toBe(0);
    expect(c.first!.items).toHaveLength(3);
    for (const item of c.first!.items) {
      expect(item.type).toBe('Annotation');
      expect(item.id).toMatch(/^app:\/\/reader\/annotations\/(note|highlight)\/\d+$/);
      expect(item).not.toHaveProperty('@context');
    }
  });

  it('anchors a highlight with a TextQuoteSelector and a TextPositionSelector on its item', () => {
    const plain = items()[1]!;
    expect(plain).toMatchObject({
      motivation: 'highlighting',
      created: T,
      modified: '2024-03-02T10:00:00.000Z',
      target: {
        type: 'SpecificResource',
        source: 'app://reader/#/article/article%3Alachin-corridor',
        selector: [
          { type: 'TextQuoteSelector', exact: 'the corridor', prefix: 'through ', suffix: ' was' },
          { type: 'TextPositionSelector', start: 40, end: 52 },
        ],
      },
    });
    expect(plain.body).toEqual([
      { type: 'TextualBody', value: 'blue', format: 'text/plain', purpose: 'tagging' },
    ]);
  });

  it('makes a highlight with a note a comment with a Markdown TextualBody', () => {
    const commented = items()[2]!;
    expect(commented.motivation).toBe('commenting');
    expect(commented.body![0]).toEqual({
      type: 'TextualBody',
      value: 'Why?',
      format: 'text/markdown',
      purpose: 'commenting',
    });
  });

  it('makes an item note a comment on the whole item', () => {
    const note = items()[0]!;
    expect(note).toMatchObject({
      motivation: 'commenting',
      target: 'app://reader/#/event/event%3A2023-09-19-offensive',
      body: [{ type: 'TextualBody', value: 'My **note**', format: 'text/markdown' }],
    });
  });

  it('leaves out the page when there is nothing to export', () => {
    const empty = toWebAnnotations({ notes: [], highlights: [], exportedAt: T });
    expect(empty.total).toBe(0);
    expect(empty).not.toHaveProperty('first');
  });
});
