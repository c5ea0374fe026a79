// The shape every command over an open library has, so the entry point can dispatch by name.
import type { Library } from '../../../renderer/db/library';
import type { Flags } from '../args';
import type { CliIo } from '../output';

/** Runs one command and returns its exit code; a UsageError means the arguments were wrong. */
export type LibraryCommand = (
  library: Library,
  positional: string[],
  flags: Flags,
  io: CliIo,
) => number;
