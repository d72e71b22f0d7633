/**
 * The records as the JSON files hold them. The baseline loads them without a
 * schema, so its pages read them through these shapes (the same under this
 * project's generated types and the report's, which `astro check` uses).
 */
export interface RawSource {
  url: string;
  publisher: string;
}

export interface RawRecord {
  name?: string;
  title?: string;
  summary?: string;
  date?: string;
  status?: string;
  statusAsOf?: string;
  milestones?: Array<{ date: string; text: string }>;
  altNames?: Array<{ name: string }>;
  places?: string[];
  sources?: RawSource[];
}

export const raw = (entry: { data: unknown }) => entry.data as RawRecord;
