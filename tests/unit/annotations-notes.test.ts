import { describe, expect, it } from 'vitest';
import type { Highlight, NoteWithTarget } from '../../renderer/db/types';
import {
  countByType,
  filterAnnotations,
  mergeAnnotations,
  NO_FILTER,
  type Annotation,
} from '../../renderer/features/notes/annotation-list';

function note(id: number, over: Partial<NoteWithTarget>): NoteWithTarget {
  return {
    id,
    targetId: 'article:first-war',
    kind: 'article',
    title: 'The first war, 1988–1994',
    body: '',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...over,
  };
}

function highlight(id: number, over: Partial<Highlight>): Highlight {
  return {
    id,
    targetId: 'article:lachin-corridor',
    kind: 'article',
    title: 'The Lachin corridor and the blockade',
    colour: 'yellow',
    note: '',
    quote: '',
    range: { start: 0, end: 10 },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...over,
  };
}

const notes = [
  note(1, { body: 'Compare with **de Waal**, chapter 12.', updatedAt: '2026-11-05T09:00:00Z' }),
  note(2, {
    targetId: 'event:2023-09-19-offensive',
    kind: 'event',
    title: 'Azerbaijani offensive in Karabakh',
    body: 'Ask about casualty figures.',
    updatedAt: '2026-11-02T09:00:00Z',
  }),
];
const highlights = [
  highlight(1, {
    quote: 'The road through Laçın was the only link.',
    colour: 'green',
    note: 'key point',
    updatedAt: '2026-11-04T09:00:00Z',
  }),
  highlight(2, {
    quote: 'A checkpoint at the Hakari bridge.',
    colour: 'pink',
    range: null,
    updatedAt: '2026-11-06T09:00:00Z',
  }),
];
const merged = mergeAnnotations(notes, highlights);
const keys = (list: Annotation[]) => list.map((a) => a.key);

describe('the notes list', () => {
  it('puts notes and highlights in one list, most recently changed first', () => {
    expect(keys(merged)).toEqual(['highlight:2', 'note:1', 'highlight:1', 'note:2']);
  });

  it('orders a note and a highlight changed at the same moment the same way every time', () => {
    const at = '2026-11-07T00:00:00Z';
    const list = mergeAnnotations([note(9, { updatedAt: at })], [highlight(9, { updatedAt: at })]);
    expect(keys(list)).toEqual(['note:9', 'highlight:9']);
  });

  it('counts notes and highlights', () => {
    expect(countByType(merged)).toEqual({ notes: 2, highlights: 2 });
  });
});

describe('notes filters', () => {
  it('shows only notes, only highlights, or both', () => {
    expect(keys(filterAnnotations(merged, { ...NO_FILTER, kind: 'notes' }))).toEqual([
      'note:1',
      'note:2',
    ]);
    expect(keys(filterAnnotations(merged, { ...NO_FILTER, kind: 'highlights' }))).toEqual([
      'highlight:2',
      'highlight:1',
    ]);
    expect(filterAnnotations(merged, NO_FILTER)).toHaveLength(4);
  });

  it('matches the note text, the quote, the highlight note and the title', () => {
    const find = (text: string) => keys(filterAnnotations(merged, { ...NO_FILTER, text }));
    expect(find('de waal')).toEqual(['note:1']);
    expect(find('hakari')).toEqual(['highlight:2']);
    expect(find('KEY POINT')).toEqual(['highlight:1']);
    expect(find('offensive')).toEqual(['note:2']);
    expect(find('lachin')).toEqual(['highlight:2', 'highlight:1']);
    expect(find('nothing like this')).toEqual([]);
  });

  it('ignores accents, so lacin finds Laçın', () => {
    expect(keys(filterAnnotations(merged, { ...NO_FILTER, text: 'lacin only link' }))).toEqual([
      'highlight:1',
    ]);
  });

  it('keeps only highlights of the chosen colour', () => {
    expect(keys(filterAnnotations(merged, { ...NO_FILTER, colour: 'pink' }))).toEqual([
      'highlight:2',
    ]);
    expect(
      keys(filterAnnotations(merged, { kind: 'highlights', text: 'road', colour: 'green' })),
    ).toEqual(['highlight:1']);
    expect(filterAnnotations(merged, { ...NO_FILTER, colour: 'blue' })).toEqual([]);
  });
});
