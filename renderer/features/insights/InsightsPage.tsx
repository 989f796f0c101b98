import { useEffect, useId, useState } from 'react';
import { BarChart, LineChart } from 'recharts';
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
import {
  formatDay,
  formatMeanPercent,
  formatDayWithYear,
  formatShare,
  formatWeek,
  formatWeekWithYear,
} from './chartFormat.js';
import { ChartBox, chartFrame, chartProps, seriesBars, seriesLine } from './chartParts.js';
import { maxBarSpans, maxChartSpans, spanNote } from './chartSeries.js';
import { insightsDataArrivedMark } from './insightsTiming.js';
import { restsOn } from './restsOn.js';
import { categoryStyles, seriesStyles, type SeriesStyle } from './seriesStyles.js';
import './insights.css';

const rangeNames: Record<InsightRange, string> = {
  '4w': '4 weeks',
  '3m': '3 months',
  '1y': 'A year',
  all: 'All',
};

const round = (value: number | null) => (value === null ? null : Math.round(value));
const weekOf = (label: string) => `Week of ${label}`;

/** Expected against actual distress, and the chance of a "no" against how often it came. */
function PredictionChart({ prediction }: { readonly prediction: Insights['prediction'] }) {
  const { anticipatedMean, peakMean, basis, overall, byCategory } = prediction;
  const rows = [
    {
      label: 'All',
      predicted: overall.predictedNo,
      actual: overall.actualNo,
      rejected: overall.rejected,
      attempts: overall.attempts,
    },
    ...byCategory.map((row) => ({
      label: categoryNames[row.category],
      predicted: row.predictedNo,
      actual: row.actualNo,
      rejected: row.rejected,
      attempts: row.attempts,
    })),
  ];
  const came = (row: { rejected: number; attempts: number }) =>
    formatShare(row.rejected, row.attempts);
  const chartId = useId();
  return (
    <ChartCard
      title="Predicted against actual"
      summary={[
        anticipatedMean === null || peakMean === null
          ? 'Your predictions beside what happened.'
          : `You expected ${round(anticipatedMean)} on average; it peaked at ${round(peakMean)} (${restsOn(basis)}).`,
        overall.predictedNo === null
          ? ''
          : ` You gave a “no” a ${formatMeanPercent(overall.predictedNo)} chance (${restsOn(overall.predictedBasis)}); it came ${came(overall)} of the time.`,
      ].join('')}
      empty={
        overall.attempts === 0 ? 'Log how an ask went to see your predictions here.' : undefined
      }
      chart={
        <ChartBox>
          <BarChart data={rows} {...chartProps('Predicted against actual')}>
            {chartFrame({
              y: { domain: [0, 100], tickFormatter: (value: number) => formatMeanPercent(value) },
              describe: (dataKey, value, row) =>
                dataKey === 'actual'
                  ? came(row as (typeof rows)[number])
                  : formatMeanPercent(value),
            })}
            {seriesBars(chartId, [
              {
                dataKey: 'predicted',
                name: 'Chance of a “no” you expected',
                style: seriesStyles.expected,
              },
              { dataKey: 'actual', name: 'How often it came', style: seriesStyles.happened },
            ])}
          </BarChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Setting', 'Expected chance of a “no” (mean)', 'Got a “no”']}
          rows={rows.map((row) => [
            row.label,
            row.predicted === null ? null : formatMeanPercent(row.predicted),
            came(row),
          ])}
        />
      )}
    />
  );
}

