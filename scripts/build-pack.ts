// npm run build:pack: builds a signed content pack (.krpack) of the library; see
// scripts/pack/run-build-pack.ts and docs/CONTENT-PACKS.md.
import { runBuildPack } from './pack/run-build-pack';

process.exitCode = await runBuildPack(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
});
