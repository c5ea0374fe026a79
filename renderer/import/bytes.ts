// Byte helpers shared by the importers: byte-preserving strings (MIME and ZIP work on bytes)
// and base64 for data: URLs.

/** Each byte as one UTF-16 code unit, so the string maps back to the same bytes. */
export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

export function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  return btoa(latin1(bytes));
}

/** The bytes of base64 text, ignoring whitespace; null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  try {
    return latin1Bytes(atob(text.replace(/[\s]+/g, '')));
  } catch {
    return null;
  }
}
