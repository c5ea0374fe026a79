import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../scripts/cli/args';

describe('the CLI command line', () => {
  it('keeps words with one leading dash in the query, so a place can be left out of a search', () => {
    expect(
      parseCommandLine(['search', 'Shusha', '-Stepanakert', '--limit', '3', '--json']),
    ).toEqual({
      command: 'search',
      positional: ['Shusha', '-Stepanakert'],
      flags: { limit: '3', json: true },
    });
  });

  it('reads --name=value and --name value alike', () => {
    expect(parseCommandLine(['events', '--from=2020', '--to', '2021']).flags).toEqual({
      from: '2020',
      to: '2021',
    });
  });

  it('names the option that is unknown, missing its value or given one it does not take', () => {
    expect(() => parseCommandLine(['stats', '--colour'])).toThrow('Unknown option --colour.');
    expect(() => parseCommandLine(['stats', '--constructor'])).toThrow(
      'Unknown option --constructor.',
    );
    expect(() => parseCommandLine(['search', 'x', '--limit'])).toThrow('--limit needs a value.');
    expect(() => parseCommandLine(['search', 'x', '--type', '--json'])).toThrow(
      '--type needs a value.',
    );
    expect(() => parseCommandLine(['stats', '--json=yes'])).toThrow('--json takes no value.');
  });
});
