/**
 * The Open Graph card of a page, as data: what it says and how its text wraps.
 * Drawing is in og-render.ts; this module stays pure so layout is unit-tested.
 */
import { LOCALES } from '../i18n/locales.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import { localise } from '../i18n/translations.ts';
import { placeNamesOf, type Report } from '../report.ts';
import type { ArticleMeta, Project, ProjectStatus } from '../../schemas/types.ts';

export interface Card {
  /** Small line above the title ("Chapter 3", "Project · Transport"). */
  kicker: string;
  title: string;
  /** One or two lines under the title. */
  text: string;
  /** A project's status, drawn as a badge. */
  status?: { label: string; tone: ProjectStatus };
  /** The site's host, printed in the footer ("example.org"). */
  host: string;
}

const ENGLISH = speakerOf('en');

export function chapterCard(data: ArticleMeta, host: string, s: Speaker = ENGLISH): Card {
  return { kicker: s.t('chapter.number', { number: data.chapter }), title: data.title, text: data.description, host };
}

export function projectCard(
  data: Project,
  placeNames: Record<string, string>,
  host: string,
  s: Speaker = ENGLISH,
): Card {
  const places = data.places.map((p) => placeNames[p.id] ?? p.id).join(', ');
  return {
    kicker: `${s.t('type.project')} · ${s.labels.sector[data.sector]}`,
    title: data.name,
    // The as-of date first, so a long list of places can never cut it off.
    text: `${s.t('card.statusAsOf', { date: s.date(data.statusAsOf) })} · ${data.type} · ${places}`,
    status: { label: s.labels.status[data.status], tone: data.status },
    host,
  };
}

export function reportCard(host: string, s: Speaker = ENGLISH): Card {
  return { kicker: s.t('home.kicker'), title: s.t('site.title'), text: s.t('card.report'), host };
}

/**
 * Every card of the report, in every edition and its language, with its path
 * under /og/ without the extension: "report", "articles/<id>", "projects/<id>";
 * "az/report"… for the other editions.
 */
export function reportCards(english: Report, host: string): Array<{ path: string; card: Card }> {
  return LOCALES.flatMap((lang) => {
    const report = localise(english, lang);
    const s = speakerOf(lang);
    const prefix = lang === 'en' ? '' : `${lang}/`;
    const placeNames = placeNamesOf(report);
    return [
      { path: `${prefix}report`, card: reportCard(host, s) },
      ...report.articles.map((a) => ({ path: `${prefix}articles/${a.id}`, card: chapterCard(a.data, host, s) })),
      ...report.projects.map((p) => ({
        path: `${prefix}projects/${p.id}`,
        card: projectCard(p.data, placeNames, host, s),
      })),
    ];
  });
}

/**
 * Greedy word wrap into at most `maxLines` lines of `maxWidth`, measured by
 * `measure`; a word wider than a line is cut; text that does not fit ends in "…".
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (line.length > 1 && measure(line) > maxWidth) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines.length > maxLines ? ellipsis(lines.slice(0, maxLines), maxWidth, measure) : lines;
}

/** Ends the last line with "…", dropping whole words (or, for one long word, letters) until it fits. */
function ellipsis(lines: string[], maxWidth: number, measure: (s: string) => number): string[] {
  let last = lines.at(-1)!.replace(/[\s,;:·–—-]+$/, '');
  while (last.length > 1 && measure(`${last}…`) > maxWidth) {
    const space = last.lastIndexOf(' ');
    last = (space > 0 ? last.slice(0, space) : last.slice(0, -1)).replace(/[\s,;:·–—-]+$/, '');
  }
  return [...lines.slice(0, -1), `${last}…`];
}

/** Colours of a card, light theme, by design token name ("bg", "accent"), from `lightTokens`. */
export type Palette = Record<string, string>;

/** The light-theme value of each `--token: light-dark(#light, #dark)` in a stylesheet. */
export function lightTokens(css: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const match of css.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,/gi)) {
    tokens[match[1]!] ??= match[2]!;
  }
  return tokens;
}
