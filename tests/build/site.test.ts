import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MDX_COMPONENTS } from '../../src/lib/mdx-components.ts';
import { readPages, recordIds, resolveLink, type Page } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { splitLocalePath } from '../../src/lib/routes.ts';

const byPath = (pages: Page[]) => new Map(pages.map((p) => [p.path, p]));

describe.each(Object.values(SITES))('the $name build', (site) => {
  const pages = readPages(site.dir);
  const page = (path: string) => byPath(pages).get(path)!;
  const ids = (collection: string) => recordIds(collection, site.content);

  test.each(['places', 'projects'])('has one page per record in %s', (collection) => {
    const expected = ids(collection).sort();
    const built = pages.filter((p) => p.path.startsWith(`/${collection}/`) && p.path !== `/${collection}/`);
    expect(built.map((p) => p.path.split('/')[2]).sort()).toEqual(expected);
  });

  test('has one page per published chapter', () => {
    const chapters = pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path));
    expect(chapters.length).toBeGreaterThanOrEqual(1);
    expect(chapters.length).toBe(ids('articles').length);
  });

  test('puts every timeline event on the timeline under its own id', () => {
    const timeline = page('/timeline/').html;
    for (const id of ids('events')) expect(timeline.querySelector(`article[id="${id}"]`), id).not.toBeNull();
  });

  test('lists every commitment on the promises page under its own id', () => {
    const promises = page('/commitments/').html;
    for (const id of ids('commitments')) expect(promises.getElementById(id), id).not.toBeNull();
  });

  test('has the fixed pages and a 404', () => {
    for (const path of [
      '/',
      '/timeline/',
      '/places/',
      '/projects/',
      '/commitments/',
      '/articles/',
      '/sources/',
      '/about/',
      '/404/',
    ]) {
      expect(byPath(pages).has(path), path).toBe(true);
    }
  });

  test('links every project page to at least one external source', () => {
    const projects = pages.filter((p) => /^\/projects\/[^/]+\/$/.test(p.path));
    for (const p of projects) {
      const external = p.html.querySelectorAll('.sources a[href^="http"]');
      expect(external.length, p.path).toBeGreaterThan(0);
      for (const a of external) expect(a.getAttribute('rel'), p.path).toBe('noopener noreferrer');
    }
  });

  test('marks every external link on every page noopener noreferrer, and each is a well-formed http(s) URL', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const a of p.html.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('mailto:')) continue; // internal, or the contact address
        let url: URL | undefined;
        try {
          url = new URL(href);
        } catch {
          bad.push(`${p.path}: malformed ${href}`);
          continue;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') bad.push(`${p.path}: ${url.protocol} link ${href}`);
        else if (url.host !== 'karabakh-reconstruction.example') {
          const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
          if (!rel.includes('noopener') || !rel.includes('noreferrer'))
            bad.push(`${p.path}: ${href} rel="${rel.join(' ')}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('gives every page a title, a description, one h1 and a main landmark', () => {
    for (const p of pages) {
      expect(p.html.querySelector('title')?.text.trim(), p.path).toBeTruthy();
      expect(p.html.querySelector('meta[name="description"]')?.getAttribute('content'), p.path).toBeTruthy();
      expect(p.html.querySelectorAll('h1'), p.path).toHaveLength(1);
      expect(p.html.querySelector('main#main'), p.path).not.toBeNull();
    }
  });

  test('the glossary points every entry to the records and chapters that source it', () => {
    const entries = page('/glossary/').html.querySelectorAll('dd');
    expect(entries.length).toBeGreaterThanOrEqual(8);
    if (site.name === 'real')
      for (const dd of entries) expect(dd.querySelectorAll('a').length, dd.text).toBeGreaterThan(0);
  });

  test('resolves every internal link, under the base path, embed pages’ included', () => {
    const { dir, base } = site;
    const all = readPages(dir, { embeds: true });
    const map = byPath(all);
    const broken: string[] = [];
    for (const p of all) {
      for (const el of p.html.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const href = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (/^(https?:)?\/\//.test(href) || href.startsWith('mailto:')) continue;
        const target = href.startsWith('#') ? `${base}${p.path.slice(1)}${href}` : href;
        const problem = resolveLink(dir, base, map, target);
        if (problem) broken.push(`${p.path}: ${href}: ${problem}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the fixture build, under /report/', () => {
  const fixture = SITES.fixture;
  const pages = readPages(fixture.dir);
  const page = (path: string) => byPath(pages).get(path)!;

  test('counts projects by status in a chapter from the records themselves', () => {
    const rows = page('/articles/test-chapter/').html.querySelectorAll('caption');
    const table = rows.find((c) => c.text.startsWith('Projects by status'))!.parentNode!;
    const counted = Object.fromEntries(
      table
        .querySelectorAll('tbody tr')
        .map((tr) => [tr.querySelector('th')!.text, Number(tr.querySelector('td')!.text)]),
    );
    const statuses = recordIds('projects', fixture.content).map(
      (id) => JSON.parse(readFileSync(`${fixture.content}/projects/${id}.json`, 'utf8')).status as string,
    );
    const expected = (s: string) => statuses.filter((x) => x === s).length;
    expect(counted).toEqual({
      Operational: expected('operational'),
      Completed: expected('completed'),
      'Under construction': expected('under-construction'),
      Announced: expected('announced'),
    });
  });

  test('a chapter leads with its findings, each with numbered notes, then states its source mix', () => {
    const chapter = page('/articles/test-chapter/').html;
    const findings = chapter.querySelectorAll('.findings li');
    expect(findings.map((li) => li.text.replace(/\[\d+\]/g, ''))).toEqual([
      'The fixture road opened in January 2022.',
      'A fixture event came first.',
      'A fixture speaker said something short.',
      'Sources disagree on the fixture date.',
    ]);
    // the findings cite first, so their sources are notes 1–3, and every back-link lands on a citation
    expect(findings.map((li) => li.querySelectorAll('.cite-ref a').map((a) => a.text))).toEqual([
      ['[1]'],
      ['[2]'],
      ['[3]'],
      ['[1]', '[2]'],
    ]);
    expect(chapter.querySelector('.findings')!.nextElementSibling!.classList.contains('source-mix')).toBe(true);
    expect(chapter.querySelector('.source-mix')!.text.replace(/\s+/g, ' ')).toContain(
      'Source mix of 3 sources: State-aligned media 33%; International media 33%; Research and NGOs 33%. Share of state bodies and state or state-aligned media of either side: 33% (the target for a chapter: at most 60%).',
    );
  });

  test('the home page says what the report found, a finding from each chapter linked to it', () => {
    const items = page('/').html.querySelectorAll('.findings-list li');
    expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(['/report/articles/test-chapter/']);
    expect(items[0]!.text).toContain('The fixture road opened in January 2022.');
  });

  test('every page names its build date, the date its sources were checked to, and how to report an error on it', () => {
    for (const p of pages) {
      const footer = p.html.querySelector('.site-footer')!;
      // In every edition: the build date and the date the sources were checked to, as <time> elements.
      const times = footer.querySelectorAll('.last-updated time').map((t) => t.getAttribute('datetime'));
      expect(times.slice(-2)[1], p.path).toBe('2022-01-10');
      expect(times.slice(-2)[0], p.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (splitLocalePath(p.path, LOCALES).lang === 'en')
        expect(footer.text, p.path).toMatch(/Built \d{1,2} \w+ \d{4}\. Sources checked to 10 January 2022\./);
      const report = new URL(footer.querySelector('a.report-error')!.getAttribute('href')!);
      expect(report.pathname, p.path).toMatch(/\/issues\/new$/);
      expect(report.searchParams.get('body'), p.path).toContain(
        `Page: https://karabakh-reconstruction.example/report${p.path}`,
      );
    }
    const credits = page('/').html.querySelector('.site-footer')!.text.replace(/\s+/g, ' ');
    expect(credits).toContain(
      'Text and data under Creative Commons Attribution 4.0 International; source at github.com/',
    );
    const record = new URL(page('/projects/test-road/').html.querySelector('a.report-error')!.getAttribute('href')!);
    expect(record.searchParams.get('title')).toBe('Error on projects/test-road');
    expect(record.searchParams.get('body')).toContain('Record: projects/test-road');
  });

  test('the sources page groups sources by the kind of their publisher, with an anchor for each publisher', () => {
    const sources = page('/sources/').html;
    expect(sources.querySelectorAll('.kind-filter a').map((a) => a.text)).toEqual([
      'State-aligned media',
      'International media',
      'Research and NGOs',
    ]);
    for (const id of ['example-fixture-publisher', 'another-fixture-publisher', 'quote-fixture-publisher'])
      expect(sources.getElementById(`publisher-${id}`), id).not.toBeNull();
  });

  test('a record names each source’s publisher kind and states its mix, without a chapter’s target', () => {
    const project = page('/projects/test-road/').html;
    expect(project.querySelector('.sources li')!.text).toContain('· International media');
    const mix = project.querySelector('.source-mix')!.text.replace(/\s+/g, ' ');
    expect(mix).toContain('Source mix of 5 sources: International media 100%.');
    expect(mix).not.toContain('target');
  });

  test('the glossary links only to records this build has', () => {
    const glossary = page('/glossary/').html;
    expect(glossary.querySelectorAll('dt').length).toBeGreaterThanOrEqual(8);
    expect(glossary.querySelectorAll('dd a').map((a) => a.getAttribute('href'))).toEqual(['/report/places/']);
  });

  test('has a style guide showing every chapter component, kept out of the sitemap and the search index', () => {
    const guide = page('/styleguide/').html;
    const codes = guide.querySelectorAll('code').map((c) => c.text);
    for (const name of Object.keys(MDX_COMPONENTS))
      expect(
        codes.some((c) => c.startsWith(`<${name}`)),
        name,
      ).toBe(true);
    expect(guide.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(readFileSync(`${fixture.dir}/sitemap.xml`, 'utf8')).not.toContain('/styleguide/');
    expect(guide.querySelector('[data-pagefind-body]')).toBeNull();
    expect(guide.querySelectorAll('.styleguide-scheme').map((s) => s.classList.toString())).toEqual([
      'styleguide-scheme scheme-light',
      'styleguide-scheme scheme-dark',
    ]);
  });

  test('keeps every internal URL under /report/ in the sub-path build', () => {
    const outside: string[] = [];
    for (const p of pages) {
      for (const el of p.html.querySelectorAll('[href], [src]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/report/'))
          outside.push(`${p.path}: ${url}`);
      }
    }
    expect(outside).toEqual([]);
    expect(byPath(pages).get('/projects/')!.html.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(
      /\/report\/projects\/$/,
    );
  });
});
