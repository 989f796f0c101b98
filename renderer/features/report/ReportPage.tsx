import { useId, useState } from 'react';
import { localDateOf } from '../../../shared/domain/practice/calendar.js';
import type { ReportFormat } from '../../../shared/domain/report.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { useNavigate } from '../../app/navigation.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ReflectionPicker } from './ReflectionPicker.js';
import { defaultReportRange, keepOffered, readRangeInput } from './reportRange.js';
import { useReflectionChoices } from './useReflectionChoices.js';
import './report.css';

type Step = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string };

const formatNames: Record<ReportFormat, string> = { pdf: 'PDF', html: 'HTML' };

/**
 * A report of the practice for a therapist or coach (docs/report.md): the user picks the
 * days and ticks the reflections to share; main builds the document and saves it where
 * they choose, as PDF or HTML.
 */
export function ReportPage() {
  const navigate = useNavigate();
  const id = useId();
  // Today as the computer's calendar has it when the screen opens, as other screens read it.
  const [defaults] = useState(() => defaultReportRange(localDateOf(new Date())));
  const [from, setFrom] = useState<string>(defaults.from);
  const [to, setTo] = useState<string>(defaults.to);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string>();

  const input = readRangeInput(from, to);
  const range = input.ok ? input.range : null;
  const choices = useReflectionChoices(range);
  const offered = choices.status === 'ready' ? choices.choices : [];
  // Only what the list shows can be chosen: a reflection outside new days is unticked.
  const chosen = keepOffered(ticked, offered);
  const canSave = range !== null && choices.status === 'ready' && step.kind !== 'busy';

  const save = async (format: ReportFormat) => {
    if (range === null) return;
    setStep({ kind: 'busy' });
    setError(undefined);
    const result = await api.report.save({ ...range, include: [...chosen], format });
    if (!result.ok) {
      setError(describeError(result.error));
      setStep({ kind: 'idle' });
      return;
    }
    setStep({
      kind: 'done',
      message: result.value.saved ? `Saved “${result.value.fileName}”.` : 'Nothing was saved.',
    });
  };

  return (
    <section className="page report-page" aria-labelledby={`${id}-title`}>
      <button type="button" className="link" onClick={() => navigate({ screen: 'insights' })}>
        ← Insights
      </button>
      <h1 id={`${id}-title`}>Report for your therapist or coach</h1>
      <p className="lead">
        A document of your practice to share with someone who supports you: what you feared beside
        what happened, week by week, your ladders, and only the reflections you choose.
      </p>

      <fieldset className="card report-days">
        <legend>Which days</legend>
        <div className="report-dates">
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="date"
              value={from}
              max={to || undefined}
              aria-describedby={`${id}-range-problem`}
              onChange={(event) => setFrom(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>To</label>
            <input
              id={`${id}-to`}
              type="date"
              value={to}
              min={from || undefined}
              aria-describedby={`${id}-range-problem`}
              onChange={(event) => setTo(event.target.value)}
            />
          </div>
        </div>
        <p id={`${id}-range-problem`} className="error">
          {input.ok ? '' : input.problem}
        </p>
      </fieldset>

      <fieldset className="card">
        <legend>Reflections to include</legend>
        <p className="hint">
          None is included unless you tick it. The report leaves out the words of every other
          reflection and says only how many there were.
        </p>
        {choices.status === 'ready' && (
          <ReflectionPicker choices={choices.choices} ticked={chosen} onChange={setTicked} />
        )}
        {choices.status === 'loading' && range !== null && <p role="status">Loading…</p>}
        {choices.status === 'failed' && <ErrorAlert message={describeError(choices.error)} />}
      </fieldset>

      <section className="card" aria-labelledby={`${id}-save`}>
        <h2 id={`${id}-save`}>Save the report</h2>
        <p>It holds, for the days you chose:</p>
        <ul className="report-contents">
          <li>how many requests you made and how many got a “no”;</li>
          <li>the distress you predicted beside the distress you felt, week by week;</li>
          <li>each attempt’s date, request, ratings and outcome, without its words;</li>
          <li>your ladders, each rung with its first and latest rating;</li>
          <li>the reflections you ticked, in full.</li>
        </ul>
        <p className="notice">
          <strong>The saved file is not encrypted.</strong> Anyone who can open it can read
          everything in it. Share it only with the person it is for, and delete it when you no
          longer need it.
        </p>
        <div className="actions">
          {(['pdf', 'html'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className={format === 'pdf' ? undefined : 'secondary'}
              disabled={!canSave}
              onClick={() => void save(format)}
            >
              Save as {formatNames[format]}
            </button>
          ))}
        </div>
        <p role="status" className="status saved">
          {step.kind === 'busy' ? 'Making the report…' : step.kind === 'done' ? step.message : ''}
        </p>
        <ErrorAlert message={error} />
      </section>
    </section>
  );
}
