import { useState, type SyntheticEvent } from 'react';
import type { PreparedVaultView, VaultStatus } from '../../../shared/domain/vault.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import type { FieldIssue } from '../../../shared/ipc/fieldIssues.js';
import { fieldProblemText } from '../../components/fieldWords.js';
import { RecoveryKeyCard } from '../../components/RecoveryKeyCard.js';
import { NewPassphraseFields, type NewPassphrase } from './NewPassphraseFields.js';
import { passphraseFieldOf, passphraseSchema, passphraseWordsFor } from './passphraseProblems.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { focusWhenShown } from '../../components/focusWhenShown.js';
import { useFieldProblems } from '../../components/useFieldProblems.js';

type Step =
  | { readonly name: 'passphrase' }
  | { readonly name: 'key'; readonly prepared: PreparedVaultView }
  | { readonly name: 'confirm'; readonly prepared: PreparedVaultView };

/** Main's refusal of the typed-back groups: which group did not match, by its position. */
function confirmProblemText(issues: readonly FieldIssue[], groups: readonly number[]): string {
  const [first] = issues;
  const [field, index] = first?.path ?? [];
  const position = typeof index === 'number' ? groups[index] : undefined;
  if (field === 'answers' && first?.problem.kind === 'no_match' && position !== undefined)
    return `Group ${position} does not match the recovery key. Check it and type it again.`;
  return first ? fieldProblemText(first.problem) : 'Check the groups and type them again.';
}

/**
 * Creating the vault: a passphrase typed twice, then the recovery key shown once, then
 * four of its groups typed back. Only then does the journal exist on disk, open.
 */
export function NewVaultSteps({
  onCreated,
}: {
  readonly onCreated: (status: VaultStatus) => void;
}) {
  const [step, setStep] = useState<Step>({ name: 'passphrase' });
  const [passphrase, setPassphrase] = useState<NewPassphrase>({ passphrase: '', confirmation: '' });
  const [answers, setAnswers] = useState(['', '', '', '']);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const {
    shown: passphraseProblems,
    check: checkPassphrase,
    formRef: passphraseForm,
  } = useFieldProblems(passphraseSchema, passphrase, passphraseFieldOf, passphraseWordsFor);

  const prepare = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    if (!checkPassphrase()) return;
    setBusy(true);
    const result = await api.vault.prepare(passphrase);
    setBusy(false);
    if (!result.ok) {
      setError(describeError(result.error));
      return;
    }
    setError(undefined);
    setStep({ name: 'key', prepared: result.value });
  };

  const confirm = async (event: SyntheticEvent, groups: readonly number[]): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const result = await api.vault.confirm({ answers });
    setBusy(false);
    if (!result.ok) {
      setError(
        result.error.code === 'INVALID_REQUEST'
          ? confirmProblemText(result.error.issues, groups)
          : describeError(result.error),
      );
      return;
    }
    onCreated(result.value);
  };

  return (
    <>
      {step.name === 'passphrase' && (
        <form ref={passphraseForm} noValidate onSubmit={(event) => void prepare(event)}>
          <p>
            Your journal is encrypted with a passphrase only you know. There is no account and no
            server: nobody, not even the makers of Ask Anyway, can open it without it.
          </p>
          <NewPassphraseFields
            value={passphrase}
            onChange={setPassphrase}
            label="Passphrase"
            problems={passphraseProblems}
          />
          <ErrorAlert message={error} />
          <button type="submit" disabled={busy}>
            {busy ? 'Preparing…' : 'Continue'}
          </button>
        </form>
      )}
      {step.name === 'key' && (
        <div>
          <h2 ref={focusWhenShown} tabIndex={-1}>
            Your recovery key
          </h2>
          <RecoveryKeyCard recoveryKey={step.prepared.recoveryKey} />
          <div className="actions">
            <button
              type="button"
              onClick={() => setStep({ name: 'confirm', prepared: step.prepared })}
            >
              I have written it down
            </button>
          </div>
        </div>
      )}
      {step.name === 'confirm' && (
        <form onSubmit={(event) => void confirm(event, step.prepared.confirmGroups)}>
          <h2 ref={focusWhenShown} tabIndex={-1}>
            Check your copy
          </h2>
          <p>Type these groups from the recovery key you wrote down.</p>
          <div className="group-answers">
            {step.prepared.confirmGroups.map((position, index) => (
              <label key={position}>
                Group {position}
                <input
                  value={answers[index]}
                  maxLength={9}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(event) =>
                    setAnswers(
                      answers.map((answer, i) => (i === index ? event.target.value : answer)),
                    )
                  }
                />
              </label>
            ))}
          </div>
          <ErrorAlert message={error} />
          <div className="actions">
            <button
              type="button"
              className="secondary"
              onClick={() => setStep({ name: 'key', prepared: step.prepared })}
            >
              Show the key again
            </button>
            <button type="submit" disabled={busy || answers.some((answer) => answer.trim() === '')}>
              {busy ? 'Creating…' : 'Create journal'}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
