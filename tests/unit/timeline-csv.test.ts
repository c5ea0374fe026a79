// The timeline's CSV export: columns, RFC 4180 quoting, and the view's state in the link.
import { describe, expect, it } from 'vitest';
import { csvField, timelineCsv, type CsvEvent } from '../../renderer/features/timeline/timelineCsv';
import { spanLabel } from '../../renderer/features/timeline/ranges';
import { parseTimelineView, timelineViewHref } from '../../renderer/features/timeline/viewState';

const event = (over: Partial<CsvEvent>): CsvEvent => ({
  id: 'event:x',
  dateStart: '1992-05-17',
  dateEnd: null,
  datePrecision: 'day',
  displayDate: '17 May 1992',
  title: 'Title',
  category: 'military',
  place: null,
  actors: [],
  sourceCount: 0,
  ...over,
});

describe('timeline CSV', () => {
  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('the "corridor"')).toBe('"the ""corridor"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes a header and one CRLF-ended row per event', () => {
    const csv = timelineCsv([
      event({
        id: 'event:lachin',
        dateEnd: '1992-05-18',
        displayDate: '17–18 May 1992',
        title: 'Capture of Lachin, "the corridor"',
        actors: ['armenia', 'azerbaijan'],
        sourceCount: 2,
      }),
    ]);
    expect(csv).toBe(
      'id,date_start,date_end,precision,display_date,title,category,place,actors,sources\r\n' +
        'event:lachin,1992-05-17,1992-05-18,day,17–18 May 1992,"Capture of Lachin, ""the corridor""",military,,armenia; azerbaijan,2\r\n',
    );
  });

  it('labels how long a ranged event lasts', () => {
    expect(spanLabel(event({}))).toBeNull();
    expect(spanLabel(event({ dateEnd: '1992-05-18' }))).toBe('2 days');
    expect(spanLabel(event({ dateStart: '2022-12-12', dateEnd: '2023-09-19' }))).toBe('9 months');
    expect(spanLabel(event({ dateStart: '1992', dateEnd: '1994' }))).toBe('Range');
  });

  it('keeps zoom and filters in the link, dropping defaults and unknown values', () => {
    const view = parseTimelineView('#/timeline?zoom=year&category=military&bogus=1');
    expect(view).toEqual({ zoom: 'year', filters: { category: 'military' } });
    expect(timelineViewHref(view)).toBe('#/timeline?zoom=year&category=military');
    expect(parseTimelineView('#/timeline?zoom=week')).toEqual({ zoom: 'decade', filters: {} });
    expect(timelineViewHref({ zoom: 'decade', filters: {} })).toBe('#/timeline');
    // The selected event travels too; anything that is not an event id is dropped.
    const at = parseTimelineView('#/timeline?zoom=year&at=event%3A2020-11-08-shusha');
    expect(at).toEqual({ zoom: 'year', filters: {}, at: 'event:2020-11-08-shusha' });
    expect(timelineViewHref(at)).toBe('#/timeline?zoom=year&at=event%3A2020-11-08-shusha');
    expect(parseTimelineView('#/timeline?at=article%3Afirst-war').at).toBeUndefined();
  });
});
