import {
  outcomeNames,
  ratingText,
  wasAsked,
  type Attempt,
} from '../../../shared/domain/practice/attempts.js';
import { mondayOf, type LocalDate } from '../../../shared/domain/practice/calendar.js';
import type { AttemptSummary } from '../../../shared/domain/practice/journal.js';
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

// Days are calendar days without a zone (calendar.ts): formatted at UTC midnight, they
// cannot shift by one where the computer's zone is far from UTC.
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const dayOf = (day: string): Date => new Date(`${day.slice(0, 10)}T00:00:00Z`);
const formatLong = (day: LocalDate): string => longDate.format(dayOf(day));
const formatShort = (day: string): string => shortDate.format(dayOf(day));

const text = (value: string): string => escapeHtml(value);
const rounded = (value: number | null): string =>
  value === null ? '–' : String(Math.round(value));
const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

function summarySection(summary: ReportSummary): string {
  const facts: [string, string][] = [
    ['Attempts', String(summary.attempts)],
    ['Requests made', String(summary.asked)],
    ['Refusals (a “no”)', String(summary.refused)],
    ['Mean distress predicted', rounded(summary.predictedMean)],
    ['Mean distress at the peak', rounded(summary.actualMean)],
  ];
  const unrated = summary.asked - summary.rated;
  const restsOn =
    unrated === 0
      ? ''
      : ` The means rest on ${summary.rated} of the ${plural(summary.asked, 'request', 'requests')} made: ${unrated} ${unrated === 1 ? 'was' : 'were'} not rated both before and at the peak.`;
  const below =
    summary.rated === 0
      ? 'No attempt in these days is rated both before asking and at its peak yet.'
      : `The distress at the peak was lower than predicted in ${summary.actualBelowPredicted} of ${plural(summary.rated, 'rated attempt', 'rated attempts')}.${restsOn}`;
  return `<section class="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<dl class="facts">${facts.map(([name, value]) => `<div><dt>${name}</dt><dd>${value}</dd></div>`).join('')}</dl>
<p>${below} Distress is rated from 0 (calm) to 100 (the worst imaginable), before asking and at its peak.</p>
</section>`;
}

function chartsSection(data: ReportData): string {
  const labels = data.weeks.map((week) => formatShort(mondayOf(week.week)));
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

function attemptRow(attempt: AttemptSummary): string {
  // A peak is only asked of someone who asked: '–' there, "not rated" if they skipped it.
  const peak = wasAsked(attempt.outcome) ? ratingText(attempt.peakSuds) : '–';
  return `<tr><td class="day">${formatShort(attempt.occurredAt)}</td><td>${text(attempt.request)}</td><td class="number">${ratingText(attempt.anticipatedSuds)}</td><td class="number">${peak}</td><td>${attempt.outcome === null ? 'Not yet logged' : outcomeNames[attempt.outcome]}</td></tr>`;
}

function attemptsSection(data: ReportData): string {
  const shown = data.attempts.length;
  const note =
    shown < data.summary.attempts
      ? `<p class="note">The table shows the last ${shown} of ${data.summary.attempts} attempts.</p>`
      : '';
  const body =
    shown === 0
      ? '<p>No attempts were logged in these days.</p>'
      : `<table><thead><tr><th scope="col">Date</th><th scope="col">Request</th><th scope="col" class="number">Predicted</th><th scope="col" class="number">Actual (peak)</th><th scope="col">Outcome</th></tr></thead><tbody>${data.attempts.map(attemptRow).join('')}</tbody></table>`;
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
function reflectionBlock(attempt: Attempt): string {
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
  return `<article class="reflection"><h3>${formatShort(before.occurredAt)} · ${text(before.request)}</h3>
<p class="meta">${numbers.join(' · ')}</p><dl>${parts}</dl></article>`;
}

function reflectionsSection(data: ReportData): string {
  const chosen = data.reflections.length;
  const leftOut =
    data.leftOut === 0
      ? ''
      : `<p class="left-out">${plural(data.leftOut, chosen > 0 ? 'other reflection' : 'reflection', chosen > 0 ? 'other reflections' : 'reflections')} in this range ${data.leftOut === 1 ? 'was' : 'were'} left out by the writer.</p>`;
  const none =
    chosen === 0 && data.leftOut === 0 ? '<p>No reflections were written in these days.</p>' : '';
  return `<section aria-labelledby="reflections-title">
<h2 id="reflections-title">Reflections chosen by the writer</h2>
${data.reflections.map(reflectionBlock).join('')}${leftOut}${none}
</section>`;
}

/** The whole report, ready to save as HTML or to print to PDF. */
export function reportHtml(data: ReportData): string {
  const range = `${formatLong(data.range.from)} to ${formatLong(data.range.to)}`;
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
<p class="made">Made on ${formatLong(data.madeOn)} with Ask Anyway.</p>
<p class="disclaimer">Prepared by the writer from their own journal of rejection practice, a self-help exercise. It is not a clinical record.</p>
</header>
${summarySection(data.summary)}
${chartsSection(data)}
${attemptsSection(data)}
${laddersSection(data.ladders)}
${reflectionsSection(data)}
</body>
</html>
`;
}
