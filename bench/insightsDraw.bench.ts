import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { createCore, type Core } from '../main/core.js';
import { trustCallersFrom } from '../main/ipc/trustedCaller.js';
import { insightsDataArrivedMark } from '../renderer/features/insights/insightsTiming.js';
import type { InsightRange } from '../shared/domain/practice/insights.js';
import { launchBrowser, newRendererPage, origin } from '../tests/e2e/support/rendererPage.js';
import { testCorePorts } from '../tests/support/testCore.js';
import { lastDayOf, openRealisticJournal, writeVaultFile } from './journalVault.js';
import { printTable, type BenchRow, type Timing } from './measure.js';

const passphrase = 'bench passphrase';
const rangeLabels: Record<InsightRange, string> = {
  '4w': '4 weeks',
  '3m': '3 months',
  '1y': 'A year',
  all: 'All',
};

/** The page's own globals that the timing code uses; bench/ compiles without DOM types. */
interface PageGlobals {
  document: { querySelector(selector: string): unknown };
  performance: { now(): number; getEntriesByName(name: string): { startTime: number }[] };
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms?: number): number;
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: Record<string, boolean>): void;
    disconnect(): void;
  };
  askAnywayNextDraw?: Promise<number>;
}

/**
 * Runs in the page before a range is chosen. Resolves with the milliseconds from the
 * next `insightsDataArrivedMark` to just after the frame that painted the last change
 * the new data made to the screen: each frame that follows a change schedules a task,
 * which runs once that frame is painted, and reads the clock. Five frames without a
 * change mean the charts are done (recharts animation is off, so nothing moves).
 */
function armDrawTimer(mark: string): void {
  const page = globalThis as unknown as PageGlobals;
  const marksBefore = page.performance.getEntriesByName(mark).length;
  const arrival = () => page.performance.getEntriesByName(mark)[marksBefore]?.startTime;
  page.askAnywayNextDraw = new Promise((resolve, reject) => {
    page.setTimeout(() => reject(new Error('The charts did not settle within 60 s')), 60_000);
    let changed = false;
    let paintedAt: number | undefined;
    let quietFrames = 0;
    const changes = new page.MutationObserver(() => {
      if (arrival() !== undefined) changed = true;
    });
    changes.observe(page.document.querySelector('main'), {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const onFrame = () => {
      const start = arrival();
      if (start !== undefined && changed) {
        changed = false;
        quietFrames = 0;
        page.setTimeout(() => (paintedAt = page.performance.now()));
      } else if (start !== undefined && paintedAt !== undefined) {
        quietFrames += 1;
      }
      if (start !== undefined && paintedAt !== undefined && quietFrames >= 5) {
        changes.disconnect();
        resolve(paintedAt - start);
      } else {
        page.requestAnimationFrame(onFrame);
      }
    };
    page.requestAnimationFrame(onFrame);
  });
}

/**
 * Chooses `range` on the insights screen and returns how long its charts took to draw,
 * or undefined if it was already shown (choosing it again asks main for nothing).
 */
async function showRange(page: Page, range: InsightRange): Promise<number | undefined> {
  const choice = page.getByRole('radio', { name: rangeLabels[range], exact: true });
  if (await choice.isChecked()) return undefined;
  await page.evaluate(armDrawTimer, insightsDataArrivedMark);
  await choice.check();
  return page.evaluate(() => (globalThis as unknown as PageGlobals).askAnywayNextDraw);
}

const percentile = (sorted: readonly number[], fraction: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;

/**
 * Each sample starts from another range already drawn (4 weeks, or 3 months before the
 * 4-week sample itself), as a user switching ranges would.
 */
async function timeRange(page: Page, range: InsightRange, runs: number): Promise<Timing> {
  const samples: number[] = [];
  for (let run = -1; run < runs; run += 1) {
    await showRange(page, range === '4w' ? '3m' : '4w');
    const elapsed = await showRange(page, range);
    if (run >= 0 && elapsed !== undefined) samples.push(elapsed);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), runs };
}

/** A vault of `attempts` days of practice, opened by a real core: the app's main side. */
async function openJournal(folder: string, attempts: number): Promise<Core> {
  const db = await openRealisticJournal(attempts);
  const image = db.export();
  db.close();
  const ports = await testCorePorts(folder);
  await writeVaultFile(ports.vault.sodium, ports.vault.vaultPath, image, passphrase);
  const today = lastDayOf(attempts);
  const core = createCore({
    ...ports,
    vault: { ...ports.vault, now: () => new Date(today) },
    isTrustedCaller: trustCallersFrom(origin),
    // As in the app: responses are not re-validated on their way out.
    validateOutgoing: false,
  });
  await core.vault.unlock(passphrase);
  return core;
}

/** Builds the app into out/, so the page measured is the renderer's code as it stands. */
export function buildRenderer(): void {
  console.log('Building the app (electron-vite build) for the insights drawing benchmark…');
  execFileSync('npx', ['--no-install', 'electron-vite', 'build'], { stdio: 'pipe' });
}

/**
 * The insights screen in Chromium, on a real core over a journal of `attempts` days:
 * for each range, the time from `insights.get`'s answer arriving in the renderer to
 * its charts being painted. Baseline: the 4-week range, seven small charts. Needs the
 * app built in out/ (`buildRenderer`).
 */
export async function benchInsightsDraw(
  attempts: number,
  label: string,
  { runs = 7 }: { runs?: number } = {},
): Promise<BenchRow[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-draw-bench-'));
  const browser = await launchBrowser();
  try {
    const core = await openJournal(folder, attempts);
    const rendererPage = await newRendererPage(browser, () => core.router);
    const { page } = rendererPage;
    await rendererPage.open();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await rendererPage.emit('app.navigate', { to: 'insights' });
    await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    // tsx compiles with esbuild's keepNames, which wraps named functions in a `__name`
    // helper that exists in Node only: the functions sent to the page need it too.
    await page.evaluate('globalThis.__name ??= (fn) => fn');

    const name = (range: InsightRange) =>
      `${label}: draw ${rangeLabels[range].toLowerCase()}${range === '4w' ? ' (baseline)' : ''}`;
    const rows: BenchRow[] = [];
    for (const range of ['4w', '3m', '1y', 'all'] as const) {
      rows.push({
        name: name(range),
        timing: await timeRange(page, range, runs),
        ...(range === '4w' ? {} : { baseline: name('4w') }),
      });
    }
    core.stop();
    await core.vault.lock('quit');
    return rows;
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

// `npx tsx bench/insightsDraw.bench.ts [--quick]` runs this benchmark alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  buildRenderer();
  for (const [attempts, label] of [
    [3_650, '10 years'],
    ...(quick ? [] : ([[100_000, '100k stress']] as const)),
  ] as const) {
    printTable(`Insights drawn in Chromium at ${label}`, await benchInsightsDraw(attempts, label));
  }
}
