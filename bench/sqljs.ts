// Loading sql.js for the benchmark with a handle on its WebAssembly memory. sql.js does not
// expose its heap (no HEAP8 or wasmMemory on the module), so the instance's exported Memory
// is caught as it is instantiated; its buffer's byteLength is the WASM heap, which only grows.
import initSqlJs, { type SqlJsStatic } from 'sql.js';

interface WasmMemoryLike {
  buffer: ArrayBuffer;
}

interface WasmGlobal {
  Memory: new (...args: never[]) => WasmMemoryLike;
  instantiate: (...args: unknown[]) => Promise<unknown>;
}

let memory: WasmMemoryLike | null = null;

export async function loadSqlJs(): Promise<SqlJsStatic> {
  const wasm = (globalThis as unknown as { WebAssembly: WasmGlobal }).WebAssembly;
  const original = wasm.instantiate;
  wasm.instantiate = async (...args: unknown[]) => {
    const result = await original.apply(wasm, args);
    const instance =
      result && typeof result === 'object' && 'instance' in result
        ? (result as { instance: unknown }).instance
        : result;
    const exports = (instance as { exports?: Record<string, unknown> } | null)?.exports ?? {};
    for (const value of Object.values(exports)) {
      if (value instanceof wasm.Memory) memory = value;
    }
    const imported = (args[1] as { env?: Record<string, unknown> } | undefined)?.env?.memory;
    if (!memory && imported instanceof wasm.Memory) memory = imported;
    return result;
  };
  try {
    return await initSqlJs();
  } finally {
    wasm.instantiate = original;
  }
}

/** Bytes of sql.js's WebAssembly memory, or null if it was not caught. */
export function wasmHeapBytes(): number | null {
  return memory ? memory.buffer.byteLength : null;
}
