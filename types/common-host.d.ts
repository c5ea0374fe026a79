// The host-universal globals renderer/db uses, for the common type program
// (tsconfig.common.json), which sees neither the DOM nor Node: the page, its worker and Node
// all have these, so the library may rely on them and on nothing else of its host.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBuffer | ArrayBufferView): string;
}

declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

// WebCrypto, for verifying content packs (renderer/db/pack): only what the library calls.
interface CryptoKey {
  readonly type: string;
}

interface SubtleCrypto {
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: { name: string },
    extractable: boolean,
    keyUsages: string[],
  ): Promise<CryptoKey>;
  verify(
    algorithm: { name: string },
    key: CryptoKey,
    signature: Uint8Array<ArrayBuffer>,
    data: Uint8Array<ArrayBuffer>,
  ): Promise<boolean>;
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

declare const crypto: { readonly subtle: SubtleCrypto };

declare function atob(data: string): string;
declare function btoa(data: string): string;
