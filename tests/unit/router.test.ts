import { describe, expect, it } from 'vitest';
import { hrefFor, itemHref, parseRoute } from '../../renderer/app/router';

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
    expect(parseRoute('#/source/source%3Aunsc-1993-04-30-res-822')).toEqual({
      name: 'source',
      id: 'source:unsc-1993-04-30-res-822',
    });
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
      { name: 'search', query: '"line of contact" & more?' },
    ] as const) {
      expect(parseRoute(hrefFor(route))).toEqual(route);
    }
    expect(itemHref('event:2020-11-10-trilateral-statement')).toBe(
      '#/event/event%3A2020-11-10-trilateral-statement',
    );
  });
});
