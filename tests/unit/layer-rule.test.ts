import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rule', () => {
  it('keeps renderer/db free of Electron, Node, React and the screens', async () => {
    expect(
      await restricted(
        'renderer/db/probe.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted(
        'renderer/db/probe.ts',
        "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted(
        'renderer/db/probe.ts',
        "import { useState } from 'react';\nexport const a = useState;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted(
        'renderer/db/probe.ts',
        "import { App } from '../app/App';\nimport { X } from '../features/x';\nexport const a = [App, X];\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted(
        'renderer/db/probe.ts',
        "import { all } from './sql';\nexport const a = all;\n",
      ),
    ).toEqual([]);
  });

  it('lets screens reach data only through the db client and the shell only through platform', async () => {
    const file = 'renderer/features/probe/Probe.tsx';
    expect(
      await restricted(file, "import initSqlJs from 'sql.js';\nexport const a = initSqlJs;\n"),
    ).toHaveLength(1);
    expect(
      await restricted(
        file,
        "import { Library } from '../../db/library';\nexport const a = Library;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted(
        file,
        "import type { ShellApi } from '../../../electron/shell-api';\nexport type A = ShellApi;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted(
        file,
        "import type { DbClient } from '../../db/client';\nimport type { Article } from '../../db/types';\nimport type { ShellApi } from '../../platform';\nexport type A = [DbClient, Article, ShellApi];\n",
      ),
    ).toEqual([]);
  });

  it('keeps the preload to the contract and Electron', async () => {
    const file = 'electron/preload/probe.ts';
    expect(
      await restricted(
        file,
        "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted(file, "import { x } from '../main/ipc';\nexport const a = x;\n"),
    ).toHaveLength(1);
    expect(
      await restricted(
        file,
        "import { CHANNELS } from '../shell-api';\nexport const a = CHANNELS;\n",
      ),
    ).toEqual([]);
  });
});
