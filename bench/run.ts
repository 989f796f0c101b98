// `npm run bench`: every benchmark, printed as Markdown tables with ratios against a
// baseline measured in the same run (absolute times vary by machine; ratios travel).
// `npm run bench -- --quick` skips the 100,000-attempt stress size. The insights drawing
// benchmark builds the app first and needs Chromium (as the end-to-end tests do).
import os from 'node:os';
import { benchInsightsDraw, buildRenderer } from './insightsDraw.bench.js';
import { benchIpcRouter } from './ipcRouter.bench.js';
import { printTable } from './measure.js';
import { benchPracticeQueries } from './practice.bench.js';
import { benchKdf, benchVaultSize, vaultBenchSizes } from './vault.bench.js';

const quick = process.argv.includes('--quick');
console.log(
  `Ask Anyway benchmarks — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
);
printTable('IPC router overhead', await benchIpcRouter());

const facts: string[] = [];
for (const size of vaultBenchSizes.filter((candidate) => !quick || candidate.attempts < 100_000)) {
  const result = await benchVaultSize(size);
  printTable(
    `Vault at ${size.label} (${size.attempts.toLocaleString('en')} attempts)`,
    result.rows,
  );
  facts.push(...result.facts);
}
printTable('Key derivation', await benchKdf());
const practiceSizes = [
  [3_650, '10 years'],
  ...(quick ? [] : ([[100_000, '100k stress']] as const)),
] as const;
for (const [attempts, label] of practiceSizes) {
  printTable(`Insights, search and list at ${label}`, await benchPracticeQueries(attempts, label));
}
buildRenderer();
for (const [attempts, label] of practiceSizes) {
  printTable(`Insights drawn in Chromium at ${label}`, await benchInsightsDraw(attempts, label));
}
console.log('\n### Sizes and memory\n');
for (const fact of facts) console.log(`- ${fact}`);
