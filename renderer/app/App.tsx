import { useEffect, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../shared/domain/settings.js';
import { screens, type Screen } from '../../shared/ipc/contract.js';
import type { Result } from '../../shared/ipc/result.js';
import { api } from '../api/client.js';
import { describeError } from '../api/errorText.js';
import { GuidePage } from '../features/guide/GuidePage.js';
import { SettingsPage } from '../features/settings/SettingsPage.js';
import { useSettings } from '../features/settings/useSettings.js';
import { useAppliedTheme } from './theme.js';

const screenLabels: Record<Screen, string> = { guide: 'The practice', settings: 'Settings' };

interface ScreenProps {
  readonly settings: Settings;
  readonly update: (patch: SettingsPatch) => Promise<Result<Settings>>;
}

function renderScreen(screen: Screen, props: ScreenProps): ReactNode {
  switch (screen) {
    case 'guide':
      return <GuidePage />;
    case 'settings':
      return <SettingsPage settings={props.settings} update={props.update} />;
  }
}

/** The window: a navigation rail and the current screen. */
export function App() {
  const { state, update } = useSettings();
  useAppliedTheme(state.status === 'ready' ? state.settings.theme : 'system');
  const [screen, setScreen] = useState<Screen>('guide');

  useEffect(() => api.app.onNavigate(({ to }) => setScreen(to)), []);

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
      </nav>
      <main className="content">
        {state.status === 'loading' && <p role="status">Loading…</p>}
        {state.status === 'failed' && <p role="alert">{describeError(state.error)}</p>}
        {state.status === 'ready' && renderScreen(screen, { settings: state.settings, update })}
      </main>
    </div>
  );
}
