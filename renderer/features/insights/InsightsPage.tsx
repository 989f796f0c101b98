import { useEffect, useId, useState, type ReactElement } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisProps,
} from 'recharts';
import { categoryNames } from '../../../shared/domain/practice/challenges.js';
import {
  insightRanges,
  type InsightRange,
  type Insights,
} from '../../../shared/domain/practice/insights.js';
import {
  mergeDifficulty,
  mergeDistress,
  mergePlan,
  mergeRejections,
  spanWeeks,
} from '../../../shared/domain/practice/insightSpans.js';
import type { AppError } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { useNavigate } from '../../app/navigation.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ChartCard, SeriesTable } from './ChartCard.js';
import { maxBarSpans, maxChartSpans, spanNote } from './chartSeries.js';
import { insightsDataArrivedMark } from './insightsTiming.js';
import { restsOn } from './restsOn.js';

const rangeNames: Record<InsightRange, string> = {
  '4w': '4 weeks',
  '3m': '3 months',
  '1y': 'A year',
  all: 'All',
};

const chartHeight = 240;
// Every series is drawn still (isAnimationActive={false}): an animation replays on each
// range change, costs a frame per step with thousands of points, and moves for users
// who asked for reduced motion.
/**
 * Lines mark each point with a dot while there are few (a week alone shows as a dot,
 * not as nothing); beyond, dots crowd the line and cost an SVG element each.
 */
const dotsUpTo = 30;
/** About as many "2026-W48" labels as fit side by side under a chart. */
const xLabels = 10;
const round = (value: number | null) => (value === null ? null : Math.round(value));

/** A chart's box: the full width of its card, a fixed height. */
function ChartBox({ children }: { readonly children: ReactElement }) {
  return (
    <ResponsiveContainer width="100%" height={chartHeight}>
      {children}
    </ResponsiveContainer>
  );
}

/**
 * What every chart here shares: the grid, the axes in the theme's colours, the tooltip
 * and (where more than one series is drawn) the legend. An array, as recharts reads a
 * chart's direct children.
 */
function chartFrame({
  x,
  y,
  legend = true,
  points,
}: {
  x: string;
  y: Omit<YAxisProps, 'ref'>;
  legend?: boolean;
  /**
   * How many points the x axis spans, when its labels are all alike in width (weeks,
   * numbers): it then labels every nth so that about `xLabels` show, instead of
   * measuring each label in the page to choose (a forced layout per label).
   */
  points?: number;
}): ReactElement[] {
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" stroke="var(--border)" />,
    <XAxis
      key="x"
      dataKey={x}
      stroke="var(--text-muted)"
      {...(points === undefined ? {} : { interval: Math.max(0, Math.ceil(points / xLabels) - 1) })}
    />,
    <YAxis key="y" {...y} stroke="var(--text-muted)" />,
    // Recharts' default tooltip is white with series-coloured text: unreadable in the dark theme.
    <Tooltip
      key="tooltip"
      contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)' }}
      labelStyle={{ color: 'var(--text)' }}
      cursor={{ fill: 'var(--surface-muted)', stroke: 'var(--border)' }}
      formatter={(value) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value)}
    />,
    ...(legend ? [<Legend key="legend" />] : []),
  ];
}

/** Expected against actual distress, and the chance of a "no" against how often it came. */
function PredictionChart({ prediction }: { readonly prediction: Insights['prediction'] }) {
  const { anticipatedMean, peakMean, basis, overall, byCategory } = prediction;
  const rows = [
    { name: 'All', predicted: overall.predictedNo, actual: overall.actualNo },
    ...byCategory.map((row) => ({
      name: categoryNames[row.category],
      predicted: row.predictedNo,
      actual: row.actualNo,
    })),
  ];
  return (
    <ChartCard
      title="Predicted against actual"
      summary={[
        anticipatedMean === null || peakMean === null
          ? 'Your predictions beside what happened.'
          : `You expected ${round(anticipatedMean)} on average; it peaked at ${round(peakMean)} (${restsOn(basis)}).`,
        overall.predictedNo === null
          ? ''
          : ` You gave a “no” a ${round(overall.predictedNo)} % chance (${restsOn(overall.predictedBasis)}); it came ${round(overall.actualNo)} % of the time.`,
      ].join('')}
      empty={
        overall.attempts === 0 ? 'Log how an ask went to see your predictions here.' : undefined
      }
      chart={
        <ChartBox>
          <BarChart data={rows} accessibilityLayer={false}>
            {chartFrame({ x: 'name', y: { domain: [0, 100], unit: ' %' } })}
            <Bar
              isAnimationActive={false}
              dataKey="predicted"
              name="Chance of a “no” you expected"
              fill="var(--chart-1)"
            />
            <Bar
              isAnimationActive={false}
              dataKey="actual"
              name="How often it came"
              fill="var(--chart-2)"
            />
          </BarChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Setting', 'Expected chance of a “no” (%)', 'Got a “no” (%)']}
          rows={rows.map((row) => [row.name, row.predicted, row.actual])}
        />
      )}
    />
  );
}

