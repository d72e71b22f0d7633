/** CSV the way RFC 4180 writes it: comma-separated, CRLF line ends, a field quoted only when it must be. */

/** One field: quoted when it holds a comma, a quote or a line break; quotes inside are doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A whole file: the header line, then one line per row; every row has one field per column. */
export function toCsv(header: string[], rows: string[][]): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${index + 1} has ${row.length} fields; the header has ${header.length}`);
    }
  }
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
