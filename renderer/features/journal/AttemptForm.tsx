import { useId, useState, type SyntheticEvent } from 'react';
import {
  copingWays,
  type Attempt,
  type CopingWay,
} from '../../../shared/domain/practice/attempts.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { SudsSlider } from '../../components/SudsSlider.js';
import { OutcomeOptions } from './OutcomeOptions.js';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import {
  draftFromAttempt,
  emptyDraft,
  noOrigin,
  toInput,
  type AttemptDraft,
  type AttemptOrigin,
} from './attemptDraft.js';

const copingNames: Record<CopingWay, string> = {
  wrote_it_down: 'I wrote it down',
  called_trusted_person: 'I called my trusted person',
  other: 'Something else',
};

/** A new attempt at a challenge, perhaps one planned for today. */
export interface AttemptStart {
  readonly challenge: Challenge;
  readonly planItemId: string | null;
}

interface AttemptFormProps {
  /** The attempt to edit; a new one when absent. */
  readonly attempt?: Attempt | undefined;
  /** What a new attempt starts from; a blank form when absent. */
  readonly start?: AttemptStart | undefined;
  readonly onSaved: (attempt: Attempt) => void;
  readonly onCancel: () => void;
}

/**
 * One attempt in two parts: before the challenge (the prediction) and after it (what
 * happened, how it felt, what it taught). Saving with no outcome keeps it as an open
 * attempt, to finish later.
 */
export function AttemptForm({ attempt, start, onSaved, onCancel }: AttemptFormProps) {
  const [draft, setDraft] = useState<AttemptDraft>(() =>
    attempt ? draftFromAttempt(attempt) : emptyDraft(start?.challenge.title),
  );
  const origin: AttemptOrigin = attempt
    ? attempt.before
    : start
      ? {
          challengeId: start.challenge.id,
          category: start.challenge.category,
          difficulty: start.challenge.difficulty,
        }
      : noOrigin;
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const id = useId();
  const set = <K extends keyof AttemptDraft>(key: K, value: AttemptDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    const input = toInput(draft, origin);
    const result = attempt
      ? await api.attempts.update({ id: attempt.id, attempt: input })
      : await api.attempts.create({ attempt: input, planItemId: start?.planItemId ?? null });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else
      setError(
        result.error.code === 'INVALID_REQUEST'
          ? `Please check: ${result.error.message}`
          : describeError(result.error),
      );
  };

  const asked = draft.outcome !== '' && draft.outcome !== 'not_tried';
  return (
    <form className="page" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h1 id={`${id}-title`}>{attempt ? 'Edit attempt' : 'New attempt'}</h1>
      <fieldset className="card">
        <legend>Before</legend>
        <div className="field">
          <label htmlFor={`${id}-request`}>What will you ask for?</label>
          <input
            id={`${id}-request`}
            value={draft.request}
            required
            maxLength={140}
            onChange={(event) => set('request', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-when`}>When</label>
          <input
            id={`${id}-when`}
            type="datetime-local"
            value={draft.occurredAt}
            required
            onChange={(event) => set('occurredAt', event.target.value)}
          />
        </div>
        <SudsSlider
          label="How anxious do you expect to be? (SUDS)"
          value={draft.anticipatedSuds}
          onChange={(value) => set('anticipatedSuds', value)}
        />
        <div className="field">
          <label htmlFor={`${id}-no`}>How likely is a “no”? ({draft.predictedNoPercent} %)</label>
          <input
            id={`${id}-no`}
            type="range"
            min={0}
            max={100}
            step={5}
            value={draft.predictedNoPercent}
            aria-valuetext={`${draft.predictedNoPercent} %`}
            onChange={(event) => set('predictedNoPercent', Number(event.target.value))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-fear`}>What do you fear will happen?</label>
          <textarea
            id={`${id}-fear`}
            value={draft.fearedConsequence}
            maxLength={20_000}
            onChange={(event) => set('fearedConsequence', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-safety`}>Safety behaviours you will drop (comma-separated)</label>
          <input
            id={`${id}-safety`}
            value={draft.safetyBehaviours}
            placeholder="apologising first, avoiding eye contact"
            onChange={(event) => set('safetyBehaviours', event.target.value)}
          />
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>After</legend>
        <p className="hint">Leave the outcome empty to keep this as an open attempt.</p>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>How did it go?</label>
          <select
            id={`${id}-outcome`}
            value={draft.outcome}
            onChange={(event) => set('outcome', event.target.value as AttemptDraft['outcome'])}
          >
            <option value="">Not yet</option>
            <OutcomeOptions />
          </select>
        </div>
        {asked && (
          <>
            <SudsSlider
              label="How anxious were you at the peak?"
              value={draft.peakSuds}
              onChange={(value) => set('peakSuds', value)}
            />
            <SudsSlider
              label="And afterwards?"
              value={draft.afterSuds}
              onChange={(value) => set('afterSuds', value)}
            />
            <div className="field">
              <label htmlFor={`${id}-surprise`}>
                How surprising was it? ({draft.surprise} of 10)
              </label>
              <input
                id={`${id}-surprise`}
                type="range"
                min={0}
                max={10}
                value={draft.surprise}
                onChange={(event) => set('surprise', Number(event.target.value))}
              />
            </div>
          </>
        )}
        {draft.outcome !== '' && (
          <>
            <div className="field">
              <label htmlFor={`${id}-happened`}>What actually happened?</label>
              <textarea
                id={`${id}-happened`}
                value={draft.whatHappened}
                maxLength={20_000}
                onChange={(event) => set('whatHappened', event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-learned`}>What did you learn?</label>
              <textarea
                id={`${id}-learned`}
                value={draft.learned}
                maxLength={20_000}
                onChange={(event) => set('learned', event.target.value)}
              />
            </div>
            <fieldset className="field">
              <legend>How did you calm down?</legend>
              {copingWays.map((way) => (
                <div key={way} className="choice">
                  <input
                    id={`${id}-coping-${way}`}
                    type="checkbox"
                    checked={draft.coping.includes(way)}
                    onChange={(event) =>
                      set(
                        'coping',
                        event.target.checked
                          ? [...draft.coping, way]
                          : draft.coping.filter((item) => item !== way),
                      )
                    }
                  />
                  <label htmlFor={`${id}-coping-${way}`}>{copingNames[way]}</label>
                </div>
              ))}
            </fieldset>
          </>
        )}
        <div className="field">
          <label htmlFor={`${id}-tags`}>Tags (comma-separated)</label>
          <input
            id={`${id}-tags`}
            value={draft.tags}
            onChange={(event) => set('tags', event.target.value)}
          />
        </div>
      </fieldset>
      <ErrorAlert message={error} />
      <div className="actions">
        <button type="submit" disabled={saving}>
          {draft.outcome === '' ? 'Save as open attempt' : 'Save'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
