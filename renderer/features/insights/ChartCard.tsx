import { useId, useState, type ReactNode } from 'react';

interface ChartCardProps {
  readonly title: string;
  /** One sentence on what the chart shows, read before the chart. */
  readonly summary: string;
  /** Shown instead of the chart when there is nothing to draw yet. */
  readonly empty: string | undefined;
  readonly chart: ReactNode;
  /**
   * The same numbers as a table, for screen readers and for reading exact values; made
   * only when asked for, as a long range has thousands of rows.
   */
  readonly table: () => ReactNode;
  /** Choices that change what the chart and its table show, under the summary. */
  readonly controls?: ReactNode;
}

/** One chart with its summary, an empty state, and a table view of the same numbers. */
export function ChartCard({ title, summary, empty, chart, table, controls }: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <section className="card chart" aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {empty === undefined && (
          // The label names what a press shows next; a pressed state as well would say it twice.
          <button
            type="button"
            className="secondary"
            onClick={() => setAsTable((current) => !current)}
          >
            {asTable ? 'Show as chart' : 'Show as table'}
          </button>
        )}
      </div>
      <p className="hint">{empty ?? summary}</p>
      {empty === undefined && controls}
      {empty === undefined &&
        (asTable ? (
          // Long tables scroll in their box, which must then be reachable by keyboard.
          <div className="table-scroll" role="region" aria-label={`${title}: table`} tabIndex={0}>
            {table()}
          </div>
        ) : (
          chart
        ))}
    </section>
  );
}

/** A plain table: a caption-less grid of numbers under the chart's own heading. */
export function SeriesTable({
  columns,
  rows,
}: {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}) {
  const show = (value: string | number | null) =>
    value === null ? '—' : typeof value === 'number' ? Math.round(value * 10) / 10 : value;
  return (
    <table>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((value, column) => (
              <td key={column}>{show(value)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
