// The type programs each see only their process's world: the Node runtime no DOM, the page no
// Node, the portable library neither. Read from the files each tsconfig actually pulls in, so an
// import that drags jsdom (and with it the DOM) into the main process fails here.
import { readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const PROGRAMS = ['common', 'node', 'web', 'tools'] as const;
type ProgramName = (typeof PROGRAMS)[number];

// The programs share most of node_modules' types, and all extend one base config, so a file
// parsed for one program serves the others.
const parsed = new Map<string, ts.SourceFile | undefined>();

/** Every file a tsconfig's program holds (its own, the libs and the types it reaches). */
function programFiles(name: ProgramName): string[] {
  const configPath = resolve(root, `tsconfig.${name}.json`);
  const config = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`${configPath} could not be read`);
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, version, ...rest) => {
    if (!parsed.has(fileName)) parsed.set(fileName, getSourceFile(fileName, version, ...rest));
    return parsed.get(fileName);
  };
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    host,
  });
  return program.getSourceFiles().map((f) => relative(root, f.fileName).split(sep).join('/'));
}

const isDomLib = (file: string) => /typescript\/lib\/lib\.dom(\.[a-z]+)?\.d\.ts$/.test(file);
const isNodeTypes = (file: string) => file.includes('node_modules/@types/node/');
const isJsdom = (file: string) => /node_modules\/(@types\/)?jsdom\//.test(file);

const files = {} as Record<ProgramName, string[]>;

beforeAll(() => {
  for (const name of PROGRAMS) files[name] = programFiles(name);
}, 120_000);

describe('type programs', () => {
  it('check the main process and the preload without the DOM or jsdom', () => {
    expect(files.node).toContain('electron/main/index.ts');
    expect(files.node).toContain('electron/preload/index.ts');
    expect(files.node).toContain('electron/shell-api.ts');
    expect(files.node.some(isNodeTypes)).toBe(true);
    expect(files.node.filter(isDomLib)).toEqual([]);
    expect(files.node.filter(isJsdom)).toEqual([]);
    expect(files.node).not.toContain('renderer/import/env-node.ts');
  });

  it('check the page without Node', () => {
    expect(files.web).toContain('renderer/main.tsx');
    expect(files.web).toContain('renderer/platform/db-worker.ts');
    expect(files.web.some(isDomLib)).toBe(true);
    expect(files.web.filter(isNodeTypes)).toEqual([]);
    expect(files.web.filter(isJsdom)).toEqual([]);
  });

  it('check the portable library with neither the DOM nor Node', () => {
    expect(files.common).toContain('renderer/db/library.ts');
    expect(files.common.filter(isDomLib)).toEqual([]);
    expect(files.common.filter(isNodeTypes)).toEqual([]);
    expect(files.common.filter(isJsdom)).toEqual([]);
  });

  it('check every source file in at least one program', () => {
    const checked = new Set(PROGRAMS.flatMap((name) => files[name]));
    const sources = ['electron', 'renderer', 'scripts', 'tests', 'bench'].flatMap((dir) =>
      readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' })
        .map((file) => `${dir}/${file.split(sep).join('/')}`)
        .filter((file) => /\.tsx?$/.test(file) && !file.includes('node_modules/')),
    );
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter((file) => !checked.has(file))).toEqual([]);
  });
});
