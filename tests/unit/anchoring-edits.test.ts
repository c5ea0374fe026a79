// Highlights on an article that a newer release of the library edited: each row makes one
// kind of edit and says where the highlight must be found, or that it is detached.
import { describe, expect, it } from 'vitest';
import { describeRange, locateAnchor, resolveAnchor } from '../../renderer/db/anchoring';
import { AnchorCache } from '../../renderer/db/anchor-cache';
import { ARTICLE, PARAGRAPHS } from '../helpers/ceasefire-article';

/** The anchor a reader's highlight of `quote` (its first occurrence) stores. */
function highlight(quote: string) {
  const start = ARTICLE.indexOf(quote);
  if (start === -1) throw new Error(`Not in the article: ${quote}`);
  return describeRange(ARTICLE, start, start + quote.length);
}

const replaced = (from: string, to: string) => ARTICLE.replace(from, to);
const paragraphs = (edit: (ps: string[]) => string[]) => edit([...PARAGRAPHS]).join('\n');

interface Row {
  edit: string;
  quote: string;
  text: string;
  /** The passage the highlight must now cover (its first occurrence, unless `last`), or null. */
  expected: string | null;
  how?: 'exact' | 'fuzzy';
  last?: boolean;
}

const rows: Row[] = [
  {
    edit: 'nothing changed',
    quote: 'the defence ministers of Armenia and Azerbaijan',
    text: ARTICLE,
    expected: 'the defence ministers of Armenia and Azerbaijan',
    how: 'exact',
  },
  {
    edit: 'a typo fixed inside the quote',
    quote: 'the two armies faced each other acros a line of contact',
    text: replaced('other acros a', 'other across a'),
    expected: 'the two armies faced each other across a line of contact',
    how: 'fuzzy',
  },
  {
    edit: 'a word replaced',
    quote: 'Snipers fired across the trenches, and each side accused the other',
    text: replaced('across the trenches', 'across the line'),
    expected: 'Snipers fired across the line, and each side accused the other',
    how: 'fuzzy',
  },
  {
    edit: 'the first word of the quote replaced',
    quote: 'Snipers fired across the trenches, and each side accused the other',
    text: replaced('Snipers fired', 'Marksmen fired'),
    expected: 'Marksmen fired across the trenches, and each side accused the other',
    how: 'fuzzy',
  },
  {
    edit: 'a sentence reworded slightly',
    quote:
      'It was signed by the defence ministers of Armenia and Azerbaijan and by the commander of the Karabakh Armenian forces, with Russia as mediator.',
    text: replaced(
      'It was signed by the defence ministers of Armenia and Azerbaijan and by the commander of the Karabakh Armenian forces, with Russia as mediator.',
      'It was signed by the defence ministers of Armenia and of Azerbaijan and by the commander of Karabakh Armenian forces; Russia acted as mediator.',
    ),
    expected:
      'It was signed by the defence ministers of Armenia and of Azerbaijan and by the commander of Karabakh Armenian forces; Russia acted as mediator.',
    how: 'fuzzy',
  },
  {
    edit: 'punctuation and spaces changed',
    quote:
      'Its proposals of 1997 and 1998, and the Basic Principles first presented in Madrid in 2007, all tried',
    text: replaced(
      'Its proposals of 1997 and 1998, and the Basic Principles first presented in Madrid in 2007, all tried',
      'Its proposals of 1997 and 1998 and the  Basic Principles (first presented in Madrid in 2007) all tried',
    ),
    expected:
      'Its proposals of 1997 and 1998 and the  Basic Principles (first presented in Madrid in 2007) all tried',
    how: 'fuzzy',
  },
  {
    edit: 'its paragraph moved to the start',
    quote: 'four days of heavy fighting showed how fragile the arrangement had become',
    text: paragraphs((ps) => [ps[4]!, ...ps.slice(0, 4), ps[5]!]),
    expected: 'four days of heavy fighting showed how fragile the arrangement had become',
    how: 'exact',
  },
  {
    edit: 'its paragraph moved to the start and lightly edited',
    quote: 'four days of heavy fighting showed how fragile the arrangement had become',
    text: paragraphs((ps) => [
      ps[4]!.replace('heavy fighting', 'heavy fighting in April'),
      ...ps.slice(0, 4),
      ps[5]!,
    ]),
    expected: 'four days of heavy fighting in April showed how fragile the arrangement had become',
    how: 'fuzzy',
  },
  {
    edit: 'a whole paragraph highlighted, moved to the start, a number in it written in figures',
    quote: PARAGRAPHS[5]!,
    text: paragraphs((ps) => [ps[5]!.replace('forty-four days', '44 days'), ...ps.slice(0, 5)]),
    expected: PARAGRAPHS[5]!.replace('forty-four days', '44 days'),
    how: 'fuzzy',
  },
  {
    edit: 'the quote now also appears earlier in the article',
    quote: 'a new truce was agreed in Moscow',
    text: replaced(
      'No peacekeeping force',
      'Whenever fighting flared, a new truce was agreed in Moscow. No peacekeeping force',
    ),
    expected: 'a new truce was agreed in Moscow',
    how: 'exact',
    last: true,
  },
  {
    edit: 'the quote, lightly edited, now also appears unedited elsewhere',
    quote: 'each side accused the other of breaking the ceasefire',
    text: replaced(
      'each side accused the other of breaking the ceasefire',
      'each side accused the other of having broken the ceasefire',
    ).replace(
      'The ceasefire of 1994 finally',
      'Each year each side accused the other of breaking the ceasefire. The ceasefire of 1994 finally',
    ),
    expected: 'each side accused the other of having broken the ceasefire',
    how: 'fuzzy',
  },
  {
    edit: 'the quote and the words around it edited, the quote unedited elsewhere',
    quote: 'each side accused the other of breaking the ceasefire',
    text: replaced(
      'across the trenches, and each side accused the other of breaking the ceasefire; a small',
      'across the line, and each side accused the other of having broken the ceasefire. A small',
    ).replace(
      'The ceasefire of 1994 finally',
      'Each year each side accused the other of breaking the ceasefire. The ceasefire of 1994 finally',
    ),
    expected: 'each side accused the other of having broken the ceasefire',
    how: 'fuzzy',
  },
  {
    edit: 'its paragraph removed',
    quote: 'a small team of OSCE monitors could check only a few points of the line at a time',
    text: paragraphs((ps) => ps.filter((_, i) => i !== 3)),
    expected: null,
  },
  {
    edit: 'its paragraph removed, a sentence of the same shape with other figures kept',
    quote: 'In one month of 2015 the monitors were told of some 3,000 shots fired across the line',
    text: paragraphs((ps) => ps.filter((_, i) => i !== 3)),
    expected: null,
  },
  {
    edit: 'its paragraph rewritten entirely',
    quote: 'the Basic Principles first presented in Madrid in 2007',
    text: paragraphs((ps) =>
      ps.map((p, i) =>
        i === 2
          ? 'Talks on a settlement went on for years under international mediation without result: neither side would accept what the other saw as the minimum.'
          : p,
      ),
    ),
    expected: null,
  },
  {
    edit: 'a short quote removed while a near spelling stays elsewhere',
    quote: 'Russian peacekeepers',
    text: replaced(' and the deployment of Russian peacekeepers', '').replace(
      'with Russia as mediator',
      'with Russia as peacemaker',
    ),
    expected: null,
  },
];

