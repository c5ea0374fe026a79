// npm run build:pack on real content: the bundled library packed and verified (so npm test
// always proves the current library makes a valid pack), the refusal to build without a key,
// and the counts of what changed since a previous library.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runBuildPack } from '../../scripts/pack/run-build-pack';
import { CONTENT_ROOT } from '../../scripts/paths';
import { copyFixtureContent, FIXTURE_RULES, tempDir } from '../helpers/fixture';
import { fixturePack, TEST_KEY, TEST_KEY_PEM_FILE, verifyAsApp } from '../helpers/pack';

async function buildPack(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const code = await runBuildPack(
    args,
    { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') },
    env,
    FIXTURE_RULES,
  );
  return { code, out, err };
}

describe('npm run build:pack', () => {
  it('packs the bundled library into a pack that verifies', async () => {
    const out = join(tempDir('kr-build-pack-'), 'library.krpack');
    const result = await buildPack(['--key', TEST_KEY_PEM_FILE, '--out', out]);
    expect(result.err).toContain(`Key ${TEST_KEY.id} is not in the app's trust list`);
    expect(result.code).toBe(0);
    const corpus = parse(readFileSync(join(CONTENT_ROOT, 'corpus.yaml'), 'utf8')) as {
      content_version: string;
    };
    expect(result.out).toContain(`Library ${corpus.content_version}, content schema`);
    const verdict = await verifyAsApp(readFileSync(out), { fileName: 'library.krpack' });
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.manifest.contentVersion).toBe(corpus.content_version);
    expect(verdict.manifest.minAppVersion).toBe(
      JSON.parse(readFileSync(join(CONTENT_ROOT, '../../package.json'), 'utf8')).version,
    );
    expect(verdict.library.length).toBeGreaterThan(1_000_000);
  }, 180_000);

  it('takes the key from KR_PACK_SIGNING_KEY and refuses to build without one', async () => {
    const dir = tempDir('kr-build-pack-');
    const content = copyFixtureContent();
    const none = await buildPack(['--content', content, '--out', join(dir, 'a.krpack')]);
    expect(none.code).toBe(1);
    expect(none.err).toBe(
      'No signing key: set KR_PACK_SIGNING_KEY to the private key (PEM text) or pass --key FILE. No pack was built.\n',
    );
    const pem = readFileSync(TEST_KEY_PEM_FILE, 'utf8');
    const signed = await buildPack(['--content', content, '--out', join(dir, 'b.krpack')], {
      KR_PACK_SIGNING_KEY: pem,
    });
    expect(signed.code).toBe(0);
    expect(signed.out).toContain(`Signed with key ${TEST_KEY.id}.`);
    expect((await verifyAsApp(readFileSync(join(dir, 'b.krpack')))).ok).toBe(true);
  }, 60_000);

  it('counts the items added, changed and removed and the new corrections since a previous pack', async () => {
    const dir = tempDir('kr-build-pack-');
    const previous = join(dir, 'karabakh-library-2026.1.0.krpack');
    writeFileSync(previous, (await fixturePack()).bytes);

    const content = copyFixtureContent();
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));
    edit('corpus.yaml', (t) =>
      t
        .replace('2026.1.0', '2026.2.0')
        .replace('last_reviewed: 2026-01-31', 'last_reviewed: 2026-02-01'),
    );
    // One event edited, one removed and one added in its place in the article's links.
    edit('events/test.yaml', (text) => {
      const events = parse(text) as Record<string, unknown>[];
      const kept = events.filter((e) => e.id !== 'event:1993-04-30-unsc-822');
      kept[0]!.title = 'Armenian forces capture Kalbajar';
      kept.push({
        id: 'event:1993-07-29-unsc-853',
        date_start: '1993-07-29',
        date_precision: 'day',
        title: 'Security Council adopts Resolution 853',
        summary:
          'The Council condemned the seizure of Aghdam. It demanded a withdrawal of the forces involved.',
        category: 'diplomacy',
        place: 'place:kalbajar',
        actors: ['United Nations Security Council'],
        sources: ['source:unsc-1993-04-30-res-822'],
        updated: '2026-02-01',
      });
      return stringify(kept);
    });
    edit('articles/test-war.md', (t) =>
      t
        .replace('event:1993-04-30-unsc-822,', 'event:1993-07-29-unsc-853,')
        .replace('[the resolution](event:1993-04-30-unsc-822)', 'the resolution'),
    );
    edit(
      'corrections/test.yaml',
      (t) =>
        t +
        `
- id: correction:2026-02-01-kalbajar-title
  date: 2026-02-01
  item: event:1993-04-02-kalbajar
  what: The title says "capture" instead of "take".
  why: The resolution's wording.
  sources: [source:unsc-1993-04-30-res-822]
`,
    );

    const out = join(dir, 'next.krpack');
    const result = await buildPack([
      '--content',
      content,
      '--key',
      TEST_KEY_PEM_FILE,
      '--since',
      previous,
      '--out',
      out,
    ]);
    expect(result.err).toBe(
      `Key ${TEST_KEY.id} is not in the app's trust list (renderer/db/pack/keys.ts): installed apps will refuse this pack.\n`,
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'Since 2026.1.0: 1 added, 2 changed, 1 removed, 1 new corrections.',
    );
    const verdict = await verifyAsApp(readFileSync(out), { inUseContentVersion: '2026.1.0' });
    if (!verdict.ok) throw new Error(verdict.message);
    // The article's links moved from the removed event to the new one, so it changed too.
    expect(verdict.manifest.changes).toEqual({
      since: '2026.1.0',
      added: 1,
      changed: 2,
      removed: 1,
      corrections: 1,
    });
  }, 60_000);
});
