import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../shared/domain/settings.js';
import { screens, type Screen } from '../../shared/ipc/contract.js';
import type { Result } from '../../shared/ipc/result.js';
import { api } from '../api/client.js';
import { describeError } from '../api/errorText.js';
import { ChallengesPage } from '../features/challenges/ChallengesPage.js';
import { GuidePage } from '../features/guide/GuidePage.js';
import { JournalPage } from '../features/journal/JournalPage.js';
import { answerLockRequests } from '../features/journal/pendingDrafts.js';
import { LaddersPage } from '../features/ladders/LaddersPage.js';
import { PlanPage } from '../features/plan/PlanPage.js';
import { OpenJournalPrompt } from '../features/journalFile/OpenJournalPrompt.js';
import { ReportPage } from '../features/report/ReportPage.js';
import { SettingsPage } from '../features/settings/SettingsPage.js';
import { useSettings } from '../features/settings/useSettings.js';
import { CreateJournal } from '../features/unlock/CreateJournal.js';
import { UnlockJournal } from '../features/unlock/UnlockJournal.js';
import { useVaultStatus } from '../features/unlock/useVaultStatus.js';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary.js';
import { OutsideChangeNotice } from '../features/versions/OutsideChangeNotice.js';
import { RecordNotices } from '../features/versions/RecordNotices.js';
import { WeekPage } from '../features/week/WeekPage.js';
import { NavigationContext, railScreenOf, type Route } from './navigation.js';
import { useActivityReports } from './useActivityReports.js';
import { useDayChange } from './useDayChange.js';
import { useAppliedTheme } from './theme.js';

// The charts library is most of the bundle's weight: it loads when Insights first opens.
const InsightsPage = lazy(() =>
  import('../features/insights/InsightsPage.js').then((module) => ({
    default: module.InsightsPage,
  })),
);

const screenLabels: Record<Screen, string> = {
  week: 'This week',
  plan: 'Plan',
  challenges: 'Challenges',
  ladders: 'Ladders',
  journal: 'Journal',
  insights: 'Insights',
  guide: 'The practice',
  settings: 'Settings',
};

/** Screens built around "today": a new day reopens them, unless the user is in a form. */
const dayScreens: ReadonlySet<Route['screen']> = new Set(['week', 'insights']);

interface ScreenProps {
  readonly settings: Settings;
  readonly update: (patch: SettingsPatch) => Promise<Result<Settings>>;
}

function renderScreen(route: Route, props: ScreenProps): ReactNode {
  switch (route.screen) {
    case 'week':
      return <WeekPage />;
    case 'plan':
      return <PlanPage />;
    case 'challenges':
      return <ChallengesPage />;
    case 'ladders':
      return <LaddersPage />;
    case 'journal':
      return <JournalPage opening={route.opening} />;
    case 'insights':
      return (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <InsightsPage />
        </Suspense>
      );
    case 'report':
      return <ReportPage />;
    case 'guide':
      return <GuidePage />;
    case 'settings':
      return <SettingsPage settings={props.settings} update={props.update} />;
  }
}

/**
 * The window. Until the journal is open it shows only what is needed to create or
 * unlock it; then a navigation rail and the current screen.
 */
export function App() {
  const { state, update } = useSettings();
  const vault = useVaultStatus();
  useAppliedTheme(state.status === 'ready' ? state.settings.theme : 'system');
  useActivityReports();
  // Each navigation is a new visit, even to the screen already shown: the rail's Journal
  // link leaves an open attempt form (its draft saved) for the list.
  const [visit, setVisit] = useState<{ route: Route; count: number }>({
    route: { screen: 'week' },
    count: 0,
  });
  const { route } = visit;
  const navigate = useCallback(
    (next: Route) => setVisit((current) => ({ route: next, count: current.count + 1 })),
    [],
  );

  useEffect(() => api.app.onNavigate(({ to }) => navigate({ screen: to })), [navigate]);
  // Every lock, from here or from main, first asks the open forms to save their drafts.
  useEffect(answerLockRequests, []);
  // A window left open past midnight: This week and Insights open afresh on the new day
  // (Plan is left: a skip reason may be half typed there).
  useDayChange(
    useCallback(
      () =>
        setVisit((current) =>
          dayScreens.has(current.route.screen) && !document.activeElement?.closest('form')
            ? { ...current, count: current.count + 1 }
            : current,
        ),
      [],
    ),
  );

  if (state.status === 'failed') return <p role="alert">{describeError(state.error)}</p>;
  if (vault.state.status === 'failed')
    return <p role="alert">{describeError(vault.state.error)}</p>;
  if (state.status === 'loading' || vault.state.status === 'loading')
    return <p role="status">Loading…</p>;

  const status = vault.state.vault;
  if (status.state === 'absent') {
    return (
      <main className="content centered">
        <CreateJournal onCreated={vault.set} />
        <OpenJournalPrompt journalOpen={false} />
      </main>
    );
  }
  if (status.state === 'locked') {
    return (
      <main className="content centered">
        <UnlockJournal status={status} onUnlocked={vault.set} />
        <OpenJournalPrompt journalOpen={false} />
      </main>
    );
  }

  return (
    <div className="shell">
      <nav className="rail" aria-label="Main">
        <p className="wordmark">Ask Anyway</p>
        <ul>
          {screens.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="rail-link"
                aria-current={railScreenOf(route) === name ? 'page' : undefined}
                onClick={() => navigate({ screen: name })}
              >
                {screenLabels[name]}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="rail-link lock" onClick={() => void api.vault.lock()}>
          Lock journal
        </button>
      </nav>
      <main className="content">
        <OutsideChangeNotice changed={status.changedOnDisk === true} />
        <RecordNotices
          status={status}
          onStatus={vault.set}
          openSettings={() => navigate({ screen: 'settings' })}
        />
        <OpenJournalPrompt journalOpen />
        <NavigationContext value={navigate}>
          {/* Keyed by the visit, so each starts fresh (a journal opening included), and a
              screen that broke is left behind by going to another. */}
          <ScreenErrorBoundary key={visit.count}>
            {renderScreen(route, { settings: state.settings, update })}
          </ScreenErrorBoundary>
        </NavigationContext>
      </main>
    </div>
  );
}
