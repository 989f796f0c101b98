import { useId, useState } from 'react';
import type { OnboardingAdvice } from '../../../shared/domain/practice/selfCheck.js';
import type { VaultStatus } from '../../../shared/domain/vault.js';
import { focusWhenShown } from '../../components/focusWhenShown.js';
import { NewVaultSteps } from './NewVaultSteps.js';
import { Welcome } from './Welcome.js';
import { OnboardingAdviceCard } from '../selfCheck/OnboardingAdviceCard.js';
import { SelfCheck } from '../selfCheck/SelfCheck.js';
import './firstRun.css';

/** Where the first run is; from `selfCheck` on, the journal exists and is open. */
type Stage =
  | { readonly name: 'welcome' }
  | { readonly name: 'vault' }
  | { readonly name: 'selfCheck'; readonly status: VaultStatus }
  | { readonly name: 'advice'; readonly status: VaultStatus; readonly advice: OnboardingAdvice };

const headings: Record<Stage['name'], string> = {
  welcome: 'Welcome to Ask Anyway',
  vault: 'Create your journal',
  selfCheck: 'Before you begin',
  advice: 'Before you begin',
};

/**
 * The first run: what the app is and is not, then the journal (passphrase, recovery
 * key, check), then the self-check and its advice. The window opens on the journal
 * (`onCreated`) only at the end, so the self-check is not lost behind the navigation.
 */
export function CreateJournal({
  onCreated,
}: {
  readonly onCreated: (status: VaultStatus) => void;
}) {
  const [stage, setStage] = useState<Stage>({ name: 'welcome' });
  const headingId = useId();

  return (
    <section className="page narrow first-run" aria-labelledby={headingId}>
      {/* Keyed by stage so focus moves to the heading each time the stage changes; the
          welcome is where the window opens, so nothing has moved yet. */}
      <h1
        key={stage.name}
        id={headingId}
        ref={stage.name === 'welcome' ? undefined : focusWhenShown}
        tabIndex={-1}
      >
        {headings[stage.name]}
      </h1>
      {stage.name === 'welcome' && <Welcome onBegin={() => setStage({ name: 'vault' })} />}
      {stage.name === 'vault' && (
        <NewVaultSteps onCreated={(status) => setStage({ name: 'selfCheck', status })} />
      )}
      {stage.name === 'selfCheck' && (
        <>
          <p role="status" className="saved">
            Your journal is ready.
          </p>
          <SelfCheck
            onAdvice={(advice) => setStage({ name: 'advice', status: stage.status, advice })}
            onSkip={() => onCreated(stage.status)}
            skipLabel="Skip for now"
          />
        </>
      )}
      {stage.name === 'advice' && (
        <>
          <OnboardingAdviceCard advice={stage.advice} />
          <div className="actions">
            <button type="button" onClick={() => onCreated(stage.status)}>
              Open my journal
            </button>
          </div>
        </>
      )}
    </section>
  );
}
