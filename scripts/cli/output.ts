// Where the CLI writes, and the one rule for what it writes: JSON with --json, else text.
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Prints `value` as JSON, or the text `text()` makes of it. */
export function printer(io: CliIo, json: boolean) {
  return (value: unknown, text: () => string): void =>
    io.out(json ? JSON.stringify(value, null, 2) : text());
}
