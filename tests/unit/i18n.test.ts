import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/integrity/index.ts';
import { dictionaryProblems, translator, DICTIONARIES } from '../../src/lib/i18n/dictionary.ts';
import { formatDate, formatValue } from '../../src/lib/i18n/format.ts';
import { englishHash, englishTexts, overlay, shapeProblems } from '../../src/lib/i18n/translatable.ts';
import { coverage, localise } from '../../src/lib/i18n/translations.ts';
import { reportFromCheck } from '../../src/lib/report-from-check.ts';
import { localePath, splitLocalePath } from '../../src/lib/routes.ts';
import { goodFiles } from '../support/fixtures.ts';
import { TRANSLATIONS } from '../../src/lib/i18n/locales.ts';

const report = reportFromCheck(checkContent(goodFiles(), '2026-11-27').records);

describe('a translation', () => {
  const road = report.projects.find((p) => p.id === 'test-road')!.data;

  test('is made from the English texts, and its hash changes when they do', () => {
    const texts = englishTexts('projects', road);
    expect(Object.keys(texts)).toEqual(['name', 'type', 'summary', 'milestones', 'figures']);
    expect(texts.milestones).toEqual(road.milestones.map((m) => m.text));
    expect(englishHash(texts)).toMatch(/^[0-9a-f]{12}$/);
    expect(englishHash({ ...texts, summary: 'Changed.' })).not.toBe(englishHash(texts));
    // Key order in the file does not matter, only the texts.
    expect(englishHash(Object.fromEntries(Object.entries(texts).reverse()))).toBe(englishHash(texts));
  });

  test('lays its texts over the record, item by item, and leaves a list that no longer lines up in English', () => {
    const ru = overlay('projects', road, { name: 'Дорога', milestones: ['Начало.', 'Открытие.'] });
    expect(ru.name).toBe('Дорога');
    expect(ru.milestones.map((m) => m.text)).toEqual(['Начало.', 'Открытие.']);
    expect(ru.milestones[1]!.date).toBe(road.milestones[1]!.date);
    const short = overlay('projects', road, { milestones: ['Только одно.'] });
    expect(short.milestones).toEqual(road.milestones);
  });

  test('must match the English in shape, and give every text while it is current', () => {
    const english = englishTexts('projects', road);
    expect(shapeProblems('projects', { ...english, population: 'x' }, english, false)).toEqual([
      ['population', expect.stringContaining('is not translated in projects')],
    ]);
    expect(shapeProblems('projects', { ...english, milestones: ['one'] }, english, false)).toEqual([
      ['milestones', 'expected 2 items, as in English'],
    ]);
    const { summary: _, ...partial } = english;
    expect(shapeProblems('projects', partial, english, false)).toEqual([
      ['summary', 'expected a translation of this English text'],
    ]);
    // A stale translation may lag behind the English it was made from.
    expect(shapeProblems('projects', { ...partial, milestones: ['one'] }, english, true)).toEqual([]);
  });
});

describe('the report in an edition', () => {
  test('reads translated texts, keeps the English name among a place’s names, and says each record’s state', () => {
    const ru = localise(report, 'ru');
    const testville = ru.places.find((p) => p.id === 'testville')!;
    expect(testville.data.name).toBe('Тествиль');
    expect(testville.data.altNames.map((n) => n.name)).toContain('Testville');
    expect(ru.translation('places', 'testville')).toEqual({
      state: 'current',
      reviewedBy: { by: 'Fixture Reviewer', on: '2026-11-30' },
      body: false,
    });
    expect(ru.translation('places', 'sampleton').state).toBe('missing');
    expect(ru.places.find((p) => p.id === 'sampleton')!.lang).toBe('en');
    expect(ru.articles[0]!.data.findings[0]!.text).toBe('Тестовая дорога открылась в январе 2022 года.');
    // Sources and dates stay as in English.
    expect(ru.projects.find((p) => p.id === 'test-road')!.data.milestones[0]!.sources).toEqual(
      report.projects.find((p) => p.id === 'test-road')!.data.milestones[0]!.sources,
    );
  });

  test('marks a translation stale when the English changed since, and still shows it', () => {
    const az = localise(report, 'az');
    expect(az.translation('events', 'test-event').state).toBe('stale');
    expect(az.events.find((e) => e.id === 'test-event')!.data.title).toBe('Test hadisəsi');
  });

  test('is the report itself in English, and built once per edition', () => {
    const en = localise(report, 'en');
    expect(en.places).toBe(report.places);
    expect(en.translation('places', 'testville').state).toBe('current');
    expect(localise(report, 'hy')).toBe(localise(report, 'hy'));
  });

  test('counts what each edition translates, collection by collection', () => {
    const rows = coverage(report);
    expect(rows.find((r) => r.lang === 'ru' && r.collection === 'places')).toMatchObject({ records: 2, current: 1 });
    expect(rows.find((r) => r.lang === 'az' && r.collection === 'events')).toMatchObject({
      current: 0,
      stale: ['test-event'],
    });
    expect(rows).toHaveLength(3 * 6);
  });
});

