import { describe, expect, it } from 'vitest';
import type { ImportedSummary } from '../../renderer/db/types';
import {
  baseName,
  progressLabel,
  readableError,
  summaryLine,
  type FileOutcome,
} from '../../renderer/services/import-outcomes';
import { fieldOfError } from '../../renderer/features/reader/imported-edit';

const article = { id: 'imported:1', title: 'A' } as ImportedSummary;
const added: FileOutcome = { status: 'added', fileName: 'a.html', article };
const duplicate: FileOutcome = { status: 'duplicate', fileName: 'b.html', article };
const failed: FileOutcome = { status: 'failed', fileName: 'c.html', message: 'No.' };

describe('import screen wording', () => {
  it('counts each kind of outcome and leaves out what did not happen', () => {
    expect(summaryLine([added, added, duplicate, failed])).toBe(
      '2 imported, 1 already there, 1 could not be imported',
    );
    expect(summaryLine([duplicate])).toBe('1 already there');
    expect(summaryLine([])).toBe('Nothing imported');
  });

  it('names the file being imported and its place in the batch', () => {
    expect(progressLabel(2, 12, 'name.html')).toBe('Importing 3 of 12: name.html');
    expect(progressLabel(12, 12, null)).toBe('Imported 12 of 12 files');
  });

  it('shows a file by its own name, without folders', () => {
    expect(baseName('C:\\Users\\me\\page.html')).toBe('page.html');
    expect(baseName('/home/me/notes.md')).toBe('notes.md');
  });

  it('gives library errors as plain sentences', () => {
    expect(readableError(new Error('UserInputError: The title cannot be empty.'))).toBe(
      'The title cannot be empty.',
    );
    expect(readableError('Saving failed.')).toBe('Saving failed.');
  });
});

describe('edit details errors', () => {
  it('puts each refusal from the library next to the field it is about', () => {
    expect(fieldOfError('The title cannot be empty.')).toBe('title');
    expect(fieldOfError('"2023-13" is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.')).toBe(
      'published',
    );
    expect(
      fieldOfError('The source must be a web address starting with http:// or https://.'),
    ).toBe('sourceUrl');
    expect(fieldOfError('Importing is turned off.')).toBeNull();
  });
});
