// `npx tsx bench/profile/summarise.ts [--top 25] <file.cpuprofile>...`: self time by package
// and by function of profiles written by `node --cpu-prof` (e.g. by `npm run bench:profile`).
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { printProfileSummary } from './print-summary';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
if (positionals.length === 0) {
  console.error('usage: tsx bench/profile/summarise.ts [--top 25] <file.cpuprofile>...');
  process.exit(2);
}
for (const file of positionals) printProfileSummary(basename(file), file, Number(values.top));
