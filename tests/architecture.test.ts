import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of docs/architecture.md, proven to bite: each snippet is linted as if
// it were the first line of a real file in that layer, and must be refused.
const eslint = new ESLint();

async function problemsIn(file: string, importLine: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${importLine}\nexport {};\n`, { filePath: file });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? ''}: ${message.message}`);
}

// Type-aware linting builds a TypeScript program first: seconds, not milliseconds.
describe('the layer rules', { timeout: 60_000 }, () => {
  it.each([
    ['renderer/app/theme.ts', "import fs from 'node:fs';", /no-nodejs-modules/],
    ['renderer/app/theme.ts', "import { EventEmitter } from 'events';", /no-nodejs-modules/],
    ['shared/domain/settings.ts', "import { Buffer } from 'node:buffer';", /no-nodejs-modules/],
    ['main/preload/api.ts', "import { readFileSync } from 'node:fs';", /no-nodejs-modules/],
    ['main/preload/api.ts', "import { z } from 'zod';", /no-restricted-imports/],
    ['renderer/app/theme.ts', "import { ipcRenderer } from 'electron';", /no-restricted-imports/],
    [
      'renderer/app/theme.ts',
      "import { createCore } from '../../main/core.js';",
      /no-restricted-paths/,
    ],
    ['shared/domain/settings.ts', "import { app } from 'electron';", /no-restricted-imports/],
    ['shared/domain/settings.ts', "import { useState } from 'react';", /no-restricted-imports/],
    [
      'shared/domain/settings.ts',
      "import { api } from '../../renderer/api/client.js';",
      /no-restricted-paths/,
    ],
    [
      'main/services/settings/settingsService.ts',
      "import { app } from 'electron';",
      /no-restricted-imports/,
    ],
    [
      'main/services/settings/settingsService.ts',
      "import Store from 'electron-store';",
      /no-restricted-imports/,
    ],
    ['main/core.ts', "import { App } from '../renderer/app/App.js';", /no-restricted-paths/],
  ])('%s may not say %s', async (file, importLine, rule) => {
    expect(await problemsIn(file, importLine)).toContainEqual(expect.stringMatching(rule));
  });

  it('allows what the layers are for', async () => {
    const allowed = await problemsIn(
      'main/services/settings/settingsService.ts',
      "import path from 'node:path';",
    );
    expect(allowed.filter((problem) => problem.includes('restricted'))).toEqual([]);
  });
});
