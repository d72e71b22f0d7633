import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem, type ContentFile } from '../../src/lib/integrity/index.ts';
import { scaffold, SCAFFOLD_KINDS, translationScaffold } from '../../src/lib/scaffold.ts';
import { goodFiles } from '../support/fixtures.ts';

const TODAY = '2026-11-27';
const DIR = 'tests/fixtures/content';
const source = {
  url: 'https://example.org/fixture/new',
  publisher: 'Example Fixture Publisher',
  published: '2022-02-01',
};

/** What an editor would write in place of each TODO, per kind. */
const filled: Record<string, object | string> = {
  project: {
    name: 'Fixture Bridge',
    sector: 'transport',
    type: 'bridge',
    places: ['testville'],
    status: 'under-construction',
    statusAsOf: '2022-02-01',
    milestones: [{ date: '2022-01', text: 'Works began.', marks: 'under-construction', sources: [source] }],
    figures: [{ label: 'length', value: 120, unit: 'm', asOf: '2022-02-01', source }],
    contractors: [],
    summary: 'A synthetic bridge.',
    sources: [source],
  },
  place: {
    name: 'Fixtureburg',
    altNames: [{ name: 'Fixtureborg', kind: 'variant' }],
    kind: 'village',
    district: 'Test District',
    coordinates: { lat: 39.9, lon: 46.9, source },
    population: [],
    controlHistory: [],
    summary: 'A synthetic village.',
    notes: [],
  },
  event: {
    date: '2022-02-01',
    precision: 'day',
    title: 'A second fixture event',
    summary: 'Something else synthetic happened.',
    category: 'economy',
    places: ['sampleton'],
    sources: [source],
  },
  commitment: {
    title: 'A second fixture promise',
    promise: 'Something would open.',
    promisedBy: 'A fixture official',
    promisedOn: '2022-01-01',
    target: '2030',
    sources: [source],
    projects: [],
    places: [],
    outcome: 'pending',
    outcomeAsOf: '2022-02-01',
    assessment: 'The deadline has not passed.',
    evidence: [],
  },
};

const asFile = (path: string, text: string): ContentFile => ({
  collection: path.split('/')[0]!,
  file: `${DIR}/${path}`,
  text,
});

describe('npm run new', () => {
  test.each(SCAFFOLD_KINDS)('a new %s fails the check until every TODO is filled, and passes once filled', (kind) => {
    const { path, text } = scaffold(kind, `fixture-new-${kind}`, TODAY);
    const before = checkContent([...goodFiles(), asFile(path, text)], TODAY).problems.filter((p) =>
      p.file.endsWith(path),
    );
    expect(before.length).toBeGreaterThan(3);
    expect(before.some((p) => p.message.startsWith('still a TODO placeholder'))).toBe(true);

    const done =
      kind === 'chapter'
        ? text
            .replace(/TODO: the chapter title/, 'A second fixture chapter')
            .replace(/TODO: one sentence for listings and search results/, 'Used only by the tests.')
            .replaceAll('TODO: one sourced sentence of what the chapter found', 'A fixture finding.')
            .replace('chapter: 0 # TODO: its number in the table of contents', 'chapter: 2')
            .replace("'TODO: https://…'", 'https://example.org/fixture/new')
            .replace("'TODO: who published it'", 'Example Fixture Publisher')
            .replace(/TODO: write the chapter\.[\s\S]*$/, 'A finished sentence.<Cite id="todo-source" />\n')
        : `${JSON.stringify(filled[kind], null, 2)}\n`;
    const after = checkContent([...goodFiles(), asFile(path, done)], TODAY).problems;
    expect(after.map(formatProblem)).toEqual([]);
  });

  test('refuses an id that is not a valid URL slug', () => {
    expect(() => scaffold('project', 'Fuzuli Airport', TODAY)).toThrow('is not a valid id');
  });

  test('gives each TODO field one line naming it and what it expects', () => {
    const { path, text } = scaffold('event', 'fixture-new-event', TODAY);
    const lines = checkContent([...goodFiles(), asFile(path, text)], TODAY)
      .problems.filter((p) => p.file.endsWith(path))
      .map((p) => `${p.field}: ${p.message.split(',')[0]}`);
    expect(lines).toEqual([
      'category: still a TODO placeholder; expected one of conflict',
      'date: still a TODO placeholder; expected a date written YYYY',
      'places[0]: still a TODO placeholder; expected a lowercase kebab-case id such as "fuzuli-international-airport"',
      'precision: still a TODO placeholder; expected one of day',
      'sources[0].published: still a TODO placeholder; expected a date written YYYY',
      'sources[0].publisher: still a TODO placeholder; fill it in',
      'sources[0].url: still a TODO placeholder; expected an http:// or https:// URL',
      'summary: still a TODO placeholder; fill it in',
      'title: still a TODO placeholder; fill it in',
    ]);
  });
});

describe('a translation skeleton', () => {
  const english = (collection: string, id: string) => {
    const record = checkContent(goodFiles(), TODAY).records.find((r) => r.collection === collection && r.id === id)!;
    return record;
  };

  test('carries the hash of the English and is refused until every text is translated', () => {
    const road = english('projects', 'test-road');
    const text = translationScaffold('projects', road.data);
    expect(JSON.parse(text).translates).toBe('6aaf249fef27');
    const path = 'projects/test-road.hy.json';
    const problems = checkContent([...goodFiles(), asFile(path, text)], TODAY)
      .problems.filter((p) => p.file.endsWith(path))
      .map((p) => p.field);
    expect(problems).toEqual([
      'figures[0].label',
      'figures[0].unit',
      'milestones[0]',
      'milestones[1]',
      'name',
      'summary',
      'type',
    ]);
  });

  test('of a chapter is its frontmatter, or the whole chapter when asked', () => {
    const chapter = english('articles', 'test-chapter');
    const findings = translationScaffold('articles', chapter.data, { body: chapter.body });
    expect(findings).toMatch(/^---\ntranslates: '1902ae2d882c'\n/);
    expect(findings.trimEnd().endsWith('---')).toBe(true);
    const whole = translationScaffold('articles', chapter.data, { body: chapter.body, whole: true });
    expect(whole).toContain(chapter.body!.trim().slice(0, 40));
    expect(whole).not.toContain("translates: '1902ae2d882c'");
  });
});
