/**
 * Who publishes the report, how to reach them, where its source lives and how it may be reused: the one site
 * configuration. About, the footer, "Report an error", "Cite this page", metadata, feeds, cards and the open data
 * import it; CITATION.cff repeats it for citation tools (a unit test keeps them in step).
 *
 * The publisher, contact and repository can be set at build time (REPORT_PUBLISHER, REPORT_CONTACT,
 * REPORT_REPOSITORY) or here. The values below are placeholders: a build for a real address (SITE_URL set) refuses
 * them, and any value that cannot work, see `siteConfigProblems`.
 */

/** The report's name, as pages, citations and cards show it. */
export const REPORT_TITLE = 'Karabakh Reconstruction Report';

/** The report's licence (text and data), in the fields a Frictionless Data Package names a licence with. */
export const LICENCE = {
  /** SPDX identifier. */
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};

/** Values that mark a configuration nobody has filled in yet. */
const PLACEHOLDER = /\bexample\b|\bplaceholder\b|^$/i;

export interface SiteConfig {
  /** Who publishes the report and answers for it: a person, a newsroom or an organisation. */
  publisher: string;
  /** Where readers write to, for corrections and anything else: an email address or a contact page URL. */
  contact: string;
  /** The public repository of the report's text, data and code; errors are reported as its issues. */
  repository: string;
}

/** The configuration a build with this environment gets: the variables, else the defaults below. */
export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const get = (name: string, fallback: string) => env[name]?.trim() || fallback;
  return {
    publisher: get('REPORT_PUBLISHER', 'Publisher placeholder'),
    contact: get('REPORT_CONTACT', 'editors@karabakh-reconstruction.example'),
    repository: get(
      'REPORT_REPOSITORY',
      env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}`
        : 'https://github.com/example/karabakh-reconstruction-report',
    ),
  };
}

/** This build's publisher, contact address and repository. */
export const SITE: SiteConfig = siteConfig();

const EMAIL = /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/;

/** What is wrong with a configuration for readers, one line each: a placeholder, or a value that cannot work. */
export function siteConfigProblems(site: SiteConfig = SITE): string[] {
  const names: Record<keyof SiteConfig, string> = {
    publisher: 'REPORT_PUBLISHER (who publishes the report)',
    contact: 'REPORT_CONTACT (an email address or contact page for readers)',
    repository: 'REPORT_REPOSITORY (the public repository URL)',
  };
  const placeholders = (Object.keys(names) as Array<keyof SiteConfig>)
    .filter((key) => PLACEHOLDER.test(site[key]))
    .map((key) => `${names[key]} is a placeholder ("${site[key]}"): set it, or its default in src/consts.ts`);
  const https = (value: string) => URL.canParse(value) && new URL(value).protocol === 'https:';
  const repository = https(site.repository) ? new URL(site.repository) : undefined;
  const invalid = [
    ...(PLACEHOLDER.test(site.contact) || EMAIL.test(site.contact) || https(site.contact)
      ? []
      : [`${names.contact} is "${site.contact}": expected an email address or an https:// URL`]),
    ...(PLACEHOLDER.test(site.repository) ||
    (repository && !repository.search && !repository.hash && !/\.git\/?$/.test(repository.pathname))
      ? []
      : [
          `${names.repository} is "${site.repository}": expected the repository's https:// page, without .git, ? or #, such as https://github.com/owner/name`,
        ]),
  ];
  return [...placeholders, ...invalid];
}

/** A link a reader follows to write to the publisher: mailto for an address, else the contact page. */
export function contactHref(contact = SITE.contact): string {
  return /^[^@\s/]+@[^@\s/]+$/.test(contact) ? `mailto:${contact}` : contact;
}

/**
 * "Report an error": a new issue in the report's repository, its title and text filled in with the page's address
 * and, where the page is a record, the record's id, so a correction starts from the right place.
 */
export function errorReportUrl(pageUrl: string, record?: string, repository = SITE.repository): string {
  const title = `Error on ${record ?? new URL(pageUrl).pathname}`;
  const body = [
    `Page: ${pageUrl}`,
    ...(record ? [`Record: ${record}`] : []),
    '',
    'What is wrong:',
    '',
    'What it should say, and the source that shows it (a link):',
  ].join('\n');
  const url = new URL(`${repository.replace(/\/$/, '')}/issues/new`);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  return url.href;
}
