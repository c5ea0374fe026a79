// The Web Worker that unpacks EPUB archives, so a book that expands to hundreds of megabytes
// costs the worker its time and never the page's: the page stays responsive while the limits
// in renderer/import/epub-archive.ts are reached and the book is refused.
import * as Comlink from 'comlink';
import { inflateEpubArchive, type InflatedArchive } from '../import/epub-archive';

const api = {
  inflate(bytes: Uint8Array, fileName: string): InflatedArchive {
    const result = inflateEpubArchive(bytes, fileName);
    if (!result.ok) return result;
    // Each entry owns its buffer (see joined()), so handing them over copies nothing.
    const buffers = Object.values(result.files).map((data) => data.buffer);
    return Comlink.transfer(result, buffers);
  },
};

export type ArchiveWorkerApi = typeof api;

Comlink.expose(api);
