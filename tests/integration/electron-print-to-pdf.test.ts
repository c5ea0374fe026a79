import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallerPage } from '../../electron/main/ipc';
import { createPdfPrinter } from '../../electron/main/print-to-pdf';
import { ShellFailure } from '../../electron/main/shell-failure';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-print-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');

/** The page that asked to be printed, answering with chosen bytes or a chosen failure. */
function page(answer: Uint8Array | Error = PDF) {
  const asked: PrintToPDFOptions[] = [];
  const printable: CallerPage = {
    printToPDF: async (options) => {
      asked.push(options);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { printable, asked };
}

/** The native save dialog, answering as chosen in advance. */
function saveDialog(answer: { canceled: boolean; filePath?: string }) {
  const asked: SaveDialogOptions[] = [];
  const printer = createPdfPrinter({
    exportFolder: dir,
    showSaveDialog: async (options) => {
      asked.push(options);
      return answer;
    },
  });
  return { printer, asked };
}

describe('saving the current view as a PDF', () => {
  it('writes the bytes the page printed to the file the person chose', async () => {
    const target = join(dir, 'my-timeline.pdf');
    const { printer } = saveDialog({ canceled: false, filePath: target });
    const result = await printer({ suggestedName: 'timeline.pdf' }, page().printable);
    expect(result).toEqual({ savedTo: target });
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
  });

  it('prints on A4 without screen backgrounds, so the print styles set the layout', async () => {
    const { printer } = saveDialog({ canceled: false, filePath: join(dir, 't.pdf') });
    const { printable, asked } = page();
    await printer({ suggestedName: 't.pdf' }, printable);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ pageSize: 'A4', printBackground: false });
    const margins = asked[0]?.margins ?? {};
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      expect(margins[side]).toBeGreaterThan(0.2);
      expect(margins[side]).toBeLessThan(1.2);
    }
  });

  it('suggests the name in the export folder and offers only PDF files', async () => {
    const { printer, asked } = saveDialog({ canceled: true });
    await printer({ suggestedName: 'Timeline 1988–1994.pdf' }, page().printable);
    expect(asked[0]).toMatchObject({
      defaultPath: join(dir, 'Timeline 1988–1994.pdf'),
      filters: [{ extensions: ['pdf'] }],
    });
  });

  it('replaces an existing file completely and leaves no temporary file', async () => {
    const target = join(dir, 'timeline.pdf');
    await writeFile(target, 'an older and much longer PDF than the one printed now');
    const { printer } = saveDialog({ canceled: false, filePath: target });
    await printer({ suggestedName: 'timeline.pdf' }, page().printable);
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
    expect(await readdir(dir)).toEqual(['timeline.pdf']);
  });

  it.each([
    ['cancels', { canceled: true, filePath: '' }],
    ['closes the dialog without a path', { canceled: false }],
  ])('writes nothing and answers null when the person %s', async (_what, answer) => {
    const { printer } = saveDialog(answer);
    expect(await printer({ suggestedName: 'timeline.pdf' }, page().printable)).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('when the page cannot be printed, says so, asks nothing and writes nothing', async () => {
    const { printer, asked } = saveDialog({ canceled: false, filePath: join(dir, 't.pdf') });
    const failure = printer(
      { suggestedName: 't.pdf' },
      page(new Error('Failed to generate PDF')).printable,
    );
    await expect(failure).rejects.toBeInstanceOf(ShellFailure);
    await expect(failure).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/could not be turned into a PDF, so nothing was saved/),
    });
    expect(asked).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('when the file cannot be written, gives the reason and leaves nothing behind', async () => {
    const target = join(dir, 'gone', 'timeline.pdf');
    const { printer } = saveDialog({ canceled: false, filePath: target });
    await expect(
      printer({ suggestedName: 'timeline.pdf' }, page().printable),
    ).rejects.toMatchObject({
      code: 'io-error',
      message: 'The PDF could not be saved as “timeline.pdf”. The file or folder does not exist.',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
