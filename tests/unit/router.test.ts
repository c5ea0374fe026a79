import { describe, expect, it } from 'vitest';
import { hrefFor, itemHref, parseRoute } from '../../renderer/services/router';

describe('routes', () => {
  it('reads every kind of link', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute('#/article/article%3Alachin-corridor')).toEqual({
      name: 'article',
      id: 'article:lachin-corridor',
    });
    expect(parseRoute('#/article/lachin-corridor')).toEqual({
      name: 'article',
      id: 'article:lachin-corridor',
    });
    expect(parseRoute('#/event/event:2023-09-19-offensive')).toEqual({
      name: 'event',
      id: 'event:2023-09-19-offensive',
    });
    expect(parseRoute('#/search?q=%C5%9Eu%C5%9Fa%20war')).toEqual({
      name: 'search',
      query: 'Şuşa war',
    });
    expect(parseRoute('#/bookmarks')).toEqual({ name: 'bookmarks' });
    expect(parseRoute('#/import')).toEqual({ name: 'import' });
    expect(hrefFor({ name: 'import' })).toBe('#/import');
    expect(parseRoute('#/source/source%3Aunsc-1993-04-30-res-822')).toEqual({
      name: 'source',
      id: 'source:unsc-1993-04-30-res-822',
    });
    expect(parseRoute('#/place/place%3Ashusha')).toEqual({ name: 'place', id: 'place:shusha' });
    expect(parseRoute('#/place/shusha')).toEqual({ name: 'place', id: 'place:shusha' });
    expect(parseRoute('#/place/')).toEqual({ name: 'not-found', path: '/place/' });
  });

  it('treats unknown and malformed links as not found instead of failing', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(parseRoute('#/article/%E0%A4%A')).toEqual({ name: 'article', id: 'article:%E0%A4%A' });
    expect(parseRoute('#/article/a/b')).toEqual({ name: 'not-found', path: '/article/a/b' });
  });

  it('writes links that read back as the same route', () => {
    for (const route of [
      { name: 'article', id: 'article:first-war' },
      { name: 'event', id: 'event:1994-05-12-ceasefire' },
      { name: 'place', id: 'place:stepanakert' },
      { name: 'search', query: '"line of contact" & more?' },
    ] as const) {
      expect(parseRoute(hrefFor(route))).toEqual(route);
    }
    expect(itemHref('event:2020-11-10-trilateral-statement')).toBe(
      '#/event/event%3A2020-11-10-trilateral-statement',
    );
  });
});

describe('search links', () => {
  it('carry the filters, so Back, Forward and reload keep them', () => {
    expect(
      parseRoute(
        '#/search?q=Khankendi&kind=event&from=2023&to=2023-09&category=blockade&topic=lachin-corridor&place=place%3Astepanakert',
      ),
    ).toEqual({
      name: 'search',
      query: 'Khankendi',
      kind: 'event',
      from: '2023',
      to: '2023-09',
      category: 'blockade',
      topic: 'lachin-corridor',
      place: 'place:stepanakert',
    });
  });

  it('write every filter and read back the same search', () => {
    const route = {
      name: 'search',
      query: 'Şuşa "line of contact" -sniper',
      kind: 'note',
      from: '1994-05-12',
      to: '2020',
      category: 'violence-against-civilians',
      topic: 'first-war',
      place: 'place:shusha',
    } as const;
    const href = hrefFor(route);
    expect(href).toBe(
      '#/search?q=%C5%9Eu%C5%9Fa%20%22line%20of%20contact%22%20-sniper&kind=note&from=1994-05-12&to=2020&category=violence-against-civilians&topic=first-war&place=place%3Ashusha',
    );
    expect(parseRoute(href)).toEqual(route);
  });

  it('leave out the filters not chosen', () => {
    expect(hrefFor({ name: 'search', query: 'war', topic: 'first-war' })).toBe(
      '#/search?q=war&topic=first-war',
    );
    expect(hrefFor({ name: 'search', query: '' })).toBe('#/search?q=');
    expect(parseRoute('#/search?q=war&from=&place=')).toEqual({ name: 'search', query: 'war' });
    expect(parseRoute('#/search')).toEqual({ name: 'search', query: '' });
  });

  it('ignore an unknown kind and values too long to be from the app', () => {
    expect(parseRoute(`#/search?q=war&kind=video&topic=${'x'.repeat(500)}`)).toEqual({
      name: 'search',
      query: 'war',
    });
  });

  it('keep the words when a filter value looks like a query', () => {
    const route = parseRoute('#/search?q=a%26b%3Dc&category=x%26q%3Dy');
    expect(route).toEqual({ name: 'search', query: 'a&b=c', category: 'x&q=y' });
  });
});

describe('map links', () => {
  it('carry the day the map shows events up to', () => {
    expect(parseRoute('#/map')).toEqual({ name: 'map' });
    expect(parseRoute('#/map?until=1994-05-12')).toEqual({ name: 'map', until: '1994-05-12' });
    expect(hrefFor({ name: 'map', until: '1994-05-12' })).toBe('#/map?until=1994-05-12');
    expect(hrefFor({ name: 'map' })).toBe('#/map');
  });

  it('ignore an until that is not a calendar day', () => {
    expect(parseRoute('#/map?until=1994')).toEqual({ name: 'map' });
    expect(parseRoute('#/map?until=<script>')).toEqual({ name: 'map' });
  });
});
