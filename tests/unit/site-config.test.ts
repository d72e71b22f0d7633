import { expect, test } from 'vitest';
import { contactHref, errorReportUrl, siteConfig, siteConfigProblems } from '../../src/consts.ts';
import { recordOfPath } from '../../src/lib/routes.ts';

test('a build for readers is refused while publisher, contact or repository are placeholders, one line each', () => {
  const filled = {
    publisher: 'A Newsroom',
    contact: 'desk@newsroom.org',
    repository: 'https://github.com/newsroom/report',
  };
  expect(siteConfigProblems(filled)).toEqual([]);
  const problems = siteConfigProblems({
    ...filled,
    contact: 'editors@karabakh-reconstruction.example',
    publisher: '',
  });
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(
    /^REPORT_PUBLISHER .* is a placeholder \(""\): set it, or its default in src\/consts\.ts$/,
  );
  expect(problems[1]).toMatch(/^REPORT_CONTACT /);
  // the defaults committed to the repository are placeholders until a publisher is named
  expect(siteConfigProblems(siteConfig({})).length).toBe(3);
});

test('a value that cannot work is refused too, with what was expected', () => {
  const good = {
    publisher: 'A Newsroom',
    contact: 'https://newsroom.org/contact',
    repository: 'https://github.com/o/r',
  };
  expect(siteConfigProblems(good)).toEqual([]);
  for (const repository of ['https://github.com/o/r.git', 'https://github.com/o/r#readme', 'git@github.com:o/r.git'])
    expect(siteConfigProblems({ ...good, repository }), repository).toEqual([
      expect.stringMatching(/^REPORT_REPOSITORY .* expected the repository's https:\/\/ page, without \.git, \? or #/),
    ]);
  expect(siteConfigProblems({ ...good, contact: 'call us' })).toEqual([
    'REPORT_CONTACT (an email address or contact page for readers) is "call us": expected an email address or an https:// URL',
  ]);
});

test('the configuration comes from the environment, else the defaults; on GitHub Actions, the running repository', () => {
  expect(siteConfig({ REPORT_PUBLISHER: ' A Newsroom ' }).publisher).toBe('A Newsroom');
  expect(siteConfig({ GITHUB_REPOSITORY: 'o/r' }).repository).toBe('https://github.com/o/r');
  expect(siteConfig({ GITHUB_REPOSITORY: 'o/r', REPORT_REPOSITORY: 'https://git.example.org/r' }).repository).toBe(
    'https://git.example.org/r',
  );
});

test('"Report an error" opens an issue naming the page and the record', () => {
  const url = new URL(errorReportUrl('https://r.org/projects/x/', 'projects/x', 'https://github.com/o/r/'));
  expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
  expect(url.searchParams.get('title')).toBe('Error on projects/x');
  expect(url.searchParams.get('body')).toContain('Page: https://r.org/projects/x/\nRecord: projects/x\n');
  expect(new URL(errorReportUrl('https://r.org/timeline/', undefined, 'https://g/o/r')).searchParams.get('title')).toBe(
    'Error on /timeline/',
  );
});

test('the record of a page comes from its path; other pages have none', () => {
  expect(recordOfPath('/places/shusha/')).toBe('places/shusha');
  expect(recordOfPath('/articles/transport/')).toBe('articles/transport');
  expect(recordOfPath('/timeline/')).toBeUndefined();
  expect(recordOfPath('/projects/')).toBeUndefined();
});

test('the contact is a mail link for an address, else the page itself', () => {
  expect(contactHref('desk@newsroom.org')).toBe('mailto:desk@newsroom.org');
  expect(contactHref('https://newsroom.org/contact')).toBe('https://newsroom.org/contact');
});
