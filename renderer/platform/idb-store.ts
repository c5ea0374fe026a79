// A tiny promise wrapper over one IndexedDB object store of byte arrays.

export interface KeyValueStore {
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, value: Uint8Array): Promise<void>;
  delete(key: string): Promise<void>;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export async function openKeyValueStore(name: string, storeName: string): Promise<KeyValueStore> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(storeName);
  const db = await done(open);
  const tx = (mode: IDBTransactionMode) => db.transaction(storeName, mode).objectStore(storeName);
  const committed = (store: IDBObjectStore, request: IDBRequest) =>
    new Promise<void>((resolve, reject) => {
      store.transaction.oncomplete = () => resolve();
      store.transaction.onerror = () =>
        reject(request.error ?? new Error('IndexedDB write failed'));
      store.transaction.onabort = () =>
        reject(request.error ?? new Error('IndexedDB write aborted'));
    });
  return {
    async get(key) {
      const value: unknown = await done(tx('readonly').get(key));
      return value instanceof Uint8Array
        ? value
        : value instanceof ArrayBuffer
          ? new Uint8Array(value)
          : undefined;
    },
    async put(key, value) {
      const store = tx('readwrite');
      await committed(store, store.put(value, key));
    },
    async delete(key) {
      const store = tx('readwrite');
      await committed(store, store.delete(key));
    },
  };
}
