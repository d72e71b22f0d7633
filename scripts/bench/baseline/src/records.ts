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

/** The editions the report builds (English at the root, the others under their code), so the baseline writes as many pages. */
export const EDITIONS = [undefined, 'az', 'ru', 'hy'] as const;
export type Edition = (typeof EDITIONS)[number];

/** A page once per edition. */
export const inEveryEdition = <P extends { params: Record<string, string> }>(pages: P[]) =>
  EDITIONS.flatMap((lang) => pages.map((page) => ({ ...page, params: { ...page.params, lang } })));

/** A site path in an edition: "/projects/" → "/az/projects/". */
export const href = (lang: string | undefined, path: string) => (lang ? `/${lang}${path}` : path);
