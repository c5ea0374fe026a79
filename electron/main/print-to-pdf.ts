// Saving the current view as a PDF: the calling page is printed by Chromium (so its
// `@media print` styles decide the layout), then the person chooses where the file goes
// and it is written atomically, like an export. The page and the dialog are passed in, so
// this runs and is tested in plain Node.
import { basename, join } from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import type { ExportResult, PrintRequest } from '../shell-api';
import { writeAtomic } from './atomic-write';
import type { DialogDeps } from './dialogs';
import type { CallerPage } from './ipc';
import { describeFsError, ShellFailure } from './shell-failure';

/** A4 with margins of about 15 mm; backgrounds off, so screen colours do not waste ink. */
export const PDF_OPTIONS: PrintToPDFOptions = {
  printBackground: false,
  pageSize: 'A4',
  margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 },
};

export type PdfPrinterDeps = Pick<DialogDeps, 'showSaveDialog' | 'exportFolder'>;

/** Prints the page, asks where to save, writes the PDF; null when the person cancels. */
export function createPdfPrinter(deps: PdfPrinterDeps) {
  return async (request: PrintRequest, page: CallerPage): Promise<ExportResult> => {
    // Printed before the dialog opens, so a page that cannot be printed does not first
    // make the person choose a place for a file that will never come.
    let pdf: Uint8Array;
    try {
      pdf = await page.printToPDF(PDF_OPTIONS);
    } catch (error) {
      throw new ShellFailure(
        'internal',
        'This page could not be turned into a PDF, so nothing was saved. Please try again.',
        { cause: error },
      );
    }

    const result = await deps.showSaveDialog({
      title: 'Save as PDF',
      defaultPath: join(deps.exportFolder, request.suggestedName),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    if (result.canceled || result.filePath === undefined || result.filePath === '') return null;

    try {
      await writeAtomic(result.filePath, pdf);
    } catch (error) {
      const why = describeFsError(error) ?? 'The file could not be written.';
      throw new ShellFailure(
        'io-error',
        `The PDF could not be saved as “${basename(result.filePath)}”. ${why}`,
        { cause: error },
      );
    }
    return { savedTo: result.filePath };
  };
}
