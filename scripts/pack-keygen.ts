// npm run pack:keygen: makes a new Ed25519 key pair for signing content packs. Prints the line
// to add to renderer/db/pack/keys.ts and the private key (PKCS#8 PEM) to keep as the repository
// secret KR_PACK_SIGNING_KEY; with --out FILE the private key goes to that file (mode 600)
// instead of the terminal. The private key is never written into the repository.
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { keyIdOf, rawPublicKeyBase64 } from './pack/signing-key';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const { privateKey } = generateKeyPairSync('ed25519');
const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const publicKey = rawPublicKeyBase64(privateKey);

console.log('Add this line to TRUSTED_PACK_KEYS in renderer/db/pack/keys.ts:');
console.log(`  '${keyIdOf(publicKey)}': '${publicKey}',`);
if (values.out) {
  writeFileSync(values.out, pem, { mode: 0o600 });
  console.log(`\nThe private key is in ${values.out}. Store it as the repository secret`);
  console.log('KR_PACK_SIGNING_KEY, then delete the file.');
} else {
  console.log('\nStore this private key as the repository secret KR_PACK_SIGNING_KEY:');
  console.log(pem.trimEnd());
}
