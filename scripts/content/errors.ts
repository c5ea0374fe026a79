// Validation problems, each naming the file, the item and field, and what is wrong.

export interface ContentProblem {
  file: string;
  item?: string;
  field?: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  const where = [p.item, p.field].filter(Boolean).join(' › ');
  return `${p.file}: ${where ? where + ': ' : ''}${p.message}`;
}

export class ContentValidationError extends Error {
  override name = 'ContentValidationError';
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
  }
}
