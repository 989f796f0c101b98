import type { ReadDb, SqlValue } from '../database/statements.js';
import { exportedTables } from './exportedTables.js';
import { columnsOf, type ExportRow } from './journalExport.js';

/** A byte-order mark: without it, spreadsheet apps read UTF-8 as their local code page. */
const bom = '\uFEFF';

/**
 * A text that starts like a formula (=, +, -, @) is run as one by spreadsheet apps
 * opening the file ("CSV injection"), and so is one with spaces, tabs or line breaks
 * before the sign, which they skip; a leading tab or carriage return can start one too.
 * A leading apostrophe keeps it text. Numbers stay numbers. The JSON export, not this
 * one, is the copy that reimports exactly.
 */
const formulaStart = /^(?:\s*[=+\-@]|[\t\r])/;

function field(value: SqlValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : Buffer.from(value).toString('base64');
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The journal as CSV, one file per exported table (RFC 4180: CRLF rows, a header of the
 * column names, quotes where needed), UTF-8 with a BOM. Dates and times are the ISO 8601
 * texts the journal stores; lists (safety behaviours, coping) are JSON texts.
 */
export function csvFiles(db: ReadDb): { name: string; text: string }[] {
  return exportedTables.map((table) => {
    const columns = columnsOf(db, table.name);
    const rows = db.all<ExportRow>(`SELECT * FROM ${table.name} ORDER BY ${table.key.join(', ')}`);
    const lines = [
      columns.map(field).join(','),
      ...rows.map((row) => columns.map((column) => field(row[column] ?? null)).join(',')),
    ];
    return { name: `${table.name}.csv`, text: `${bom}${lines.join('\r\n')}\r\n` };
  });
}