describe('the content check of translations', () => {
  test('passes the fixture translations, a stale one included (a warning, not an error)', () => {
    const { problems, records } = checkContent(goodFiles(), '2026-11-27');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(records.filter((r) => r.collection === 'translations')).toHaveLength(5);
  });
});

describe('interface dictionaries', () => {
  test('fill slots and choose the plural form of the language', () => {
    const en = translator('en');
    expect(en('search.count', { count: 1 })).toBe('1 result.');
    expect(en('search.count', { count: 1033 })).toBe('1,033 results.');
    expect(en('map.projects', { count: 0 })).toBe('no project yet');
  });

  test('fall back to English for a key an edition lacks, which the check reports', () => {
    const dictionaries = { ...DICTIONARIES, az: { ...DICTIONARIES.az } };
    delete (dictionaries.az as Record<string, unknown>)['nav.places'];
    expect(translator('az', dictionaries)('nav.places')).toBe('Places');
    const problems = dictionaryProblems(dictionaries).map(formatProblem);
    expect(problems).toContain(
      'src/lib/i18n/ui/az.ts: nav.places: missing; expected the Azerbaijani text of the English key',
    );
  });

  test('are refused with an extra key or a slot that differs from English', () => {
    const dictionaries = {
      ...DICTIONARIES,
      ru: { ...DICTIONARIES.ru, 'nav.extra': 'Лишний', 'footer.built': 'Собрано {day}.' },
    };
    const problems = dictionaryProblems(dictionaries).map(formatProblem);
    expect(problems).toContain(
      'src/lib/i18n/ui/ru.ts: nav.extra: is not a key of the English dictionary (en.ts); expected it removed',
    );
    expect(problems).toContain(
      'src/lib/i18n/ui/ru.ts: footer.built: has the slots "{day}"; expected "{date}", as in English',
    );
  });

  test('each edition has every key of the English one, with the same slots', () => {
    expect(dictionaryProblems().map(formatProblem)).toEqual([]);
  });

  test.each(TRANSLATIONS)('the %s dictionary is translated: hardly a message reads as in English', (lang) => {
    const same = Object.entries(DICTIONARIES.en).filter(
      ([key, m]) =>
        /[a-z]{3}/.test(JSON.stringify(m)) &&
        JSON.stringify(DICTIONARIES[lang][key as 'nav.home']) === JSON.stringify(m),
    );
    // Names and units may read the same (the report's initials, "{km} km"); a copied dictionary would not pass.
    expect(same.length, same.map(([key]) => key).join(', ')).toBeLessThan(Object.keys(DICTIONARIES.en).length * 0.03);
  });
});

describe('dates and numbers in each edition', () => {
  test('follow the language, as precise as the date', () => {
    expect(formatDate('2021-10-26')).toBe('26 October 2021');
    expect(formatDate('2021-10-26', 'ru')).toBe('26 октября 2021 г.');
    expect(formatDate('2021-10-26', 'az')).toBe('26 oktyabr 2021');
    expect(formatDate('2021-10', 'hy')).toMatch(/հոկտեմբեր/);
    expect(formatDate('2021', 'ru')).toBe('2021');
    expect(formatValue(1234567.5)).toBe('1,234,567.5');
    expect(formatValue(1234567.5, 'ru')).toBe('1\u00a0234\u00a0567,5');
    expect(formatValue('17 / 12,964', 'az')).toBe('17 / 12,964');
  });
});

describe('paths in an edition', () => {
  test('move pages under the language, and leave files where they are', () => {
    expect(localePath('az', '/')).toBe('/az/');
    expect(localePath('az', '/places/shusha/')).toBe('/az/places/shusha/');
    expect(localePath('ru', '/timeline/#war-begins')).toBe('/ru/timeline/#war-begins');
    expect(localePath('hy', '/data/places.csv')).toBe('/data/places.csv');
    expect(localePath('hy', '/feed.xml')).toBe('/feed.xml');
    expect(localePath('en', '/places/')).toBe('/places/');
    expect(splitLocalePath('/az/places/', ['en', 'az'])).toEqual({ lang: 'az', path: '/places/' });
    expect(splitLocalePath('/places/', ['en', 'az'])).toEqual({ lang: 'en', path: '/places/' });
    expect(splitLocalePath('/ar/places/', ['en', 'az'])).toEqual({ lang: 'en', path: '/ar/places/' });
  });
});
