import type { AppInfo } from '../../shared/domain/appInfo.js';
import type { ReminderDelivery } from '../../shared/domain/reminderDelivery.js';
import type { LockReason, SavedFile } from '../../shared/domain/vault.js';
import type { DataService } from '../services/exports/dataService.js';
import type { PracticeService } from '../services/practice/practiceService.js';
import type { ReportService } from '../services/report/reportService.js';
import type { SettingsService } from '../services/settings/settingsService.js';
import type { JournalFileService } from '../services/vault/journalFileService.js';
import type { VaultAccess } from '../services/vault/vaultAccess.js';
import type { Handlers } from './router.js';

/** The services the IPC handlers call into. */
export interface HandlerServices {
  readonly appInfo: AppInfo;
  readonly settings: SettingsService;
  /** Whether the system shows reminders, as far as the last one told. */
  readonly reminderDelivery: () => ReminderDelivery;
  readonly vault: VaultAccess;
  /** Locks after the page has saved the drafts it owes (see LockProtocol). */
  readonly lock: (reason: LockReason) => Promise<void>;
  /** The page's answer to a `vault.lockRequested`. */
  readonly draftsSaved: (id: number) => void;
  readonly practice: PracticeService;
  readonly data: DataService;
  readonly report: ReportService;
  /** Asks where, then writes the recovery key to a private text file. */
  readonly saveRecoveryKey: (recoveryKey: string) => Promise<SavedFile>;
  /** Copies the recovery key to the clipboard, to be cleared from it a minute later. */
  readonly copyRecoveryKey: (recoveryKey: string) => Promise<void>;
  readonly journalFile: JournalFileService;
}

/**
 * The one table of IPC handlers: each is a thin call into a service. The practice's
 * reads wait for saves under way (PracticeService.afterSaves).
 */
