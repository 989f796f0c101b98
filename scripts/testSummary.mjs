// Prints one closing line, "tests: N passed, N failed", from Vitest's JSON reports, so
// CI logs end with the counts of every suite that ran. A missing report (its suite
// never started, say because lint failed first) is named and counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let missing = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`${file}: not written (the suite did not run)`);
    missing += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && missing === 0 && passed > 0 ? 0 : 1);
