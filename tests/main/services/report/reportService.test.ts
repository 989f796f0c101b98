import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportService } from '../../../../main/services/report/reportService.js';
import type { ChooseSavePath } from '../../../../main/services/userFiles.js';
import type { ReportRequest } from '../../../../shared/domain/report.js';
import { fakePdfPrinter } from '../../../support/fakePdfPrinter.js';
import { practiceFixture, type PracticeFixture } from '../../../support/practiceFixture.js';
import {
  fillReportJournal,
  reportRange,
  type ReportAttempts,
} from '../../../support/reportJournal.js';
import { testUserFiles } from '../../../support/userFiles.js';
import { pinnedFormat } from '../../../support/pinnedFormat.js';

let fixture: PracticeFixture;
let attempts: ReportAttempts;
let printer: ReturnType<typeof fakePdfPrinter>;
let saveAnswer: string | null;
let chooseSavePath: ReturnType<typeof vi.fn<ChooseSavePath>>;
let service: ReportService;
beforeEach(async () => {
  fixture = await practiceFixture();
  attempts = await fillReportJournal(fixture);
  printer = fakePdfPrinter();
  saveAnswer = path.join(fixture.vaultFixture.folder, 'report');
  chooseSavePath = vi.fn<ChooseSavePath>(() => Promise.resolve(saveAnswer));
  service = new ReportService({
    journal: fixture.vault,
    now: () => new Date(2026, 10, 28, 12),
    chooseSavePath,
    printToPdf: printer,
    userFiles: testUserFiles(fixture.vaultFixture.vaultPath),
    format: pinnedFormat,
  });
});
afterEach(() => fixture.cleanup());

const request = (overrides: Partial<ReportRequest> = {}): ReportRequest => ({
  ...reportRange,
  include: [attempts.alpha.id],
  format: 'html',
  ...overrides,
});

describe('ReportService.save', () => {
  it('suggests a name that says what and when, and writes HTML readable by its owner only', async () => {
    expect(await service.save(request())).toEqual({ saved: true, fileName: 'report' });
    expect(chooseSavePath).toHaveBeenCalledWith('Ask Anyway report 2026-11-01 to 2026-11-25.html');
    const html = readFileSync(saveAnswer ?? '', 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('ALPHA learned');
    expect(html).not.toContain('BRAVO learned');
    expect(statSync(saveAnswer ?? '').mode & 0o777).toBe(0o600);
    expect(printer.printed).toEqual([]);
  });

  it('prints the same HTML to PDF and writes the printer’s bytes', async () => {
    expect(await service.save(request({ format: 'pdf' }))).toEqual({
      saved: true,
      fileName: 'report',
    });
    expect(chooseSavePath).toHaveBeenCalledWith('Ask Anyway report 2026-11-01 to 2026-11-25.pdf');
    expect(readFileSync(saveAnswer ?? '', 'latin1')).toMatch(/^%PDF-/);
    expect(printer.printed).toHaveLength(1);
    expect(printer.printed[0]).toContain('ALPHA learned');
  });

  it('saves over an older file and makes it private', async () => {
    writeFileSync(saveAnswer ?? '', 'old', { mode: 0o644 });
    await service.save(request());
    expect(statSync(saveAnswer ?? '').mode & 0o777).toBe(0o600);
  });

  it('writes nothing and prints nothing when the user cancels', async () => {
    saveAnswer = null;
    const before = readdirSync(fixture.vaultFixture.folder);
    expect(await service.save(request({ format: 'pdf' }))).toEqual({ saved: false });
    expect(readdirSync(fixture.vaultFixture.folder)).toEqual(before);
    expect(printer.printed).toEqual([]);
  });

  it('refuses a locked journal before any dialog opens', async () => {
    await fixture.vault.lock('manual');
    await expect(service.save(request())).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    await expect(service.reflectionChoices(reportRange)).rejects.toMatchObject({
      code: 'VAULT_LOCKED',
    });
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('refuses a reflection from outside the days before any dialog opens', async () => {
    await expect(
      service.save(request({ include: [attempts.alpha.id, attempts.outside.id] })),
    ).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      message: expect.stringMatching(/^include\.1:/) as string,
    });
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('refuses the save when the journal locked while the dialog was open', async () => {
    chooseSavePath.mockImplementation(async () => {
      await fixture.vault.lock('idle');
      return saveAnswer;
    });
    await expect(service.save(request())).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    expect(readdirSync(fixture.vaultFixture.folder)).not.toContain('report');
  });

  it('answers a file-system failure as a typed error that names what failed', async () => {
    saveAnswer = path.join(fixture.vaultFixture.folder, 'no such folder', 'report.html');
    await expect(service.save(request())).rejects.toMatchObject({
      code: 'INTERNAL',
      message: 'Could not write the report.',
    });
  });
});
