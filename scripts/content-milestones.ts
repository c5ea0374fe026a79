// npm run content:milestones: the dated mentions in articles and event summaries that have no
// event on their date and are not yet reviewed in resources/content/milestones/.
// --yaml prints them as entries to review and paste (each needs its `why`).
import { loadValidCorpus } from './content/build';
import { checkMilestones, readReviewedMentions } from './content/milestones';
import { CONTENT_ROOT } from './paths';

const raw = loadValidCorpus(CONTENT_ROOT);
const report = checkMilestones(raw, readReviewedMentions(CONTENT_ROOT));
if (process.argv.includes('--yaml')) {
  for (const m of report.unreviewed) {
    console.log(`- item: ${m.item}\n  date: '${m.date}'\n  # ${m.context}\n  why: TODO\n`);
  }
} else {
  for (const m of report.unreviewed) console.log(`${m.date}  ${m.item}\n    … ${m.context} …`);
  for (const s of report.stale)
    console.log(`stale: ${s.item} ${s.date} (no longer mentioned, or now has an event)`);
  console.log(
    `${report.mentions} dated mentions; ${report.unreviewed.length} to review; ${report.stale.length} stale entries.`,
  );
}
process.exitCode = report.unreviewed.length || report.stale.length ? 1 : 0;
