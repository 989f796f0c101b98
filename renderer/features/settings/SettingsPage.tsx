import { useEffect, useId, useState } from 'react';
import type { AppInfo } from '../../../shared/domain/appInfo.js';
import {
  themeChoices,
  themeNames,
  type Settings,
  type SettingsPatch,
  type ThemeChoice,
} from '../../../shared/domain/settings.js';
import type { Result } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { autoLockChoices, describeMinutes } from './autoLockChoices.js';
import { BackupsSection } from './BackupsSection.js';
import { DataSection } from './DataSection.js';
import { JournalFileSection } from '../journalFile/JournalFileSection.js';
import { OtherVersionsSection } from './OtherVersionsSection.js';
import { RemindersSection } from './RemindersSection.js';
import { SecuritySection } from './SecuritySection.js';
import { TrustedPersonSection } from './TrustedPersonSection.js';

const themeHints: Record<ThemeChoice, string> = {
  system: 'Follows your computer’s light or dark setting.',
  light: 'Dark text on a light background.',
  dark: 'Light text on a dark background, easier at night.',
};

interface SettingsPageProps {
  readonly settings: Settings;
  readonly update: (patch: SettingsPatch) => Promise<Result<Settings>>;
}

/** Appearance, locking and facts about the app. Every change is saved at once. */
export function SettingsPage({ settings, update }: SettingsPageProps) {
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string }>();
  const autoLockId = useId();
  const themeId = useId();

  const save = async (patch: SettingsPatch): Promise<void> => {
    const result = await update(patch);
    setStatus(
      result.ok
        ? { kind: 'saved', text: 'Saved.' }
        : { kind: 'error', text: describeError(result.error) },
    );
  };

  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>

      <fieldset className="card">
        <legend>Appearance</legend>
        {themeChoices.map((theme) => (
          <div key={theme} className="choice">
            <input
              id={`${themeId}-${theme}`}
              type="radio"
              name="theme"
              value={theme}
              checked={settings.theme === theme}
              aria-describedby={`${themeId}-${theme}-hint`}
              onChange={() => void save({ theme })}
            />
            <div>
              <label htmlFor={`${themeId}-${theme}`} className="choice-label">
                {themeNames[theme]}
              </label>
              <span id={`${themeId}-${theme}-hint`} className="hint">
                {themeHints[theme]}
              </span>
            </div>
          </div>
        ))}
      </fieldset>

      <div className="card">
        <h2>Locking</h2>
        <label htmlFor={autoLockId}>Lock the journal after</label>
        <select
          id={autoLockId}
          value={settings.autoLockMinutes}
          onChange={(event) => void save({ autoLockMinutes: Number(event.target.value) })}
        >
          {autoLockChoices(settings.autoLockMinutes).map((minutes) => (
            <option key={minutes} value={minutes}>
              {describeMinutes(minutes)} without use
            </option>
          ))}
        </select>
        <p className="hint">
          Locking closes the journal and forgets its key; your passphrase opens it again. It also
          locks when your computer sleeps or its screen locks.
        </p>
      </div>

      <p role="status" className={`status ${status?.kind ?? ''}`}>
        {status?.text}
      </p>

      <RemindersSection settings={settings} save={save} />
      <TrustedPersonSection />
      <SecuritySection />
      <JournalFileSection />
      <BackupsSection />
      <DataSection />
      <OtherVersionsSection />
      <AboutCard />
    </section>
  );
}

function AboutCard() {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    void api.app.info().then((result) => {
      if (result.ok) setInfo(result.value);
    });
  }, []);

  return (
    <div className="card">
      <h2>About</h2>
      <dl className="facts">
        <dt>Version</dt>
        <dd>{info ? `${info.name} ${info.version}` : '…'}</dd>
        <dt>Data folder</dt>
        <dd>
          <code>{info?.dataFolder ?? '…'}</code>
        </dd>
        <dt>Log file</dt>
        <dd>
          {info === undefined ? (
            '…'
          ) : info.logFile === null ? (
            'None: the system gave the app no folder for its log.'
          ) : (
            <code>{info.logFile}</code>
          )}
        </dd>
        <dt>Spelling</dt>
        <dd>
          {info === undefined
            ? '…'
            : info.checksSpelling
              ? 'Checked by your system, on this computer.'
              : 'Not checked: on this system, checking would download dictionaries from the internet.'}
        </dd>
      </dl>
      <p>
        Ask Anyway never uses the network. It has no account, no server and no telemetry: what you
        keep in it stays in this folder, on this computer.
      </p>
      <p className="hint">
        The log says when the app started, locked and stopped, and what went wrong inside it, for a
        support request. It never holds what you write, your passphrase or your keys.
      </p>
      <p className="hint">
        Ask Anyway is a self-help practice, not therapy. If the practice leaves you more anxious, a
        therapist who specialises in social anxiety can help.
      </p>
    </div>
  );
}
