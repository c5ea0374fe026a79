// The public keys this app trusts to sign content packs: key id → raw Ed25519 public key,
// base64. The id is "kr-" and the first 16 hex digits of the key's SHA-256, which is how
// `npm run build:pack` names the key it signs with. Only release keys belong here; the test key
// in tests/fixtures/pack-keys is never listed (a test holds that). To rotate, add the new key,
// ship a release that trusts both, sign with the new one, and remove the old one later
// (docs/CONTENT-PACKS.md).
import type { PackKeys } from './format';

export const TRUSTED_PACK_KEYS: PackKeys = {
  // The release key, made 2026-12-08; its private half is the KR_PACK_SIGNING_KEY secret.
  'kr-200bd0038cfd3023': 'NMoA5Dkkg6sA8c/s+2ioo5EM/jqYDI6Xum5LuIdLyY8=',
};
