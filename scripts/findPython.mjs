// Finds a Python 3 that can import PyNaCl, for the independent vault reader
// (tests/conformance/read_vault.py), and prints its path. The conformance test and
// .ci/run both ask this script, so they agree on which Python runs the reader.
//
// Tried in order: ASK_ANYWAY_PYTHON (if set, it is the only one tried: a setting that
// does not work is said, not quietly passed over), each `python3` on PATH, then
// /usr/bin/python3 — a version manager's python3 often comes first on PATH without
// PyNaCl, while the system's has Debian's python3-nacl. Exits 1, saying what was tried
// and how to fix it, when none can.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

const windows = process.platform === 'win32';
// Windows' installers name it python.exe; elsewhere python3 is Python 3 for certain.
const names = windows ? ['python3.exe', 'python.exe'] : ['python3'];

function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function candidates(env) {
  const chosen = env['ASK_ANYWAY_PYTHON'];
  if (chosen) return [chosen];
  const onPath = (env['PATH'] ?? '')
    .split(path.delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => names.map((name) => path.join(dir, name)))
    .filter(isExecutableFile);
  return [...new Set([...onPath, '/usr/bin/python3'])];
}

/** Why `python` cannot run the reader, or null when it imports nacl. */
function problemWith(python) {
  const probe = spawnSync(python, ['-c', 'import nacl.bindings'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (probe.error) return probe.error.message;
  if (probe.status === 0) return null;
  const lastLine = probe.stderr.trim().split('\n').pop();
  return lastLine || `exit code ${probe.status}`;
}

const tried = [];
for (const python of candidates(process.env)) {
  const problem = problemWith(python);
  if (problem === null) {
    console.log(python);
    process.exit(0);
  }
  tried.push(`  ${python}: ${problem}`);
}

console.error(
  [
    'No Python 3 with PyNaCl was found for the independent vault reader. Tried:',
    ...tried,
    'Install PyNaCl for one of them (Debian/Ubuntu: `sudo apt-get install python3-nacl`;',
    'elsewhere: `python3 -m pip install pynacl`), or set ASK_ANYWAY_PYTHON to a Python',
    'that has it.',
  ].join('\n'),
);
process.exit(1);
