import {
  outcomeNames,
  ratingText,
  wasAsked,
  type Attempt,
} from '../../../shared/domain/practice/attempts.js';
import { mondayOf, type LocalDate } from '../../../shared/domain/practice/calendar.js';
import type { AttemptSummary } from '../../../shared/domain/practice/journal.js';
import type { Format } from '../../../shared/format/format.js';
import { writtenParts } from '../practice/writtenParts.js';
import { escapeHtml } from './escapeHtml.js';
import type { ReportData, ReportLadder, ReportSummary } from './reportData.js';
import { reportCss } from './reportCss.js';
import { barChart, lineChart } from './svgCharts.js';

/**
 * The report as one self-contained HTML document: inline CSS, charts as inline SVG, no
 * script and nothing fetched, with a CSP that would refuse both anyway. The PDF is this
 * same document printed. Every word from the journal goes through `escapeHtml`.
 */

/** Nothing may load or run; inline styles are the document's own. */
export const reportCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const colours = { predicted: '#4f5660', actual: '#1b6670', refusals: '#b4460c' } as const;
const sudsTicks = [0, 25, 50, 75, 100];

/** An attempt's day, from its `occurredAt` (`YYYY-MM-DDTHH:MM`). */
const dayOfAttempt = (occurredAt: string): LocalDate => occurredAt.slice(0, 10) as LocalDate;

const text = (value: string): string => escapeHtml(value);
const rounded = (value: number | null): string =>
  value === null ? '–' : String(Math.round(value));
function summarySection(summary: ReportSummary, format: Format): string {
  const facts: [string, string][] = [
    ['Attempts', format.number(summary.attempts)],
    ['Requests made', format.number(summary.asked)],
    ['Refusals (a “no”)', format.number(summary.refused)],
    ['Mean distress predicted', rounded(summary.predictedMean)],
    ['Mean distress at the peak', rounded(summary.actualMean)],
  ];
  const unrated = summary.asked - summary.rated;
  const restsOn =
    unrated === 0
      ? ''
      : ` The means rest on ${format.number(summary.rated)} of the ${format.count(summary.asked, { one: 'request', other: 'requests' })} made: ${format.number(unrated)} ${format.plural(unrated, { one: 'was', other: 'were' })} not rated both before and at the peak.`;
  const below =
    summary.rated === 0
      ? 'No attempt in these days is rated both before asking and at its peak yet.'
      : `The distress at the peak was lower than predicted in ${format.number(summary.actualBelowPredicted)} of ${format.count(summary.rated, { one: 'rated attempt', other: 'rated attempts' })}.${restsOn}`;
  return `<section class="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<dl class="facts">${facts.map(([name, value]) => `<div><dt>${name}</dt><dd>${value}</dd></div>`).join('')}</dl>
<p>${below} Distress is rated from 0 (calm) to 100 (the worst imaginable), before asking and at its peak.</p>
</section>`;
}

function chartsSection(data: ReportData, format: Format): string {
  const labels = data.weeks.map((week) => format.dayMonth(mondayOf(week.week)));
  const distress = lineChart(
    {
      id: 'distress-chart',
      title: 'Distress by week: predicted against actual',
      description: `Weekly medians, from the week of ${labels[0] ?? ''}. ${data.weeks
        .map(
          (week, index) =>
            `${labels[index] ?? ''}: predicted ${rounded(week.predicted)}, actual ${rounded(week.actual)}`,
        )
        .join('; ')}.`,
      labels,
      yLabel: 'Distress (0–100)',
    },
    [
      {
        name: 'Predicted, before asking',
        values: data.weeks.map((week) => week.predicted),
        style: 'dashed',
        colour: colours.predicted,
      },
      {
        name: 'Actual, at the peak',
        values: data.weeks.map((week) => week.actual),
        style: 'solid',
        colour: colours.actual,
      },
    ],
    sudsTicks,
  );
  const refusals = barChart(
    {
      id: 'refusals-chart',
      title: 'Refusals by week',
      description: `Requests that got a “no”, by week. ${data.weeks
        .map((week, index) => `${labels[index] ?? ''}: ${week.refusals}`)
        .join('; ')}.`,
      labels,
      yLabel: 'Refusals',
    },
    data.weeks.map((week) => week.refusals),
    colours.refusals,
  );
  return `<section class="charts" aria-labelledby="charts-title">
<h2 id="charts-title">Week by week</h2>
<figure>${distress}<figcaption>Distress by week, predicted before asking against felt at the peak: the median of each week’s attempts. Weeks run Monday to Sunday and are labelled by their Monday; the first and last are counted whole.</figcaption></figure>
<figure>${refusals}<figcaption>Refusals collected each week: every one a feared “no” faced.</figcaption></figure>
</section>`;
}

function attemptRow(attempt: AttemptSummary, format: Format): string {
  // A peak is only asked of someone who asked: '–' there, "not rated" if they skipped it.
  const peak = wasAsked(attempt.outcome) ? ratingText(attempt.peakSuds) : '–';
  return `<tr><td class="day">${format.dayMonth(dayOfAttempt(attempt.occurredAt))}</td><td>${text(attempt.request)}</td><td class="number">${ratingText(attempt.anticipatedSuds)}</td><td class="number">${peak}</td><td>${attempt.outcome === null ? 'Not yet logged' : outcomeNames[attempt.outcome]}</td></tr>`;
}

