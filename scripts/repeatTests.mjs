// Runs test files (or a whole Vitest project) N times in a row, optionally with a CPU
// hog on another core, and prints how many runs passed: the proof that the suite holds
// on a slow, busy CI machine, rerunnable by anyone (docs/testing.md, "Flakiness").
//
//   npm run test:repeat -- [--times N] [--load] [--project e2e|unit] [file …]
//
// With no file the whole project runs. The e2e project needs the built renderer, so it
// is built once first. Exits 1 if any run failed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals: files } = parseArgs({
  allowPositionals: true,
  options: {
    times: { type: 'string', default: '3' },
    load: { type: 'boolean', default: false },
    project: { type: 'string', default: 'e2e' },
  },
});
const times = Number(values.times);
if (!Number.isInteger(times) || times < 1) {
  console.error(`--times takes a whole number of runs, 1 or more (got “${values.times}”).`);
  process.exit(2);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args) =>
  spawnSync(npx, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;

if (values.project === 'e2e' && !run(['electron-vite', 'build'])) {
  console.error('The build failed, so the end-to-end tests cannot run.');
  process.exit(1);
}

// A busy loop in a process of its own, like `yes > /dev/null &`, but on any OS: one core
// kept at 100 % so the tests share the machine as CI's tests may.
const hog = values.load
  ? spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
  : null;
const stopHog = () => hog?.kill();
process.on('exit', stopHog);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}

const what = files.length > 0 ? files.join(' ') : `the whole ${values.project} project`;
console.log(`Running ${what} ${times} times${hog ? ', with a CPU hog on another core' : ''}.`);
const logDir = path.resolve('test-results/repeat');
mkdirSync(logDir, { recursive: true });

const outcomes = [];
for (let round = 1; round <= times; round += 1) {
  const started = Date.now();
  const report = path.join(logDir, `run-${round}.json`);
  const passed = run([
    'vitest',
    'run',
    '--project',
    values.project,
    '--reporter=dot',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...files,
  ]);
  const seconds = Math.round((Date.now() - started) / 1000);
  outcomes.push({ round, passed, seconds });
  console.log(
    `run ${round} of ${times}: ${passed ? 'green' : `FAILED (see ${report})`} in ${seconds} s`,
  );
}

const failedRuns = outcomes.filter((outcome) => !outcome.passed);
const slowest = Math.max(...outcomes.map((outcome) => outcome.seconds));
console.log(
  `${what}: ${times - failedRuns.length} of ${times} runs green` +
    `${hog ? ' under load' : ''}, the slowest ${slowest} s.` +
    (failedRuns.length > 0 ? ` Failed: run ${failedRuns.map((o) => o.round).join(', ')}.` : ''),
);
process.exit(failedRuns.length === 0 ? 0 : 1);