describe('re-anchoring a highlight in an edited article', () => {
  it.each(rows)('$edit', ({ quote, text, expected, how, last }) => {
    const anchor = highlight(quote);
    const found = locateAnchor(text, anchor);
    if (expected === null) {
      expect(found).toEqual({ how: 'detached' });
      expect(resolveAnchor(text, anchor)).toBeNull();
      return;
    }
    const start = last ? text.lastIndexOf(expected) : text.indexOf(expected);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(found).toMatchObject({ how, start, end: start + expected.length });
    expect(resolveAnchor(text, anchor)).toEqual({ start, end: start + expected.length });
  });

  it('reports how alike an edited passage is to the quote', () => {
    const anchor = highlight('the two armies faced each other acros a line of contact');
    const found = locateAnchor(replaced('other acros a', 'other across a'), anchor);
    expect(found).toMatchObject({ how: 'fuzzy' });
    expect(found.how === 'fuzzy' && found.similarity).toBeCloseTo(1 - 1 / 55, 5);
  });
});

describe('remembered anchors', () => {
  it('never gives an answer kept from an older text of the article', () => {
    const cache = new AnchorCache();
    const anchor = highlight('the two armies faced each other acros a line of contact');
    const fixed = replaced('other acros a', 'other across a');
    const start = fixed.indexOf('the two armies');
    const { start: was, end: wasEnd } = anchor.position;
    expect(cache.resolve('article:x', ARTICLE, anchor)).toEqual({ start: was, end: wasEnd });
    expect(cache.resolve('article:x', fixed, anchor)).toEqual({ start, end: start + 56 });
    expect(cache.resolve('article:x', fixed, anchor)).toEqual({ start, end: start + 56 });
    expect(
      cache.resolve(
        'article:x',
        paragraphs((ps) => ps.filter((_, i) => i !== 1)),
        anchor,
      ),
    ).toBeNull();
  });
});
