import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixtureDbFile } from '../helpers/cli';

let dbPath = '';

beforeAll(async () => {
  dbPath = await fixtureDbFile('kr-cli-');
});

describe('cli', () => {
  it('prints counts as JSON', async () => {
    const { code, out } = await cli('stats', '--json', '--db', dbPath);
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(stats).toMatchObject({ articles: 1, events: 3, places: 3, sources: 2 });
    expect(stats.meta.contentVersion).toBe('2026.1.0');
  });

  it('searches with id, type, title, snippet and score, filtered by type', async () => {
    const { code, out } = await cli(
      'search',
      'kalbajar',
      '--type',
      'event',
      '--limit',
      '5',
      '--json',
      '--db',
      dbPath,
    );
    expect(code).toBe(0);
    const results = JSON.parse(out) as { hits: Record<string, unknown>[]; total: number };
    const hits = results.hits;
    expect(hits.length).toBe(2);
    expect(results.total).toBe(2);
    for (const hit of hits) {
      expect(Object.keys(hit).sort()).toEqual([
        'date',
        'id',
        'kind',
        'matchedName',
        'score',
        'snippet',
        'targetId',
        'title',
      ]);
      expect(hit.kind).toBe('event');
    }
    expect(hits[0]!.snippet).toMatch(/\[Kalbajar\]/);
  });

  it('lists events in a date range with every field of the data model', async () => {
    const { code, out } = await cli(
      'events',
      '--from',
      '1993-04-10',
      '--to',
      '2020-12-31',
      '--json',
      '--db',
      dbPath,
    );
    expect(code).toBe(0);
    const events = JSON.parse(out);
    expect(events.map((e: { id: string }) => e.id)).toEqual([
      'event:1993-04-30-unsc-822',
      'event:2020-11-10-trilateral-statement',
    ]);
    expect(Object.keys(events[0]).sort()).toEqual(
      [
        'actors',
        'casualties',
        'category',
        'corrections',
        'dateEnd',
        'datePrecision',
        'dateStart',
        'displayDate',
        'id',
        'place',
        'relatedArticles',
        'reviewed',
        'sources',
        'summary',
        'summaryHtml',
        'tags',
        'title',
        'updated',
      ].sort(),
    );
  });

  it('prints an article as readable text, or as JSON', async () => {
    const text = await cli('article', 'article:test-war', '--db', dbPath);
    expect(text.code).toBe(0);
    expect(text.out).toContain('The war in the mountains');
    expect(text.out).toContain('In April 1993 the fighting reached Kalbajar');
    expect(text.out).toContain('1. United Nations Security Council, "Resolution 822 (1993)"');
    const json = await cli('article', 'test-war', '--json', '--db', dbPath);
    expect(JSON.parse(json.out).id).toBe('article:test-war');
    const missing = await cli('article', 'article:nope', '--db', dbPath);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('No article with id article:nope');
  });

  it('prints usage and fails on unknown commands and bad arguments', async () => {
    for (const args of [
      ['frobnicate'],
      [],
      ['search'],
      ['search', 'x', '--type', 'video'],
      ['search', 'x', '--limit', 'many'],
      ['events', '--from', 'yesterday'],
      ['events', '--from', '2020-01-01', '--to', '1990-01-01'],
      ['stats', '--colour'],
      ['article'],
    ]) {
      const { code, err } = await cli(...args, '--db', dbPath);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toContain('Usage: npm run --silent cli -- <command>');
    }
  });

  it('says which file it could not read', async () => {
    const { code, err } = await cli('stats', '--db', '/nonexistent/reader.db');
    expect(code).toBe(1);
    expect(err).toContain('Cannot read the library file /nonexistent/reader.db');
  });

  // Starts npm and may build the whole library first: well over 30 s on a loaded machine.
  it('runs as npm run cli against the bundled library', { timeout: 180_000 }, () => {
    const root = resolve(import.meta.dirname, '../..');
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'stats', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const stats = JSON.parse(out);
    expect(stats.articles).toBeGreaterThanOrEqual(5);
    expect(stats.events).toBeGreaterThanOrEqual(30);
    const bad = spawnSync('npm', ['run', '--silent', 'cli', '--', 'nonsense'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('Usage:');
  });
});
