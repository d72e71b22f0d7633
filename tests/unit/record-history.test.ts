import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { historiesIn, isShallow } from '../../src/git.ts';
import { changeFacets, listChanges } from '../../src/lib/history/changes.ts';
import { describeChange } from '../../src/lib/history/describe.ts';
import { recordChanges } from '../../src/lib/history/record-diff.ts';
import { speakerOf } from '../../src/lib/i18n/speaker.ts';
import { loadReportFrom } from '../support/report.ts';

const source = (n: number) => ({ url: `https://example.org/fixture/${n}`, publisher: `Fixture Publisher ${n}` });
const project = {
  name: 'Test Road',
  status: 'under-construction',
  statusAsOf: '2024-01-01',
  milestones: [{ date: '2023-05-01', text: 'Works began.', sources: [source(1)] }],
  figures: [{ label: 'length', value: 12, unit: 'km', asOf: '2023-05-01', source: source(1) }],
  summary: 'A synthetic road.',
};

describe('the changes between two versions of a record', () => {
  test('name a new record, and a removed one', () => {
    expect(recordChanges(undefined, project)).toEqual([{ kind: 'added' }]);
    expect(recordChanges(project, undefined)).toEqual([{ kind: 'removed' }]);
    expect(recordChanges(project, structuredClone(project))).toEqual([]);
  });

  test('follow the status, milestones, figures and sources, and leave the as-of date to the status', () => {
    const later = {
      ...project,
      status: 'operational',
      statusAsOf: '2025-05-12',
      milestones: [...project.milestones, { date: '2025-05-12', text: 'The road opened.', sources: [source(2)] }],
      figures: [
        { ...project.figures[0]!, value: 14 },
        { label: 'lanes', value: 4, unit: 'lanes', asOf: '2025', source: source(2) },
      ],
    };
    expect(recordChanges(project, later)).toEqual([
      { kind: 'status', field: 'status', from: 'under-construction', to: 'operational' },
      { kind: 'milestone', field: 'milestones', to: '2025-05-12: The road opened.' },
      { kind: 'figure', field: 'figures', from: 'length: 12 km', to: 'length: 14 km' },
      { kind: 'figure', field: 'figures', to: 'lanes: 4 lanes' },
      { kind: 'source', field: 'sources', to: 'Fixture Publisher 2' },
    ]);
  });

  test('count a source added to an item as a source, not as the item revised', () => {
    const sourced = { ...project, milestones: [{ ...project.milestones[0]!, sources: [source(1), source(3)] }] };
    expect(recordChanges(project, sourced)).toEqual([{ kind: 'source', field: 'sources', to: 'Fixture Publisher 3' }]);
    expect(recordChanges(project, { ...project, summary: 'Rewritten.' })).toEqual([
      { kind: 'revised', field: 'summary' },
    ]);
  });

  test('read in each edition’s words', () => {
    const change = { kind: 'status' as const, field: 'status', from: 'under-construction', to: 'operational' };
    expect(describeChange(change, speakerOf('en'))).toBe('Status: Under construction → Operational');
    expect(describeChange(change, speakerOf('ru'))).not.toContain('Operational');
  });
});

describe('histories read from git', () => {
  const repo = mkdtempSync(join(tmpdir(), 'report-history-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  const commit = (date: string, files: Record<string, object | null>) => {
    for (const [path, data] of Object.entries(files)) {
      if (data === null) rmSync(join(repo, path));
      else {
        mkdirSync(join(repo, path, '..'), { recursive: true });
        writeFileSync(join(repo, path), JSON.stringify(data, null, 2));
      }
    }
    git('add', '-A');
    const env = { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', date], {
      cwd: repo,
      env: { ...process.env, ...env },
    });
  };

  test('give each record its dated changes, a day’s commits as one, translations and other folders aside', () => {
    git('init', '-q');
    commit('2024-01-10', { 'content/projects/test-road.json': project, 'notes/readme.json': { a: 1 } });
    commit('2024-03-02', {
      'content/projects/test-road.json': { ...project, status: 'completed', statusAsOf: '2024-03-01' },
      'content/projects/test-road.az.json': { translates: '000000000000' },
    });
    commit('2024-03-02', { 'content/projects/test-road.json': { ...project, status: 'operational' } });
    commit('2024-05-01', { 'content/projects/test-road.json': { ...project, status: 'operational', summary: 'New.' } });
    commit('2024-06-01', { 'content/projects/test-road.json': null });
    const histories = historiesIn(repo, 'content');
    expect([...histories.keys()]).toEqual(['projects/test-road']);
    expect(histories.get('projects/test-road')).toEqual([
      { date: '2024-01-10', changes: [{ kind: 'added' }] },
      {
        date: '2024-03-02',
        changes: [
          { kind: 'status', field: 'status', from: 'under-construction', to: 'completed' },
          { kind: 'status', field: 'status', from: 'completed', to: 'operational' },
        ],
      },
      { date: '2024-05-01', changes: [{ kind: 'revised', field: 'summary' }] },
      { date: '2024-06-01', changes: [{ kind: 'removed' }] },
    ]);
    expect(isShallow(repo)).toBe(false);
  });

  test('are left empty in a shallow clone, whose missing history must not read as "nothing changed"', () => {
    const copy = mkdtempSync(join(tmpdir(), 'report-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, copy]);
    expect(isShallow(copy)).toBe(true);
    expect(historiesIn(copy, 'content').size).toBe(0);
    rmSync(copy, { recursive: true, force: true });
  });

  test('are empty where there is no git history, rather than failing', () => {
    const plain = mkdtempSync(join(tmpdir(), 'report-no-git-'));
    expect(historiesIn(plain, 'content').size).toBe(0);
    rmSync(plain, { recursive: true, force: true });
  });
});

describe('the changes page’s list', () => {
  const report = loadReportFrom('tests/fixtures/content');
  const status = { kind: 'status' as const, field: 'status', from: 'planned', to: 'under-construction' };
  const histories = new Map([
    [
      'projects/test-road',
      [
        { date: '2024-01-10', changes: [{ kind: 'added' as const }] },
        { date: '2024-06-01', changes: [status, { kind: 'source' as const, field: 'sources', to: 'A publisher' }] },
      ],
    ],
    ['events/test-event-later', [{ date: '2024-06-01', changes: [{ kind: 'added' as const }] }]],
    ['publishers/example-fixture-publisher', [{ date: '2024-07-01', changes: [{ kind: 'added' as const }] }]],
    ['projects/gone', [{ date: '2024-08-01', changes: [{ kind: 'removed' as const }] }]],
  ]);
  const list = listChanges(report, histories);

  test('holds each day of each followed record still in the report, newest first, with its kinds and places', () => {
    expect(list.map((c) => [c.date, `${c.collection}/${c.id}`])).toEqual([
      ['2024-06-01', 'events/test-event-later'],
      ['2024-06-01', 'projects/test-road'],
      ['2024-01-10', 'projects/test-road'],
    ]);
    expect(list[1]).toMatchObject({
      title: 'Test Road',
      kinds: ['status', 'source'],
      places: ['testville', 'sampleton'],
    });
    expect(list[0]!.places).toEqual(['sampleton']);
  });

  test('offers in its filter only the kinds of record, kinds of change and places the list holds', () => {
    expect(changeFacets(report, list)).toEqual({
      collections: ['projects', 'events'],
      kinds: ['added', 'status', 'source'],
      places: [
        { id: 'sampleton', name: 'Sampleton' },
        { id: 'testville', name: 'Testville' },
      ],
    });
  });
});
