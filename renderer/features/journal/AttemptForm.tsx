import { useEffect, useId, useMemo, useState, type SyntheticEvent } from 'react';
import {
  attemptInputSchema,
  copingWays,
  reflectionMaxLength,
  type Attempt,
  type CopingWay,
} from '../../../shared/domain/practice/attempts.js';
import { titleMaxLength } from '../../../shared/domain/practice/challenges.js';
import type { AttemptFields } from '../../../shared/domain/practice/drafts.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RatingSlider } from '../../components/RatingSlider.js';
import { SudsSlider } from '../../components/SudsSlider.js';
import { TextField } from '../../components/TextField.js';
import { useFieldProblems } from '../../components/useFieldProblems.js';
import { draftTargetOf, originOf, toInput, type FormSubject } from './attemptFields.js';
import { fieldProblemText } from '../../components/fieldWords.js';
import {
  attemptFieldOf,
  attemptProblemsFromMain,
  attemptWordsFor,
  type AttemptProblems,
} from './attemptProblems.js';
import { describeSavedAt } from './DraftOffer.js';
import { OutcomeOptions } from './OutcomeOptions.js';
import { useDraftAutosave, type AutosaveState } from './useDraftAutosave.js';
import { format } from '../../app/format.js';

const copingNames: Record<CopingWay, string> = {
  wrote_it_down: 'I wrote it down',
  called_trusted_person: 'I called my trusted person',
  other: 'Something else',
};

function autosaveText(state: AutosaveState): string {
  switch (state.kind) {
    case 'idle':
      return 'Your changes are kept as a draft as you type.';
    case 'saved':
      return `Draft kept in your journal at ${describeSavedAt(state.savedAt)}.`;
    case 'failed':
      return `The draft could not be kept: ${state.message}`;
  }
}

/** The problems but the one of `key`: it was changed, so main's word on it is stale. */
function withoutField(problems: AttemptProblems, key: keyof AttemptFields): AttemptProblems {
  if (problems[key] === undefined) return problems;
  return Object.fromEntries(Object.entries(problems).filter(([field]) => field !== key));
}

interface AttemptFormProps {
  readonly subject: FormSubject;
  /** What the inputs start with: the attempt, a blank form, or a draft continued. */
  readonly initial: AttemptFields;
  /** True when `initial` is a draft: it differs from the journal from the start. */
  readonly fromDraft: boolean;
  readonly onSaved: (attempt: Attempt) => void;
  /** Back to the list; any changes stay as a draft. */
  readonly onClose: () => void;
}

/**
 * One attempt in two parts: before the challenge (the prediction) and after it (what
 * happened, how it felt, what it taught). Saving with no outcome keeps it as an open
 * attempt, to finish later. Until it is saved, the form autosaves a draft.
 */