function attemptsSection(data: ReportData, format: Format): string {
  const shown = data.attempts.length;
  const note =
    shown < data.summary.attempts
      ? `<p class="note">The table shows the last ${format.number(shown)} of ${format.count(data.summary.attempts, { one: 'attempt', other: 'attempts' })}.</p>`
      : '';
  const body =
    shown === 0
      ? '<p>No attempts were logged in these days.</p>'
      : `<table><thead><tr><th scope="col">Date</th><th scope="col">Request</th><th scope="col" class="number">Predicted</th><th scope="col" class="number">Actual (peak)</th><th scope="col">Outcome</th></tr></thead><tbody>${data.attempts.map((attempt) => attemptRow(attempt, format)).join('')}</tbody></table>`;
  return `<section aria-labelledby="attempts-title">
<h2 id="attempts-title">Predicted against actual, attempt by attempt</h2>
${body}${note}
</section>`;
}

function ladderBlock(ladder: ReportLadder): string {
  const rows = ladder.rungs
    .map((rung, index) => {
      const change =
        rung.first === null || rung.latest === null || rung.first === rung.latest
          ? '–'
          : `${rung.latest > rung.first ? '+' : '−'}${Math.abs(rung.latest - rung.first)}`;
      return `<tr><td class="number">${index + 1}</td><td>${text(rung.challenge)}</td><td class="number">${rung.difficulty}</td><td class="number">${rounded(rung.first)}</td><td class="number">${rounded(rung.latest)}</td><td class="number">${change}</td></tr>`;
    })
    .join('');
  const goal = ladder.goal.trim() === '' ? '' : `<p class="goal">Goal: ${text(ladder.goal)}</p>`;
  const table =
    ladder.rungs.length === 0
      ? '<p>No rungs yet.</p>'
      : `<table><thead><tr><th scope="col" class="number">Rung</th><th scope="col">Challenge</th><th scope="col" class="number">Difficulty</th><th scope="col" class="number">First rating</th><th scope="col" class="number">Latest rating</th><th scope="col" class="number">Change</th></tr></thead><tbody>${rows}</tbody></table>`;
  return `<div class="ladder"><h3>${text(ladder.title)}</h3>${goal}${table}</div>`;
}

function laddersSection(ladders: readonly ReportLadder[]): string {
  const body =
    ladders.length === 0
      ? '<p>No ladders yet.</p>'
      : `<p class="intro">Each rung’s expected distress (0–100), as first rated and as last rated by the report’s last day. Rung 1 is the easiest.</p>${ladders.map(ladderBlock).join('')}`;
  return `<section aria-labelledby="ladders-title">
<h2 id="ladders-title">Ladders</h2>
${body}
</section>`;
}

/** One chosen reflection: what was asked, the numbers, and every written part. */
function reflectionBlock(attempt: Attempt, format: Format): string {
  const { before, after } = attempt;
  const numbers = [
    after ? outcomeNames[after.outcome] : 'Not yet logged',
    `predicted ${ratingText(before.anticipatedSuds)}`,
    ...(after && after.outcome !== 'not_tried'
      ? [`peak ${ratingText(after.peakSuds)}`, `after ${ratingText(after.afterSuds)}`]
      : []),
  ];
  const parts = writtenParts(attempt)
    .map(({ label, text: words }) => `<dt>${label}</dt><dd>${text(words)}</dd>`)
    .join('');
  return `<article class="reflection"><h3>${format.dayMonth(dayOfAttempt(before.occurredAt))} · ${text(before.request)}</h3>
<p class="meta">${numbers.join(' · ')}</p><dl>${parts}</dl></article>`;
}

function reflectionsSection(data: ReportData, format: Format): string {
  const chosen = data.reflections.length;
  const leftOut =
    data.leftOut === 0
      ? ''
      : `<p class="left-out">${format.count(data.leftOut, chosen > 0 ? { one: 'other reflection', other: 'other reflections' } : { one: 'reflection', other: 'reflections' })} in this range ${format.plural(data.leftOut, { one: 'was', other: 'were' })} left out by the writer.</p>`;
  const none =
    chosen === 0 && data.leftOut === 0 ? '<p>No reflections were written in these days.</p>' : '';
  return `<section aria-labelledby="reflections-title">
<h2 id="reflections-title">Reflections chosen by the writer</h2>
${data.reflections.map((attempt) => reflectionBlock(attempt, format)).join('')}${leftOut}${none}
</section>`;
}

/** The whole report, ready to save as HTML or to print to PDF; dates and numbers in `format`'s locale. */
export function reportHtml(data: ReportData, format: Format): string {
  const range = `${format.dayLong(data.range.from)} to ${format.dayLong(data.range.to)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportCsp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Practice report, ${range}</title>
<style>${reportCss}</style>
</head>
<body>
<header>
<h1>Practice report</h1>
<p class="range">${range}</p>
<p class="made">Made on ${format.dayLong(data.madeOn)} with Ask Anyway.</p>
<p class="disclaimer">Prepared by the writer from their own journal of rejection practice, a self-help exercise. It is not a clinical record.</p>
</header>
${summarySection(data.summary, format)}
${chartsSection(data, format)}
${attemptsSection(data, format)}
${laddersSection(data.ladders)}
${reflectionsSection(data, format)}
</body>
</html>
`;
}
