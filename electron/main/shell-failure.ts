// How failures become data. Handlers throw ShellFailure when they know what went wrong;
// anything else (a file system error, a bug) is turned here into a ShellError a person can
// read, so no stack trace or internal detail ever crosses the bridge.
import type { ShellError, ShellErrorCode } from '../shell-api';

export class ShellFailure extends Error {
  readonly code: ShellErrorCode;

  /** `cause` keeps the original error for the main-process log; it never crosses the bridge. */
  constructor(code: ShellErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ShellFailure';
    this.code = code;
  }
}

const FS_MESSAGES: Record<string, string> = {
  ENOENT: 'The file or folder does not exist.',
  EACCES: 'Permission was denied by the operating system.',
  EPERM: 'The operating system did not allow this operation.',
  EROFS: 'The disk is read-only.',
  ENOSPC: 'The disk is full.',
  EDQUOT: 'The disk quota is used up.',
  EISDIR: 'A folder is in the way where a file was expected.',
  ENOTDIR: 'A file is in the way where a folder was expected.',
  EEXIST: 'Something is already in the way where a file or folder was to be created.',
  EMFILE: 'Too many files are open at once.',
  EBUSY: 'The file is in use by another program.',
  EIO: 'The disk reported a read or write error.',
};

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** A readable explanation of a file system error, or undefined when it is not one. */
export function describeFsError(error: unknown): string | undefined {
  const code = errnoCode(error);
  return code === undefined ? undefined : FS_MESSAGES[code];
}

export function toShellError(error: unknown): ShellError {
  if (error instanceof ShellFailure) return { code: error.code, message: error.message };
  const fsMessage = describeFsError(error);
  if (fsMessage !== undefined) return { code: 'io-error', message: fsMessage };
  return {
    code: 'internal',
    message: 'Something unexpected went wrong in Karabakh Reader. Please try again.',
  };
}
