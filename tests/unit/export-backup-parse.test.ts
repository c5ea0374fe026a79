import { describe, expect, it } from 'vitest';
import {
  buildBackup,
  parseBackup,
  serializeBackup,
  type Backup,
  type BackupContents,
} from '../../renderer/db/export/backup';

const T = '2024-03-01T10:00:00.000Z';

const sample: BackupContents = {
  bookmarks: [
    {
      id: 4,
      targetId: 'article:lachin-corridor',
      position: '',
      label: 'read',
      tags: ['a'],
      createdAt: T,
    },
  ],
  notes: [
    {
      id: 2,
      targetId: 'event:2023-09-19-offensive',
      body: 'note "text"\n',
      createdAt: T,
      updatedAt: T,
    },
  ],
  highlights: [
    {
      id: 9,
      targetId: 'article:lachin-corridor',
      colour: 'pink',
      note: '',
      anchor: {
        quote: { type: 'TextQuoteSelector', exact: 'corridor', prefix: 'the ', suffix: ' was' },
        position: { type: 'TextPositionSelector', start: 4, end: 12 },
      },
      createdAt: T,
      updatedAt: T,
    },
  ],
  progress: [{ targetId: 'article:lachin-corridor', fraction: 0.5, updatedAt: T }],
  settings: [{ key: 'theme', value: 'dark' }],
  imported: [
    {
      id: 'imported:ab12',
      title: 'A story',
      author: null,
      published: '2023-01-01',
      sourceUrl: 'https://news.example/story',
      fileName: 'story.html',
      format: 'html',
      contentHash: 'ab12',
      html: '<p>Text</p>',
      text: 'Text',
      words: 1,
      importedAt: T,
      updatedAt: T,
    },
  ],
};

const backup = (): Backup =>
  buildBackup(sample, { createdAt: T, userDbVersion: 2, appVersion: '0.1.0' });
const json = () => JSON.parse(serializeBackup(backup())) as Record<string, unknown>;
const message = (result: ReturnType<typeof parseBackup>) => (result.ok ? '' : result.message);

describe('backup file', () => {
  it('reads back what it wrote, from text or from bytes, without row ids', () => {
    const text = serializeBackup(backup());
    const fromText = parseBackup(text);
    expect(fromText).toEqual({ ok: true, backup: backup() });
    expect(parseBackup(new TextEncoder().encode(text))).toEqual(fromText);
    expect(text).not.toContain('"id":4');
    expect(backup().bookmarks[0]).not.toHaveProperty('id');
  });

  it('ignores and drops fields it does not know', () => {
    const value: Record<string, unknown> = { ...json(), futureField: [1, 2, 3] };
    (value.notes as Record<string, unknown>[])[0]!.mood = 'happy';
    const result = parseBackup(JSON.stringify(value));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup).not.toHaveProperty('futureField');
    expect(result.backup.notes[0]).not.toHaveProperty('mood');
  });

  it('refuses a backup from a newer version and says to update', () => {
    expect(message(parseBackup(JSON.stringify({ ...json(), version: 2 })))).toMatch(
      /newer version of Karabakh Reader.*backup version 2.*Update the app/,
    );
  });

  it('refuses other JSON as not a backup', () => {
    expect(message(parseBackup('{"format":"karabakh-reader-bookmarks","version":1}'))).toBe(
      'This file is not a Karabakh Reader backup.',
    );
    expect(message(parseBackup('[]'))).toBe('This file is not a Karabakh Reader backup.');
    expect(message(parseBackup('null'))).toBe('This file is not a Karabakh Reader backup.');
  });

  it('says where a damaged backup is wrong', () => {
    const value = json();
    (value.highlights as Record<string, unknown>[])[0]!.colour = 'purple';
    expect(message(parseBackup(JSON.stringify(value)))).toMatch(/damaged.*highlights\[0\]\.colour/);
  });

  it.each([
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['truncated JSON', serializeBackup(backup()).slice(0, 200)],
    ['an empty file', ''],
    ['deep nesting', '['.repeat(200_000) + ']'.repeat(200_000)],
    [
      'deep nesting inside a backup',
      JSON.stringify({ ...json(), bookmarks: [] }).replace(
        '"bookmarks":[]',
        `"bookmarks":${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      ),
    ],
    [
      'a 10,000-character id',
      JSON.stringify({
        ...json(),
        progress: [{ targetId: `article:${'x'.repeat(10_000)}`, fraction: 0.5, updatedAt: T }],
      }),
    ],
    [
      'an id of another kind',
      JSON.stringify({
        ...json(),
        progress: [{ targetId: 'javascript:alert(1)', fraction: 0.5, updatedAt: T }],
      }),
    ],
    [
      'a fraction out of range',
      JSON.stringify({
        ...json(),
        progress: [{ targetId: 'article:x', fraction: 3, updatedAt: T }],
      }),
    ],
    [
      'too many settings',
      JSON.stringify({
        ...json(),
        settings: Array.from({ length: 1001 }, (_, i) => ({ key: `k${i}`, value: '' })),
      }),
    ],
    ['a string where a list belongs', JSON.stringify({ ...json(), notes: 'many' })],
  ])('rejects %s with a message and does not throw', (_name, input) => {
    const result = parseBackup(input);
    expect(result.ok).toBe(false);
    expect(message(result).length).toBeGreaterThan(10);
  });

  it('is not polluted by __proto__ or constructor keys', () => {
    const text = serializeBackup(backup())
      .replace(
        '{"format"',
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"',
      )
      .replace('"targetId":"event:', '"__proto__":{"isAdmin":true},"targetId":"event:');
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.backup)).toBe(Object.prototype);
    expect((result.backup as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect((result.backup.notes[0] as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a file over the size limit before reading it', () => {
    const huge = { byteLength: 300 * 1024 * 1024 } as Uint8Array;
    expect(message(parseBackup(huge))).toMatch(/too large/);
  });
});

describe('backup tags', () => {
  it('tidies tags the way the app stores them', () => {
    const value = JSON.parse(serializeBackup(backup())) as Backup;
    value.bookmarks[0]!.tags = ['To Read', ' to read ', 'UN'];
    const result = parseBackup(JSON.stringify(value));
    expect(result.ok && result.backup.bookmarks[0]!.tags).toEqual(['to-read', 'un']);
  });
});