export function createHandlers({
  appInfo,
  settings,
  reminderDelivery,
  vault,
  lock,
  draftsSaved,
  practice,
  data,
  report,
  saveRecoveryKey,
  copyRecoveryKey,
  journalFile,
}: HandlerServices): Handlers {
  return {
    'app.info': () => appInfo,
    // The router already counted the call as activity; there is nothing else to do.
    'app.activity': () => undefined,
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'reminders.delivery': () => reminderDelivery(),
    'vault.status': () => vault.status(),
    'vault.prepare': ({ passphrase }) => vault.prepare(passphrase),
    'vault.confirm': ({ answers }) => vault.confirm(answers),
    'vault.cancel': () => vault.cancel(),
    'vault.unlock': ({ passphrase }) => vault.unlock(passphrase),
    'vault.reset': ({ recoveryKey, newPassphrase }) =>
      vault.resetWithRecoveryKey(recoveryKey, newPassphrase.passphrase),
    'vault.lock': () => lock('manual'),
    'vault.draftsSaved': ({ id }) => draftsSaved(id),
    'vault.changePassphrase': ({ current, next }) =>
      vault.changePassphrase(current, next.passphrase),
    'vault.newRecoveryKey': ({ passphrase }) => vault.newRecoveryKey(passphrase),
    'vault.saveRecoveryKey': ({ recoveryKey }) => saveRecoveryKey(recoveryKey),
    'vault.dismissNotice': ({ notice }) => vault.dismissNotice(notice),
    'vault.copyRecoveryKey': ({ recoveryKey }) => copyRecoveryKey(recoveryKey),
    'vault.backups': () => vault.backups(),
    'vault.restore': ({ id }) => vault.restoreBackup(id),
    'vault.mergeChanged': ({ passphrase }) => data.mergeChangedVault(passphrase),
    'vault.keepBoth': () => data.keepBothVersions(),

    'challenges.list': () => practice.afterSaves((p) => p.listChallenges()),
    'challenges.create': ({ answers, ...draft }) => practice.createChallenge(draft, answers),
    'challenges.delete': ({ id }) => practice.deleteChallenge(id),
    'ladders.list': () => practice.afterSaves((p) => p.listLadders()),
    'ladders.create': ({ title, goal }) => practice.createLadder(title, goal),
    'ladders.update': ({ id, title, goal }) => practice.updateLadder(id, title, goal),
    'ladders.delete': ({ id }) => practice.deleteLadder(id),
    'ladders.addRung': ({ ladderId, challengeId, anticipatedSuds }) =>
      practice.addRung(ladderId, challengeId, anticipatedSuds),
    'ladders.moveRung': ({ ladderId, rungId, toIndex }) =>
      practice.moveRung(ladderId, rungId, toIndex),
    'ladders.removeRung': ({ ladderId, rungId }) => practice.removeRung(ladderId, rungId),
    'ladders.rate': ({ ladderId, ratings }) => practice.rateLadder(ladderId, ratings),
    'plan.week': ({ week }) => practice.afterSaves((p) => p.weekPlan(week)),
    'plan.assess': ({ challengeId, day }) =>
      practice.afterSaves((p) => p.assessStep(challengeId, day)),
    'plan.add': ({ day, challengeId, nudgeTrustedPerson }) =>
      practice.planChallenge(day, challengeId, nudgeTrustedPerson),
    'plan.move': ({ id, to }) => practice.movePlanItem(id, to),
    'plan.skip': ({ id, reason }) => practice.skipPlanItem(id, reason),
    'plan.remove': ({ id }) => practice.removePlanItem(id),
    'plan.suggest': () => practice.afterSaves((p) => p.suggestNextSteps()),
    'attempts.create': ({ attempt, planItemId }) => practice.createAttempt(attempt, planItemId),
    'attempts.update': ({ id, attempt }) => practice.updateAttempt(id, attempt),
    'attempts.delete': ({ id }) => practice.deleteAttempt(id),
    'attempts.restore': ({ attempt }) => practice.restoreAttempt(attempt),
    'attempts.get': ({ id }) => practice.afterSaves((p) => p.getAttempt(id)),
    'attempts.list': ({ filter, after }) =>
      practice.afterSaves((p) => p.listAttempts(filter, after)),
    'attempts.search': ({ query, filter, after }) =>
      practice.afterSaves((p) => p.search(query, filter, after)),
    'drafts.get': ({ key }) => practice.afterSaves((p) => p.getDraft(key)),
    'drafts.save': ({ target, fields }) => practice.saveDraft(target, fields),
    'drafts.discard': ({ key }) => practice.discardDraft(key),
    'checks.onboarding': async ({ answers }) => ({
      advice: await practice.recordOnboardingCheck(answers),
    }),
    'checks.weekly': ({ anxiety }) => practice.recordWeeklyCheck(anxiety),
    'checks.thisWeek': () => practice.afterSaves((p) => p.thisWeeksCheck()),
    'profile.trustedPerson': () => practice.afterSaves((p) => p.trustedPerson()),
    'profile.setTrustedPerson': ({ person }) => practice.setTrustedPerson(person),
    'insights.get': ({ range }) => practice.afterSaves((p) => p.insights(range)),
    'insights.streak': () => practice.afterSaves((p) => p.streakWeeks()),
    'insights.wellbeing': () => practice.afterSaves((p) => p.wellbeing()),
    'data.export': ({ format }) => data.exportPlain(format),
    'data.otherVersions': () => data.otherVersions(),
    'data.mergeOtherVersion': ({ fileName, passphrase }) =>
      data.mergeOtherVersion(fileName, passphrase),
    'data.deleteOtherVersion': ({ fileName }) => data.deleteOtherVersion(fileName),
    'data.import': () => data.importJson(),
    'data.backup': () => data.saveEncryptedBackup(),
    'data.importBackup': ({ passphrase }) => data.importEncryptedBackup(passphrase),
    'report.candidates': (range) => report.reflectionChoices(range),
    'report.save': (request) => report.save(request),
    'journals.where': () => journalFile.where(),
    'journals.move': () => journalFile.move(),
    'journals.chooseOther': () => journalFile.chooseOther(),
    'journals.pending': () => journalFile.pending(),
    'journals.openPending': () => journalFile.openPending(),
    'journals.dismissPending': () => journalFile.dismissPending(),
  };
}
