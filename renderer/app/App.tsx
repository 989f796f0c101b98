import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../shared/domain/settings.js';
import { screens, type Screen } from '../../shared/ipc/contract.js';
import type { Result } from '../../shared/ipc/result.js';
import { api } from '../api/client.js';
import { describeError } from '../api/errorText.js';
import { GuidePage } from '../features/guide/GuidePage.js';
import { JournalPage } from '../features/journal/JournalPage.js';
import { SettingsPage } from '../features/settings/SettingsPage.js';
import { useSettings } from '../features/settings/useSettings.js';
import { CreateJournal } from '../features/unlock/CreateJournal.js';
import { UnlockJournal } from '../features/unlock/UnlockJournal.js';
import { useVaultStatus } from '../features/unlock/useVaultStatus.js';
import { useActivityReports } from './useActivityReports.js';
import { useAppliedTheme } from './theme.js';

// The charts library is most of the bundle's weight: it loads when Insights first opens.
const InsightsPage = lazy(() =>
  import('../features/insights/InsightsPage.js').then((module) => ({
    default: module.InsightsPage,
  })),
);

const screenLabels: Record<Screen, string> = {
  journal: 'Journal',
  insights: 'Insights',
  guide: 'The practice',
  settings: 'Settings',
};

interface ScreenProps {
  readonly settings: Settings;
  readonly update: (patch: SettingsPatch) => Promise<Result<Settings>>;
}

function renderScreen(screen: Screen, props: ScreenProps): ReactNode {
  switch (screen) {
    case 'journal':
      return <JournalPage />;
    case 'insights':
      return (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <InsightsPage />
        </Suspense>
      );
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
  const [screen, setScreen] = useState<Screen>('guide');

  useEffect(() => api.app.onNavigate(({ to }) => setScreen(to)), []);

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
      </main>
    );
  }
  if (status.state === 'locked') {
    return (
      <main className="content centered">
        <UnlockJournal status={status} onUnlocked={vault.set} />
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
                aria-current={screen === name ? 'page' : undefined}
                onClick={() => setScreen(name)}
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
      <main className="content">{renderScreen(screen, { settings: state.settings, update })}</main>
    </div>
  );
}