/** "You expected 80, it peaked at 45", attempt by attempt: the gap fear leaves. */
function ExpectedPeakChart({ prediction }: { readonly prediction: Insights['prediction'] }) {
  const rows = prediction.points.map((point, index) => ({ ...point, attempt: index + 1 }));
  const dots = rows.length <= dotsUpTo;
  return (
    <ChartCard
      title="Expected against peak"
      summary={`For each ask, how anxious you expected to be beside how high it really peaked: ${restsOn(prediction.basis)}.`}
      empty={rows.length === 0 ? 'Log how an ask went to see the two side by side.' : undefined}
      chart={
        <ChartBox>
          <LineChart data={rows} accessibilityLayer={false}>
            {chartFrame({ x: 'attempt', y: { domain: [0, 100] }, points: rows.length })}
            <Line
              isAnimationActive={false}
              dot={dots}
              dataKey="anticipated"
              name="Expected"
              stroke="var(--chart-1)"
            />
            <Line
              isAnimationActive={false}
              dot={dots}
              dataKey="peak"
              name="Peak"
              stroke="var(--chart-2)"
            />
          </LineChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Ask', 'Expected', 'Peak']}
          rows={rows.map((row) => [row.attempt, row.anticipated, row.peak])}
        />
      )}
    />
  );
}

function DistressChart({ distress }: { readonly distress: Insights['distress'] }) {
  const { rows, weeks } = spanWeeks(distress.weekly, mergeDistress, maxChartSpans);
  const dots = rows.length <= dotsUpTo;
  return (
    <ChartCard
      title="Distress over time"
      summary={`Weekly medians of how anxious you expected to be, how high it peaked, and how you felt after; the peaks ${restsOn(distress.basis)}.${spanNote(weeks * distress.weeksPerRow)}`}
      empty={distress.weekly.length === 0 ? 'No attempts in this range yet.' : undefined}
      chart={
        <ChartBox>
          <LineChart data={rows} accessibilityLayer={false}>
            {chartFrame({ x: 'week', y: { domain: [0, 100] }, points: rows.length })}
            <Line
              isAnimationActive={false}
              dot={dots}
              dataKey="before"
              name="Expected"
              stroke="var(--chart-1)"
              connectNulls
            />
            <Line
              isAnimationActive={false}
              dot={dots}
              dataKey="peak"
              name="Peak"
              stroke="var(--chart-3)"
              connectNulls
            />
            <Line
              isAnimationActive={false}
              dot={dots}
              dataKey="after"
              name="After"
              stroke="var(--chart-2)"
              connectNulls
            />
          </LineChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Week', 'Attempts', 'Expected', 'Peak', 'After']}
          rows={distress.weekly.map((row) => [
            row.week,
            row.attempts,
            row.before,
            row.peak,
            row.after,
          ])}
        />
      )}
    />
  );
}

function RejectionsChart({ rejections }: { readonly rejections: Insights['rejections'] }) {
  const { rows, weeks } = spanWeeks(rejections.weekly, mergeRejections, maxBarSpans);
  return (
    <ChartCard
      title="Rejections collected"
      summary={`${rejections.total} “no”${rejections.total === 1 ? '' : 's'} in this range, each one a fear met.${spanNote(weeks * rejections.weeksPerRow)}`}
      empty={rejections.total === 0 ? 'No rejections collected in this range yet.' : undefined}
      chart={
        <ChartBox>
          <BarChart data={rows} accessibilityLayer={false}>
            {chartFrame({
              x: 'week',
              y: { allowDecimals: false },
              legend: false,
              points: rows.length,
            })}
            <Bar
              isAnimationActive={false}
              dataKey="count"
              name="Rejections"
              fill="var(--chart-1)"
            />
          </BarChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Week', 'Rejections']}
          rows={rejections.weekly.map((row) => [row.week, row.count])}
        />
      )}
    />
  );
}

