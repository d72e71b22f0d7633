/**
 * Synthetic MDX chapters of about a thousand words, using the chapter
 * components the way the real chapters do: citations, record links, a project
 * card, a commitment, a quotation, a callout, a figure and status counts.
 */
import { day, pad, sentences, type Random } from './random.ts';
import { ids, placeName, type ContentFile, type Source, type SyntheticCounts } from './shapes.ts';
import { STATE_KINDS } from '../../src/lib/source-mix.ts';
import { PUBLISHER_KINDS } from '../../src/schemas/publisher.ts';

const SECTIONS = 7;
const SOURCES = 8;
const STATE_SOURCES = 3;

/** Whether a synthetic source's publisher is a state body or state media ("Synthetic Gazette 09": kinds in turn). */
const isState = (s: Source) =>
  STATE_KINDS.includes(PUBLISHER_KINDS[Number(s.publisher.slice(-2)) % PUBLISHER_KINDS.length]!);

export function chapterFiles(
  r: Random,
  counts: SyntheticCounts,
  pool: Source[],
  projectName: (i: number) => string,
): ContentFile[] {
  return Array.from({ length: counts.chapters }, (_, k) => {
    const n = k + 1;
    const pick = (count: number) => Array.from({ length: 4 }, () => r.int(1, count));
    const places = [...new Set(pick(counts.places))];
    const projects = [...new Set(pick(counts.projects))];
    const events = [...new Set(pick(counts.events))];
    // Three of its eight sources from state bodies and media, as the editorial policy's ceiling (60%) allows.
    const sources = [
      ...r.some(pool.filter(isState), STATE_SOURCES),
      ...r.some(
        pool.filter((s) => !isState(s)),
        SOURCES - STATE_SOURCES,
      ),
    ];
    const links = [
      ...places.map((i) => `<PlaceLink id="${ids.place(i)}">${placeName(i)}</PlaceLink>`),
      ...projects.map((i) => `<ProjectLink id="${ids.project(i)}">${projectName(i)}</ProjectLink>`),
      ...events.map((i) => `<EventLink id="${ids.event(i)}">synthetic event ${pad(i)}</EventLink>`),
    ];
    const cite = (s: number) => `<Cite id="source-${(s % SOURCES) + 1}" />`;
    const paragraph = (s: number) => `${sentences(r, 2)} ${r.pick(links)}. ${sentences(r, 2)}${cite(s)}`;
    const blocks = [
      `<ProjectCard id="${ids.project(projects[0]!)}" />`,
      `<Commitment id="${ids.commitment(r.int(1, counts.commitments))}" />`,
      `<Quote speaker="A synthetic official" date="${day(r)}" source="source-1">${sentences(r, 1)}</Quote>`,
      `<Callout kind="uncertain" title="A synthetic caveat">${sentences(r, 2)}</Callout>`,
      `<Figure src="/favicon.svg" alt="The report's logo" caption="A synthetic figure." credit="Synthetic credit" />`,
      n % 10 === 1 ? '<StatusCounts />' : sentences(r, 3),
      sentences(r, 3),
    ];
    const body = Array.from({ length: SECTIONS }, (_, s) =>
      [`## Synthetic section ${s + 1}`, paragraph(s), paragraph(s + 3), blocks[s]!, paragraph(s + 5)].join('\n\n'),
    ).join('\n\n');
    const list = (name: string, values: string[]) => `${name}: [${values.join(', ')}]`;
    const frontmatter = [
      `title: 'Synthetic chapter ${n}'`,
      `description: 'A synthetic chapter for the build benchmark.'`,
      'findings:',
      ...[1, 2, 3, 4].flatMap((k) => [`  - text: '${sentences(r, 1)}'`, `    sources: [source-${k}]`]),
      `chapter: ${n}`,
      `published: ${day(r)}`,
      list('places', places.map(ids.place)),
      list('projects', projects.map(ids.project)),
      list('events', events.map(ids.event)),
      'sources:',
      ...sources.flatMap((s, i) => [
        `  source-${i + 1}:`,
        `    url: ${s.url}`,
        `    publisher: ${s.publisher}`,
        ...(s.published ? [`    published: ${s.published}`] : []),
      ]),
    ];
    return { path: `articles/${ids.chapter(n)}.mdx`, text: `---\n${frontmatter.join('\n')}\n---\n\n${body}\n` };
  });
}
