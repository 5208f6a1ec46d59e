// npm run extract -- <page.html> [--url <url>] [<page.html> [--url <url>] …] [--timing]
// Prints one JSON PageExtraction per page per line, with `file` set to the path it read.
import '../../lib/schema/messages-en';
import { extractFile } from '../../lib/cli/extract-file';

const args = process.argv.slice(2);
const timing = args.includes('--timing');
const jobs: Array<{ file: string; url?: string }> = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--timing') continue;
  if (a === '--url') {
    const last = jobs[jobs.length - 1];
    if (!last || !args[i + 1]) {
      console.error('--url must follow a page file and give an address');
      process.exit(2);
    }
    last.url = args[++i];
    continue;
  }
  jobs.push({ file: a });
}
if (!jobs.length) {
  console.error('usage: npm run extract -- <page.html> [--url <url>] [more pages…] [--timing]');
  process.exit(2);
}
let failed = 0;
for (const job of jobs) {
  try {
    const { extraction, ms } = extractFile(job.file, job.url);
    process.stdout.write(JSON.stringify(extraction) + '\n');
    if (timing) console.error(`${ms.toFixed(1)} ms\t${job.file}`);
  } catch (err) {
    failed++;
    console.error(`${job.file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
process.exit(failed ? 1 : 0);
