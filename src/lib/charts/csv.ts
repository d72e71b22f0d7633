/** CSV downloads (RFC 4180): the chart's table with raw numbers and source URLs. */
import type { ChartTable } from './types.ts';

export type CsvValue = string | number | null | undefined;

/**
 * A field as RFC 4180 writes it: quoted when it holds a comma, quote or line
 * break. Text that a spreadsheet would run as a formula (=, +, -, @ first) is
 * prefixed with an apostrophe; numbers are written as numbers.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV value is not a finite number: ${value}`);
    return String(value);
  }
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text: CRLF line ends and a final line end. */
export function toCsv(rows: CsvValue[][]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A chart table as CSV rows: numeric cells as their value, others as text; a
 * column that holds links gets a "… URL" column after it.
 */
export function tableRows(table: ChartTable): CsvValue[][] {
  const linked = table.columns.map((_, i) => table.rows.some((row) => row[i]?.href && !row[i]?.internal));
  const header = table.columns.flatMap((c, i) => (linked[i] ? [c.label, `${c.label} URL`] : [c.label]));
  const body = table.rows.map((row) =>
    table.columns.flatMap((c, i) => {
      const cell = row[i];
      const value: CsvValue = c.numeric ? (cell?.value ?? null) : (cell?.text ?? '');
      return linked[i] ? [value, cell?.internal ? '' : (cell?.href ?? '')] : [value];
    }),
  );
  return [header, ...body];
}

export function tableToCsv(table: ChartTable): string {
  return toCsv(tableRows(table));
}

/**
 * The downloadable file: a byte-order mark first, so spreadsheet programs read
 * the names (Füzuli, en dashes) as UTF-8 rather than guessing a legacy encoding.
 */
export function csvFile(table: ChartTable): string {
  return `\uFEFF${tableToCsv(table)}`;
}