/** One line of the habituation chart: peaks by repeat, of a setting or of one challenge. */
interface RepeatSeries {
  readonly key: string;
  readonly name: string;
  readonly repeats: readonly { readonly repeat: number; readonly peak: number }[];
}

const bySettingChoice = 'settings';

function HabituationChart({ habituation }: { readonly habituation: Insights['habituation'] }) {
  // By setting, or one challenge repeated: the one the user picks.
  const [choice, setChoice] = useState(bySettingChoice);
  const choiceId = useId();
  const challenge = habituation.byChallenge.find((entry) => entry.challengeId === choice);
  const series: readonly RepeatSeries[] = challenge
    ? [{ key: 'peak', name: challenge.request, repeats: challenge.repeats }]
    : habituation.byCategory.map((entry) => ({
        key: entry.category,
        name: categoryNames[entry.category],
        repeats: entry.repeats,
      }));
  // One row per repeat number, one column per series: the shape a line chart draws.
  const repeats = Math.max(0, ...series.map((entry) => entry.repeats.length));
  const rows = Array.from({ length: repeats }, (_, index) => ({
    repeat: index + 1,
    ...Object.fromEntries(series.map((entry) => [entry.key, entry.repeats[index]?.peak ?? null])),
  }));
  const dots = rows.length <= dotsUpTo;
  return (
    <ChartCard
      title="Habituation"
      summary={
        habituation.withinAttempt === null
          ? 'Peak distress across repeats of the same challenge, or of the same kind.'
          : `Within an attempt, distress fell by ${round(habituation.withinAttempt)} on average from the peak to afterwards (${restsOn(habituation.withinAttemptBasis)}). Across repeats, the peak each time:`
      }
      empty={
        rows.length === 0 ? 'Do a challenge from the library to see its repeats here.' : undefined
      }
      controls={
        <div className="field">
          <label htmlFor={choiceId}>Show</label>
          <select id={choiceId} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value={bySettingChoice}>Each setting (mean peak)</option>
            {habituation.byChallenge.map((entry) => (
              <option key={entry.challengeId} value={entry.challengeId}>
                {entry.request} ({entry.repeats.length} times)
              </option>
            ))}
          </select>
        </div>
      }
      chart={
        <ChartBox>
          <LineChart data={rows} accessibilityLayer={false}>
            {chartFrame({ x: 'repeat', y: { domain: [0, 100] }, points: rows.length })}
            {series.map((entry, index) => (
              <Line
                isAnimationActive={false}
                dot={dots}
                key={entry.key}
                dataKey={entry.key}
                name={entry.name}
                stroke={`var(--chart-${(index % 3) + 1})`}
                connectNulls
              />
            ))}
          </LineChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={[
            challenge ? 'Challenge' : 'Setting',
            ...Array.from({ length: repeats }, (_, index) => `Time ${index + 1}`),
          ]}
          rows={series.map((entry) => [
            entry.name,
            ...Array.from({ length: repeats }, (_, index) => entry.repeats[index]?.peak ?? null),
          ])}
        />
      )}
    />
  );
}

function DifficultyChart({ difficulty }: { readonly difficulty: Insights['difficulty'] }) {
  const { rows, weeks } = spanWeeks(difficulty.weekly, mergeDifficulty, maxChartSpans);
  const dots = rows.length <= dotsUpTo;
  return (
    <ChartCard
      title="Difficulty climbed"
      summary={`The hardest and the average difficulty you asked at, week by week (1 trivial, 10 very daunting).${spanNote(weeks * difficulty.weeksPerRow)}`}
      empty={
        difficulty.weekly.length === 0 ? 'No asks with a difficulty in this range yet.' : undefined
      }
      chart={
        <ChartBox>
          <LineChart data={rows} accessibilityLayer={false}>
            {chartFrame({ x: 'week', y: { domain: [0, 10] }, points: rows.length })}
            <Line
              isAnimationActive={false}
              dot={dots}
              dataKey="highest"
              name="Hardest"
              stroke="var(--chart-2)"
            />
            <Line
              isAnimationActive={false}
              dot={dots}
              dataKey="mean"
              name="Average"
              stroke="var(--chart-1)"
            />
          </LineChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Week', 'Hardest', 'Average']}
          rows={difficulty.weekly.map((row) => [row.week, row.highest, row.mean])}
        />
      )}
    />
  );
}

