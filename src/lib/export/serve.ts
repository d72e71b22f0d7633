/** Which data files an endpoint serves, by extension, and with which Content-Type. */
import type { DataFile } from './files.ts';

export type Extension = 'json' | 'csv';

/** The files with the extension, by name without it ("places.schema" for places.schema.json). */
export function filesWith(files: DataFile[], extension: Extension): Array<{ name: string; file: DataFile }> {
  const suffix = `.${extension}`;
  return files
    .filter((f) => f.file.endsWith(suffix))
    .map((file) => ({ name: file.file.slice(0, -suffix.length), file }));
}

/** The Content-Type header of a data file. */
export function contentType(file: DataFile): string {
  return file.mediatype === 'text/csv' ? 'text/csv; charset=utf-8; header=present' : `${file.mediatype}; charset=utf-8`;
}
