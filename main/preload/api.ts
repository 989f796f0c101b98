import type { Api, Transport } from '../../shared/ipc/api.js';

/**
 * Builds `window.api` over a transport: one named method per channel and event, so the
 * page can never name a channel of its own choosing. Only types come from the contract,
 * which keeps zod and the schemas out of the sandboxed preload bundle.
 */
export function createApi(transport: Transport): Api {
  return {
    app: {
      info: () => transport.invoke('app.info', undefined),
      activity: () => transport.invoke('app.activity', undefined),
      onNavigate: (listener) => transport.subscribe('app.navigate', listener),
    },
    settings: {
      get: () => transport.invoke('settings.get', undefined),
      update: (patch) => transport.invoke('settings.update', patch),
      onChanged: (listener) => transport.subscribe('settings.changed', listener),
    },
    reminders: {
      delivery: () => transport.invoke('reminders.delivery', undefined),
      onDeliveryChanged: (listener) => transport.subscribe('reminders.deliveryChanged', listener),
    },
    vault: {
      status: () => transport.invoke('vault.status', undefined),
      prepare: (request) => transport.invoke('vault.prepare', request),
      confirm: (request) => transport.invoke('vault.confirm', request),
      cancel: () => transport.invoke('vault.cancel', undefined),
      unlock: (request) => transport.invoke('vault.unlock', request),
      reset: (request) => transport.invoke('vault.reset', request),
      lock: () => transport.invoke('vault.lock', undefined),
      draftsSaved: (request) => transport.invoke('vault.draftsSaved', request),
      changePassphrase: (request) => transport.invoke('vault.changePassphrase', request),
      newRecoveryKey: (request) => transport.invoke('vault.newRecoveryKey', request),
      saveRecoveryKey: (request) => transport.invoke('vault.saveRecoveryKey', request),
      dismissNotice: (request) => transport.invoke('vault.dismissNotice', request),
      copyRecoveryKey: (request) => transport.invoke('vault.copyRecoveryKey', request),
      backups: () => transport.invoke('vault.backups', undefined),
      restore: (request) => transport.invoke('vault.restore', request),
      mergeChanged: (request) => transport.invoke('vault.mergeChanged', request),
      keepBoth: () => transport.invoke('vault.keepBoth', undefined),
      onLockRequested: (listener) => transport.subscribe('vault.lockRequested', listener),
      onLocked: (listener) => transport.subscribe('vault.locked', listener),
      onChangedOnDisk: (listener) => transport.subscribe('vault.changedOnDisk', listener),
    },
    challenges: {
      list: () => transport.invoke('challenges.list', undefined),
      create: (request) => transport.invoke('challenges.create', request),
      delete: (request) => transport.invoke('challenges.delete', request),
    },
    ladders: {
      list: () => transport.invoke('ladders.list', undefined),
      create: (request) => transport.invoke('ladders.create', request),
      update: (request) => transport.invoke('ladders.update', request),
      delete: (request) => transport.invoke('ladders.delete', request),
      addRung: (request) => transport.invoke('ladders.addRung', request),
      moveRung: (request) => transport.invoke('ladders.moveRung', request),
      removeRung: (request) => transport.invoke('ladders.removeRung', request),
      rate: (request) => transport.invoke('ladders.rate', request),
    },
    plan: {
      week: (request) => transport.invoke('plan.week', request),
      assess: (request) => transport.invoke('plan.assess', request),
      add: (request) => transport.invoke('plan.add', request),
      move: (request) => transport.invoke('plan.move', request),
      skip: (request) => transport.invoke('plan.skip', request),
      remove: (request) => transport.invoke('plan.remove', request),
      suggest: () => transport.invoke('plan.suggest', undefined),
    },
    attempts: {
      create: (request) => transport.invoke('attempts.create', request),
      update: (request) => transport.invoke('attempts.update', request),
      delete: (request) => transport.invoke('attempts.delete', request),
      restore: (request) => transport.invoke('attempts.restore', request),
      get: (request) => transport.invoke('attempts.get', request),
      list: (request) => transport.invoke('attempts.list', request),
      search: (request) => transport.invoke('attempts.search', request),
    },
    drafts: {
      get: (request) => transport.invoke('drafts.get', request),
      save: (request) => transport.invoke('drafts.save', request),
      discard: (request) => transport.invoke('drafts.discard', request),
    },
    checks: {
      onboarding: (request) => transport.invoke('checks.onboarding', request),
      weekly: (request) => transport.invoke('checks.weekly', request),
      thisWeek: () => transport.invoke('checks.thisWeek', undefined),
    },
    profile: {
      trustedPerson: () => transport.invoke('profile.trustedPerson', undefined),
      setTrustedPerson: (request) => transport.invoke('profile.setTrustedPerson', request),
    },
    insights: {
      get: (request) => transport.invoke('insights.get', request),
      streak: () => transport.invoke('insights.streak', undefined),
      wellbeing: () => transport.invoke('insights.wellbeing', undefined),
    },
    data: {
      export: (request) => transport.invoke('data.export', request),
      import: () => transport.invoke('data.import', undefined),
      backup: () => transport.invoke('data.backup', undefined),
      importBackup: (request) => transport.invoke('data.importBackup', request),
      otherVersions: () => transport.invoke('data.otherVersions', undefined),
      mergeOtherVersion: (request) => transport.invoke('data.mergeOtherVersion', request),
      deleteOtherVersion: (request) => transport.invoke('data.deleteOtherVersion', request),
    },
    report: {
      candidates: (request) => transport.invoke('report.candidates', request),
      save: (request) => transport.invoke('report.save', request),
    },
    journals: {
      where: () => transport.invoke('journals.where', undefined),
      move: () => transport.invoke('journals.move', undefined),
      chooseOther: () => transport.invoke('journals.chooseOther', undefined),
      pending: () => transport.invoke('journals.pending', undefined),
      openPending: () => transport.invoke('journals.openPending', undefined),
      dismissPending: () => transport.invoke('journals.dismissPending', undefined),
      onOpenRequested: (listener) => transport.subscribe('journals.openRequested', listener),
    },
  };
}
