import type { Format } from '../../../shared/format/format.js';
import path from 'node:path';
import { localDateOf } from '../../../shared/domain/practice/calendar.js';
import type {
  ReflectionChoice,
  ReportRange,
  ReportRequest,
} from '../../../shared/domain/report.js';
import type { SavedFile } from '../../../shared/domain/vault.js';
import { failureFromFsError } from '../appFailure.js';
import type { Journal } from '../practice/practiceService.js';
import type { ChooseSavePath, UserFiles } from '../userFiles.js';
import { checkChosen, readReport, reflectionChoices } from './reportData.js';
import { reportHtml } from './reportHtml.js';

/**
 * Prints a self-contained HTML document (no script, nothing to fetch) to an A4 PDF. In
 * the app, a hidden window with JavaScript off in an in-memory session; in the tests,
 * Chromium through Playwright.
 */
export type PrintToPdf = (html: string) => Promise<Uint8Array>;

export interface ReportDeps {
  readonly journal: Journal;
  readonly now: () => Date;
  readonly chooseSavePath: ChooseSavePath;
  readonly printToPdf: PrintToPdf;
  /** Writes where the user chose: privately, in one piece, never over the journal. */
  readonly userFiles: UserFiles;
  /** Dates and numbers in the report, in the user's locale. */
  readonly format: Format;
}

/**
 * The progress report for a therapist or coach (docs/report.md): made from the journal
 * over the days the user picks, with only the reflections they chose, and written only
 * where they choose. The file is not encrypted; the screen says so before it is saved.
 */
export class ReportService {
  constructor(private readonly deps: ReportDeps) {}

  /** The attempts in the range that have words of reflection, for the user to choose from. */
  async reflectionChoices(range: ReportRange): Promise<ReflectionChoice[]> {
    await this.deps.journal.settled();
    return reflectionChoices(this.deps.journal.read, range);
  }

  /** Writes the report where the user chooses; `saved: false` when they cancel. */
  async save({ format, include, ...range }: ReportRequest): Promise<SavedFile> {
    const { journal } = this.deps;
    // Reading a locked journal fails with VAULT_LOCKED, and a chosen id from outside the
    // range with INVALID_REQUEST: both before any dialog opens.
    await journal.settled();
    checkChosen(reflectionChoices(journal.read, range), include);
    const target = await this.deps.chooseSavePath(
      `Ask Anyway report ${range.from} to ${range.to}.${format}`,
    );
    if (target === null) return { saved: false };
    // Read again once the dialog closes: the journal may have locked or changed meanwhile.
    await journal.settled();
    const html = reportHtml(
      readReport(journal.read, range, include, localDateOf(this.deps.now())),
      this.deps.format,
    );
    const contents = format === 'pdf' ? await this.deps.printToPdf(html) : html;
    try {
      await this.deps.userFiles.save(target, contents);
    } catch (error) {
      throw failureFromFsError(error, 'write the report');
    }
    return { saved: true, fileName: path.basename(target) };
  }
}
