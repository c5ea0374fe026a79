// npm run security:scan: Electronegativity over electron/ and renderer/; exits 1 on any
// finding of MEDIUM severity or above that the scanner is FIRM or CERTAIN about.
import { REPO_ROOT } from './paths';
import { scanRepo } from './security/electronegativity';

const { lines, failed } = await scanRepo(REPO_ROOT);
for (const line of lines) console.log(line);
process.exit(failed ? 1 : 0);
