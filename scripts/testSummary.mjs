// Prints one closing line, "tests: N passed, N failed", from Vitest's JSON reports, so
// CI logs end with the counts of every suite that ran. A suite whose report is missing
// never started (lint or the type check failed first): it is named, and fails the run.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let passed = 0;
let failed = 0;
const missing = [];
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    missing.push(path.basename(file, '.json'));
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (missing.length > 0)
  console.log(`suites that did not run (an earlier step failed): ${missing.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && missing.length === 0 && passed > 0 ? 0 : 1);
