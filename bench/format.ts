// Numbers and tables as docs/BENCHMARKS.md writes them, shared by every section so a figure
// reads the same in each.

/** Milliseconds: whole above 10, one decimal below, two below 1; '–' when not measured. */
export function ms(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  if (n < 1) return n.toFixed(2);
  if (n < 10) return n.toFixed(1);
  return Math.round(n).toLocaleString('en');
}

/** Megabytes (10^6 bytes), two decimals below 10 MB. */
export function mb(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined ? '–' : (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1);
}

/** a / b as "1.23×"; '–' when either is missing or b is 0. */
export function ratio(a: number | null | undefined, b: number | null | undefined): string {
  return a === null || a === undefined || !b || !Number.isFinite(a / b)
    ? '–'
    : `${(a / b).toFixed(2)}×`;
}

export function count(n: number): string {
  return n.toLocaleString('en');
}

export function seconds(msValue: number): string {
  return (msValue / 1000).toFixed(msValue < 10_000 ? 2 : 1);
}

/** A share of 1 as a percentage with one decimal. */
export function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A Markdown table; the first column left-aligned and the rest right unless `align` says. */
export function table(head: string[], rows: string[][], align?: ('l' | 'r')[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = head.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'));
  return [line(head), line(rule), ...rows.map(line)].join('\n');
}
