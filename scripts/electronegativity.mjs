// Runs @doyensec/electronegativity over the Electron source (main/ and renderer/) and
// fails on any finding that electronegativity.json does not justify, and on any
// justification that no longer matches a finding (so the list cannot rot).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
const electronVersion = JSON.parse(
  readFileSync(require.resolve('electron/package.json'), 'utf8'),
).version;
const { justified } = JSON.parse(readFileSync('electronegativity.json', 'utf8'));

// The global checks (CSP, navigation limits, permission handler) need the whole app in
// one scan, so main/ and renderer/ are copied side by side into a scratch folder: the
// scanner takes one input and would otherwise also read out/, tests/ and scripts/.
const scan = (workDir) => {
  const input = path.join(workDir, 'app');
  for (const dir of ['main', 'renderer']) cpSync(dir, path.join(input, dir), { recursive: true });
  const output = path.join(workDir, 'findings.sarif');
  // -e names the Electron version so the tool does not try to look it up online.
  const run = spawnSync(
    process.execPath,
    [cli, '-i', input, '-r', '-v', 'false', '-e', electronVersion, '-o', output],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error('electronegativity failed');
  }
  const sarif = JSON.parse(readFileSync(output, 'utf8'));
  return sarif.runs[0].results.map((result) => {
    const uri = result.locations[0].physicalLocation.artifactLocation.uri;
    const file = uri.startsWith('file:') ? '*' : uri;
    return {
      check: result.ruleId,
      file,
      line: result.locations[0].physicalLocation.region.startLine,
      text: result.message.text,
    };
  });
};

const workDir = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
let findings;
try {
  findings = scan(workDir);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

const matches = (entry, finding) => entry.check === finding.check && entry.file === finding.file;
const unjustified = findings.filter(
  (finding) => !justified.some((entry) => matches(entry, finding)),
);
const stale = justified.filter((entry) => !findings.some((finding) => matches(entry, finding)));

for (const finding of unjustified) {
  console.error(`✗ ${finding.check} at ${finding.file}:${finding.line} — ${finding.text}`);
}
for (const entry of stale) {
  console.error(
    `✗ electronegativity.json justifies ${entry.check} in ${entry.file}, which is no longer found: remove it.`,
  );
}
const accepted = findings.length - unjustified.length;
console.log(
  `electronegativity: ${findings.length} findings, ${accepted} justified, ${unjustified.length} unjustified, ${stale.length} stale justifications`,
);
process.exit(unjustified.length + stale.length === 0 ? 0 : 1);
