// The signing side of content packs, in Node: loading an Ed25519 private key, the raw public key
// the app's trust list holds, and the key id derived from it. The id is a fingerprint of the
// public key, so the build can name the key it signs with without being told.
import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';

/** The raw 32-byte Ed25519 public key, base64, as renderer/db/pack/keys.ts lists it. */
export function rawPublicKeyBase64(key: KeyObject): string {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    throw new Error('The key is not an Ed25519 key.');
  }
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

/** "kr-" and the first 16 hex digits of the SHA-256 of the raw public key. */
export function keyIdOf(publicKeyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex');
  return `kr-${digest.slice(0, 16)}`;
}

export interface SigningKey {
  id: string;
  publicKey: string;
  sign: (bytes: Uint8Array) => string;
}

/** A signing key from PKCS#8 PEM text; throws a plain message when it is not an Ed25519 key. */
export function signingKeyFromPem(pem: string): SigningKey {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new Error('The signing key is not a private key in PEM form.');
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error('The signing key is not an Ed25519 key.');
  const publicKey = rawPublicKeyBase64(key);
  return {
    id: keyIdOf(publicKey),
    publicKey,
    sign: (bytes) => sign(null, bytes, key).toString('base64'),
  };
}