/** "You expected 80, it peaked at 45", ask by ask over time: the gap fear leaves. */
function ExpectedPeakChart({ prediction }: { readonly prediction: Insights['prediction'] }) {
  const rows = prediction.points.map((point) => ({
    ...point,
    label: formatDay(point.on),
  }));
  return (
    <ChartCard
      title="Expected against peak"
      summary={`For each ask, how anxious you expected to be beside how high it really peaked: ${restsOn(prediction.basis)}.`}
      empty={rows.length === 0 ? 'Log how an ask went to see the two side by side.' : undefined}
      chart={
        <ChartBox>
          <LineChart data={rows} {...chartProps('Expected against peak')}>
            {chartFrame({ y: { domain: [0, 100] }, points: rows.length })}
            {seriesLine({
              dataKey: 'anticipated',
              name: 'Expected',
              style: seriesStyles.expected,
              points: rows.length,
            })}
            {seriesLine({
              dataKey: 'peak',
              name: 'Peak',
              style: seriesStyles.peak,
              points: rows.length,
            })}
          </LineChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Day', 'Expected', 'Peak']}
          rows={rows.map((row) => [formatDayWithYear(row.on), row.anticipated, row.peak])}
        />
      )}
    />
  );
}

function DistressChart({ distress }: { readonly distress: Insights['distress'] }) {
  const { rows, weeks } = spanWeeks(distress.weekly, mergeDistress, maxChartSpans);
  const data = rows.map((row) => ({ ...row, label: formatWeek(row.week) }));
  const line = (dataKey: 'before' | 'peak' | 'after', name: string) =>
    seriesLine({
      dataKey,
      name,
      style: seriesStyles[dataKey === 'before' ? 'expected' : dataKey],
      points: data.length,
      connectNulls: true,
    });
  return (
    <ChartCard
      title="Distress over time"
      summary={`Weekly medians of how anxious you expected to be, how high it peaked, and how you felt after; the peaks ${restsOn(distress.basis)}.${spanNote(weeks * distress.weeksPerRow)}`}
      empty={distress.weekly.length === 0 ? 'No attempts in this range yet.' : undefined}
      chart={
        <ChartBox>
          <LineChart data={data} {...chartProps('Distress over time')}>
            {chartFrame({ y: { domain: [0, 100] }, points: data.length, tooltipTitle: weekOf })}
            {line('before', 'Expected')}
            {line('peak', 'Peak')}
            {line('after', 'After')}
          </LineChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Week of', 'Attempts', 'Expected', 'Peak', 'After']}
          rows={distress.weekly.map((row) => [
            formatWeekWithYear(row.week),
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
  const data = rows.map((row) => ({ ...row, label: formatWeek(row.week) }));
  const chartId = useId();
  return (
    <ChartCard
      title="Rejections collected"
      summary={`${rejections.total} “no”${rejections.total === 1 ? '' : 's'} in this range, each one a fear met.${spanNote(weeks * rejections.weeksPerRow)}`}
      empty={rejections.total === 0 ? 'No rejections collected in this range yet.' : undefined}
      chart={
        <ChartBox>
          <BarChart data={data} {...chartProps('Rejections collected')}>
            {chartFrame({
              y: { allowDecimals: false },
              legend: false,
              points: data.length,
              tooltipTitle: weekOf,
            })}
            {seriesBars(chartId, [
              { dataKey: 'count', name: 'Rejections', style: seriesStyles.happened },
            ])}
          </BarChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Week of', 'Rejections']}
          rows={rejections.weekly.map((row) => [formatWeekWithYear(row.week), row.count])}
        />
      )}
    />
  );
}

/** One line of the habituation chart: peaks by repeat, of a setting or of one challenge. */
interface RepeatSeries {
  readonly key: string;
  readonly name: string;
  readonly style: SeriesStyle;
  readonly repeats: readonly { readonly repeat: number; readonly peak: number }[];
}

const bySettingChoice = 'settings';

function HabituationChart({ habituation }: { readonly habituation: Insights['habituation'] }) {
  // By setting, or one challenge repeated: the one the user picks.
  const [choice, setChoice] = useState(bySettingChoice);
  const choiceId = useId();
  const challenge = habituation.byChallenge.find((entry) => entry.challengeId === choice);
  const series: readonly RepeatSeries[] = challenge
    ? // One challenge's peaks are the peak series, drawn as on every other chart.
      [
        {
          key: 'peak',
          name: challenge.request,
          style: seriesStyles.peak,
          repeats: challenge.repeats,
        },
      ]
    : habituation.byCategory.map((entry) => ({
        key: entry.category,
        name: categoryNames[entry.category],
        style: categoryStyles[entry.category],
        repeats: entry.repeats,
      }));
  // One row per repeat number, one column per series: the shape a line chart draws.
  const repeats = Math.max(0, ...series.map((entry) => entry.repeats.length));
  const rows = Array.from({ length: repeats }, (_, index) => ({
    label: String(index + 1),
    ...Object.fromEntries(series.map((entry) => [entry.key, entry.repeats[index]?.peak ?? null])),
  }));
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
          <LineChart data={rows} {...chartProps('Habituation')}>
            {chartFrame({
              y: { domain: [0, 100] },
              points: rows.length,
              tooltipTitle: (label) => `Time ${label}`,
            })}
            {series.map((entry) =>
              seriesLine({
                dataKey: entry.key,
                name: entry.name,
                style: entry.style,
                points: rows.length,
                connectNulls: true,
              }),
            )}
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
  const data = rows.map((row) => ({ ...row, label: formatWeek(row.week) }));
  return (
    <ChartCard
      title="Difficulty climbed"
      summary={`The hardest and the average difficulty you asked at, week by week (1 trivial, 10 very daunting).${spanNote(weeks * difficulty.weeksPerRow)}`}
      empty={
        difficulty.weekly.length === 0 ? 'No asks with a difficulty in this range yet.' : undefined
      }
      chart={
        <ChartBox>
          <LineChart data={data} {...chartProps('Difficulty climbed')}>
            {chartFrame({ y: { domain: [0, 10] }, points: data.length, tooltipTitle: weekOf })}
            {seriesLine({
              dataKey: 'highest',
              name: 'Hardest',
              style: seriesStyles.hardest,
              points: data.length,
            })}
            {seriesLine({
              dataKey: 'mean',
              name: 'Average',
              style: seriesStyles.average,
              points: data.length,
            })}
          </LineChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Week of', 'Hardest', 'Average']}
          rows={difficulty.weekly.map((row) => [
            formatWeekWithYear(row.week),
            row.highest,
            row.mean,
          ])}
        />
      )}
    />
  );
}

function PlanChart({ plan }: { readonly plan: Insights['planCompletion'] }) {
  const { rows, weeks } = spanWeeks(plan.weekly, mergePlan, maxBarSpans);
  const data = rows.map((row) => ({ ...row, label: formatWeek(row.week) }));
  const chartId = useId();
  return (
    <ChartCard
      title="Plan completion"
      summary={`What you planned each week, what you asked, what you didn’t try and what you skipped. Not trying and skipping are allowed: rest is part of the practice.${spanNote(weeks * plan.weeksPerRow)}`}
      empty={plan.weekly.length === 0 ? 'Plan a week to see it here.' : undefined}
      chart={
        <ChartBox>
          <BarChart data={data} {...chartProps('Plan completion')}>
            {chartFrame({
              y: { allowDecimals: false },
              points: data.length,
              tooltipTitle: weekOf,
            })}
            {seriesBars(chartId, [
              { dataKey: 'planned', name: 'Planned', style: seriesStyles.planned },
              { dataKey: 'done', name: 'Done', style: seriesStyles.done },
              { dataKey: 'notTried', name: 'Didn’t try', style: seriesStyles.notTried },
              { dataKey: 'skipped', name: 'Skipped', style: seriesStyles.skipped },
            ])}
          </BarChart>
        </ChartBox>
      }
      table={() => (
        <SeriesTable
          columns={['Week of', 'Planned', 'Done', 'Didn’t try', 'Skipped']}
          rows={plan.weekly.map((row) => [
            formatWeekWithYear(row.week),
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
    <section className="page wide insights" aria-labelledby={`${id}-title`}>
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