export function AttemptForm({ subject, initial, fromDraft, onSaved, onClose }: AttemptFormProps) {
  const [fields, setFields] = useState<AttemptFields>(initial);
  const [changed, setChanged] = useState(fromDraft);
  const target = useMemo(() => draftTargetOf(subject), [subject]);
  const autosave = useDraftAutosave(target, fields, changed);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const id = useId();
  const input = useMemo(() => toInput(fields, originOf(subject)), [fields, subject]);
  // Problems show beside their fields once a save was refused for them, and go as each
  // is fixed; a field past its limit says so as soon as it is.
  const fieldProblems = useFieldProblems(
    attemptInputSchema,
    input,
    attemptFieldOf,
    attemptWordsFor,
  );
  const { check, formRef } = fieldProblems;
  // What main refused that the form's own check let through (an id gone since, a rule
  // only main knows): beside its field until that field is changed.
  const [refused, setRefused] = useState<AttemptProblems>({});
  const [focusRefused, setFocusRefused] = useState(0);
  const problemOf = (key: keyof AttemptFields) => fieldProblems.problemOf(key) ?? refused[key];
  const set = <K extends keyof AttemptFields>(key: K, value: AttemptFields[K]) => {
    setChanged(true);
    setRefused((current) => withoutField(current, key));
    setFields((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Nothing is sent, nothing is cut: the words stay, each problem beside its field.
    if (!check()) return;
    setSaving(true);
    autosave.pause();
    const result =
      subject.kind === 'edit'
        ? await api.attempts.update({ id: subject.attempt.id, attempt: input })
        : await api.attempts.create({ attempt: input, planItemId: subject.planItemId });
    setSaving(false);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    autosave.resume();
    if (result.error.code === 'INVALID_REQUEST') {
      const sorted = attemptProblemsFromMain(result.error.issues, input);
      const [other] = sorted.rest;
      setRefused(sorted.problems);
      setError(other && fieldProblemText(other.problem));
      setFocusRefused((request) => request + 1);
      return;
    }
    setError(describeError(result.error));
  };

  // After the render that marks main's refusals beside their fields: focus the first.
  useEffect(() => {
    if (focusRefused === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRefused, formRef]);

  const discard = async () => {
    await autosave.discard();
    onClose();
  };

  const asked = fields.outcome !== '' && fields.outcome !== 'not_tried';
  return (
    <form
      ref={formRef}
      className="page"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h1 id={`${id}-title`}>{subject.kind === 'edit' ? 'Edit attempt' : 'New attempt'}</h1>
      <fieldset className="card">
        <legend>Before</legend>
        <TextField
          label="What will you ask for?"
          value={fields.request}
          maxLength={titleMaxLength}
          problem={problemOf('request')}
          onChange={(value) => set('request', value)}
        />
        <div className="field">
          <label htmlFor={`${id}-when`}>When</label>
          <input
            id={`${id}-when`}
            type="datetime-local"
            value={fields.occurredAt}
            aria-invalid={problemOf('occurredAt') ? true : undefined}
            aria-describedby={problemOf('occurredAt') ? `${id}-when-problem` : undefined}
            onChange={(event) => set('occurredAt', event.target.value)}
          />
          {problemOf('occurredAt') && (
            <p id={`${id}-when-problem`} className="field-problem">
              {problemOf('occurredAt')}
            </p>
          )}
        </div>
        <SudsSlider
          label="How anxious do you expect to be? (SUDS)"
          value={fields.anticipatedSuds}
          onChange={(value) => set('anticipatedSuds', value)}
        />
        <RatingSlider
          label="How likely is a “no”?"
          value={fields.predictedNoPercent}
          onChange={(value) => set('predictedNoPercent', value)}
          min={0}
          max={100}
          step={5}
          valueText={(value) => format.percent(value / 100)}
        />
        <TextField
          label="What do you fear will happen?"
          multiline
          value={fields.fearedConsequence}
          maxLength={reflectionMaxLength}
          problem={problemOf('fearedConsequence')}
          onChange={(value) => set('fearedConsequence', value)}
        />
        <TextField
          label="Safety behaviours you will drop (comma-separated)"
          value={fields.safetyBehaviours}
          placeholder="apologising first, avoiding eye contact"
          problem={problemOf('safetyBehaviours')}
          onChange={(value) => set('safetyBehaviours', value)}
        />
      </fieldset>

      <fieldset className="card">
        <legend>After</legend>
        <p className="hint">Leave the outcome empty to keep this as an open attempt.</p>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>How did it go?</label>
          <select
            id={`${id}-outcome`}
            value={fields.outcome}
            onChange={(event) => set('outcome', event.target.value as AttemptFields['outcome'])}
          >
            <option value="">Not yet</option>
            <OutcomeOptions />
          </select>
        </div>
        {asked && (
          <>
            <SudsSlider
              label="How anxious were you at the peak?"
              value={fields.peakSuds}
              onChange={(value) => set('peakSuds', value)}
            />
            <SudsSlider
              label="And afterwards?"
              value={fields.afterSuds}
              onChange={(value) => set('afterSuds', value)}
            />
            <RatingSlider
              label="How surprising was it?"
              value={fields.surprise}
              onChange={(value) => set('surprise', value)}
              min={0}
              max={10}
              step={1}
              valueText={(value) => `${value} of 10`}
              scale={
                <>
                  <span>0 = just as I expected</span>
                  <span>10 = nothing like it</span>
                </>
              }
            />
          </>
        )}
        {fields.outcome !== '' && (
          <>
            <TextField
              label="What actually happened?"
              multiline
              value={fields.whatHappened}
              maxLength={reflectionMaxLength}
              problem={problemOf('whatHappened')}
              onChange={(value) => set('whatHappened', value)}
            />
            <TextField
              label="What did you learn?"
              multiline
              value={fields.learned}
              maxLength={reflectionMaxLength}
              problem={problemOf('learned')}
              onChange={(value) => set('learned', value)}
            />
            <fieldset className="field">
              <legend>How did you calm down?</legend>
              {copingWays.map((way) => (
                <div key={way} className="choice">
                  <input
                    id={`${id}-coping-${way}`}
                    type="checkbox"
                    checked={fields.coping.includes(way)}
                    onChange={(event) =>
                      set(
                        'coping',
                        event.target.checked
                          ? [...fields.coping, way]
                          : fields.coping.filter((item) => item !== way),
                      )
                    }
                  />
                  <label htmlFor={`${id}-coping-${way}`}>{copingNames[way]}</label>
                </div>
              ))}
            </fieldset>
          </>
        )}
        <TextField
          label="Tags (comma-separated)"
          value={fields.tags}
          problem={problemOf('tags')}
          onChange={(value) => set('tags', value)}
        />
      </fieldset>
      <ErrorAlert message={error} />
      <p id={`${id}-autosave`} className="hint autosave">
        {autosaveText(autosave.state)}
      </p>
      <div className="actions">
        <button type="submit" disabled={saving}>
          {fields.outcome === '' ? 'Save as open attempt' : 'Save'}
        </button>
        {changed ? (
          <>
            <button
              type="button"
              className="secondary"
              aria-describedby={`${id}-autosave`}
              onClick={onClose}
            >
              Close
            </button>
            <button type="button" className="link danger" onClick={() => void discard()}>
              Discard changes
            </button>
          </>
        ) : (
          <button type="button" className="secondary" onClick={onClose}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