function PlanChart({ plan }: { readonly plan: Insights['planCompletion'] }) {
  const { rows, weeks } = spanWeeks(plan.weekly, mergePlan, maxBarSpans);
  return (
    <ChartCard
      title="Plan completion"
      summary={`What you planned each week, what you asked, what you didn’t try and what you skipped. Not trying and skipping are allowed: rest is part of the practice.${spanNote(weeks * plan.weeksPerRow)}`}
      empty={plan.weekly.length === 0 ? 'Plan a week to see it here.' : undefined}
      chart={
        <ChartBox>
          <BarChart data={rows} accessibilityLayer={false}>
            {chartFrame({ x: 'week', y: { allowDecimals: false }, points: rows.length })}
            <Bar isAnimationActive={false} dataKey="planned" name="Planned" fill="var(--chart-3)" />
            <Bar isAnimationActive={false} dataKey="done" name="Done" fill="var(--chart-1)" />
            <Bar
              isAnimationActive={false}
              dataKey="notTried"
              name="Didn’t try"
              fill="var(--chart-4)"
            />
            <Bar isAnimationActive={false} dataKey="skipped" name="Skipped" fill="var(--chart-2)" />
          </BarChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Week', 'Planned', 'Done', 'Didn’t try', 'Skipped']}
          rows={plan.weekly.map((row) => [
            row.week,
            row.planned,
            row.done,
            row.notTried,
            row.skipped,
          ])}
        />
      )}
    />
  );
}

/** The trends of the practice, for a range the user picks. */
export function InsightsPage() {
  const [range, setRange] = useState<InsightRange>('3m');
  const [insights, setInsights] = useState<Insights | AppError>();
  const id = useId();
  const navigate = useNavigate();

  useEffect(() => {
    let current = true;
    void api.insights.get({ range }).then((result) => {
      if (!current) return;
      performance.mark(insightsDataArrivedMark, { detail: range });
      setInsights(result.ok ? result.value : result.error);
    });
    // An answer for a range the user has already left must not replace the newer one.
    return () => {
      current = false;
    };
  }, [range]);

  return (
    <section className="page wide" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Insights</h1>
      <fieldset className="range">
        <legend>Range</legend>
        {insightRanges.map((choice) => (
          <div key={choice} className="choice">
            <input
              id={`${id}-${choice}`}
              type="radio"
              name="range"
              checked={range === choice}
              onChange={() => setRange(choice)}
            />
            <label htmlFor={`${id}-${choice}`}>{rangeNames[choice]}</label>
          </div>
        ))}
      </fieldset>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => navigate({ screen: 'report' })}>
          Make a report for your therapist or coach
        </button>
      </div>
      {insights === undefined && <p role="status">Loading…</p>}
      {insights !== undefined && 'code' in insights && (
        <ErrorAlert message={describeError(insights)} />
      )}
      {insights !== undefined && !('code' in insights) && (
        <>
          <p className="lead">
            {insights.streakWeeks === 0
              ? 'No streak yet: one ask this week starts one.'
              : `${insights.streakWeeks} week${insights.streakWeeks === 1 ? '' : 's'} in a row with at least one ask. Days off never break it.`}
          </p>
          <PredictionChart prediction={insights.prediction} />
          <ExpectedPeakChart prediction={insights.prediction} />
          <DistressChart distress={insights.distress} />
          <RejectionsChart rejections={insights.rejections} />
          <HabituationChart habituation={insights.habituation} />
          <DifficultyChart difficulty={insights.difficulty} />
          <PlanChart plan={insights.planCompletion} />
        </>
      )}
    </section>
  );
}
