import { describe, expect, it } from 'vitest';
import { formatCitation, formatSourceDate } from '../../renderer/features/reader/citation';

describe('copy citation', () => {
  it('gives publisher, quoted title, date and URL', () => {
    expect(
      formatCitation({
        publisher: 'PA-X Peace Agreements Database, University of Edinburgh',
        title: 'Bishkek Protocol (text of 5 May 1994)',
        date: '1994-05-05',
        url: 'https://pax.peaceagreements.org/agreements/310',
      }),
    ).toBe(
      'PA-X Peace Agreements Database, University of Edinburgh, “Bishkek Protocol (text of 5 May 1994)”, 5 May 1994. https://pax.peaceagreements.org/agreements/310',
    );
  });

  it('leaves out the URL when there is none', () => {
    expect(
      formatCitation({
        publisher: 'NYU Press',
        title: 'Thomas de Waal, Black Garden',
        date: '2013',
        url: null,
      }),
    ).toBe('NYU Press, “Thomas de Waal, Black Garden”, 2013.');
  });

  it('leaves out the date when there is none, without a stray comma', () => {
    expect(
      formatCitation({ publisher: 'Human Rights Watch', title: 'Report', date: null, url: null }),
    ).toBe('Human Rights Watch, “Report”.');
    expect(
      formatCitation({ publisher: ' Human Rights Watch ', title: ' Report ', date: '  ', url: '' }),
    ).toBe('Human Rights Watch, “Report”.');
  });

  it('writes dates as people do, to the precision the library knows', () => {
    expect(formatSourceDate('2020-12-22')).toBe('22 December 2020');
    expect(formatSourceDate('1994-12')).toBe('December 1994');
    expect(formatSourceDate('1926')).toBe('1926');
  });

  it('shows a date it cannot read as it is rather than guessing', () => {
    expect(formatSourceDate('1994-13')).toBe('1994-13');
    expect(formatSourceDate('1994-02-00')).toBe('1994-02-00');
    expect(formatSourceDate('spring 1994')).toBe('spring 1994');
  });
});
