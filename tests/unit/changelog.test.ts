// CHANGELOG.md keeps step with package.json: its newest release is the version we ship.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/paths';

const changelog = readFileSync(resolve(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
const { version } = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};
const releases = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\] - (\d{4}-\d{2}-\d{2})$/gm)];

describe('CHANGELOG.md', () => {
  it('has the package.json version as its newest release', () => {
    expect(releases[0]?.[1]).toBe(version);
  });

  it('keeps an Unreleased section above the releases', () => {
    expect(changelog.indexOf('## [Unreleased]')).toBeGreaterThan(-1);
    expect(changelog.indexOf('## [Unreleased]')).toBeLessThan(releases[0]!.index);
  });

  it('says what each release added, changed or fixed', () => {
    for (const [i, release] of releases.entries()) {
      const end = releases[i + 1]?.index ?? changelog.length;
      const body = changelog.slice(release.index, end);
      expect(body, release[1]).toMatch(/^### (Added|Changed|Deprecated|Removed|Fixed|Security)$/m);
    }
  });
});
