/**
 * The whole report as one printable document, for a release's PDF: a cover naming the release, the contents, then
 * every chapter as its page prints it (findings, text, charts as drawn at build time, numbered notes with their URLs),
 * each on new pages. Built from the chapters' built pages; ids and the links to them are made unique per chapter,
 * and links to the site made absolute, so the PDF's links work. Pure: pages in, HTML out.
 */
import { parse } from 'node-html-parser';

export interface PrintChapter {
  id: string;
  /** The chapter's built page, whole. */
  html: string;
}

export interface PrintCover {
  title: string;
  version: string;
  date: string;
  publisher: string;
  licence: string;
  /** The release's page on the site. */
  url: string;
  /** The site's address, base path included, for making its links absolute. */
  site: string;
}

/** A chapter's article, its ids prefixed with the chapter's id and its site links absolute. */
function chapterArticle(chapter: PrintChapter, site: URL): string {
  const article = parse(chapter.html).querySelector('article.chapter');
  if (!article) throw new Error(`${chapter.id}: no <article class="chapter"> in its page`);
  for (const gone of article.querySelectorAll('.on-this-page, .translation-notice, script, noscript')) gone.remove();
  const local = (id: string) => `${chapter.id}--${id}`;
  for (const el of article.querySelectorAll('[id]')) el.setAttribute('id', local(el.getAttribute('id')!));
  for (const attr of ['aria-labelledby', 'aria-describedby', 'for'])
    for (const el of article.querySelectorAll(`[${attr}]`))
      el.setAttribute(attr, el.getAttribute(attr)!.split(/\s+/).map(local).join(' '));
  for (const a of article.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    if (href.startsWith('#')) a.setAttribute('href', `#${local(href.slice(1))}`);
    else if (!/^[a-z]+:/i.test(href)) a.setAttribute('href', new URL(href, site).href);
  }
  article.setAttribute('id', chapter.id);
  return article.toString();
}

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/**
 * The document: `stylesheets` are the chapter pages' own (their hrefs as the pages give them), so the PDF looks as
 * the chapters print from the site.
 */
export function printDocument(chapters: PrintChapter[], cover: PrintCover, stylesheets: string[]): string {
  const site = new URL(cover.site);
  const titles = chapters.map((c) => ({
    id: c.id,
    title: parse(c.html).querySelector('article.chapter h1')?.text.trim() ?? c.id,
  }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(cover.title)}, release ${escape(cover.version)}</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${escape(href)}">`).join('\n')}
<style>
  .release-cover { min-height: 90vh; display: flex; flex-direction: column; justify-content: center; }
  .release-cover h1 { font-size: 2.5rem; }
  .release-contents, article.chapter { break-before: page; }
  body { display: block; }
</style>
</head>
<body>
<main class="page">
<section class="release-cover">
<h1>${escape(cover.title)}</h1>
<p>Release ${escape(cover.version)}, ${escape(cover.date)}.</p>
<p>Published by ${escape(cover.publisher)}. ${escape(cover.licence)}.</p>
<p>This release, its data files and their SHA-256 checksums: <a href="${escape(cover.url)}">${escape(cover.url)}</a></p>
</section>
<nav class="release-contents" aria-labelledby="release-contents">
<h2 id="release-contents">Contents</h2>
<ol>
${titles.map((c) => `<li><a href="#${escape(c.id)}">${escape(c.title)}</a></li>`).join('\n')}
</ol>
</nav>
${chapters.map((c) => chapterArticle(c, site)).join('\n')}
</main>
</body>
</html>
`;
}
