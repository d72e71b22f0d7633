/** A chart's table as a CSV download (../csv.ts, spreadsheet format): raw numbers, and source URLs in their own columns. */
import { toCsv, type CsvValue } from '../csv.ts';
import type { ChartTable } from './types.ts';

/**
 * A chart table as a header and rows: numeric cells as their value, others as
 * text; a column that holds links gets a "… URL" column after it.
 */
export function tableRows(table: ChartTable): { header: string[]; rows: CsvValue[][] } {
  const linked = table.columns.map((_, i) => table.rows.some((row) => row[i]?.href && !row[i]?.internal));
  const header = table.columns.flatMap((c, i) => (linked[i] ? [c.label, `${c.label} URL`] : [c.label]));
  const rows = table.rows.map((row) =>
    table.columns.flatMap((c, i) => {
      const cell = row[i];
      const value: CsvValue = c.numeric ? (cell?.value ?? null) : (cell?.text ?? '');
      return linked[i] ? [value, cell?.internal ? '' : (cell?.href ?? '')] : [value];
    }),
  );
  return { header, rows };
}

/** The downloadable file, for spreadsheets. */
export function csvFile(table: ChartTable): string {
  const { header, rows } = tableRows(table);
  return toCsv(header, rows, 'spreadsheet');
}
