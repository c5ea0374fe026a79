// Where the repository keeps its content and built files.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CONTENT_ROOT = resolve(REPO_ROOT, 'resources/content');
export const CONTENT_DB = resolve(REPO_ROOT, 'resources/reader.db');
