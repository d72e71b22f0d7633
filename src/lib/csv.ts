/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends and a final one, a
 * field quoted only when it holds a comma, a quote or a line break. Two formats,
 * because the two kinds of file have two kinds of reader:
 *
 * - `data` (the open data under /data/): read by programs (pandas, R, csvkit),
 *   so every value is written exactly as it is, with no byte-order mark.
 * - `spreadsheet` (a chart's numbers, /charts/<id>.csv): opened by people in
 *   Excel or LibreOffice, so the file starts with a byte-order mark (else names
 *   such as Füzuli are read in a legacy encoding) and text a spreadsheet would
 *   run as a formula (=, +, -, @ first) gets an apostrophe in front.
 */
export type CsvFormat = 'data' | 'spreadsheet';
export type CsvValue = string | number | null | undefined;

/** One field: numbers as numbers, nothing as empty, text quoted when it must be. */
export function csvField(value: CsvValue, format: CsvFormat = 'data'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV value is not a finite number: ${value}`);
    return String(value);
  }
  const safe = format === 'spreadsheet' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: the header line, then one line per row; every row has one field per column. */
export function toCsv(header: string[], rows: CsvValue[][], format: CsvFormat = 'data'): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${index + 1} has ${row.length} fields; the header has ${header.length}`);
    }
  }
  const lines = [header, ...rows].map((row) => row.map((value) => csvField(value, format)).join(',')).join('\r\n');
  return `${format === 'spreadsheet' ? '\uFEFF' : ''}${lines}\r\n`;
}
