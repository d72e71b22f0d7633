/**
 * Where each entry of a paged list lives: /timeline/pages.json, /timeline/<category>/pages.json, /sources/pages.json,
 * /projects/pages.json, /changes/pages.json, each `{ anchor: page }` with the page relative to the list's address
 * ("2023-05/"). The list's index reads it to move an address like /timeline/#an-event on to the event's page. Only
 * lists too long for one page have one.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReport } from '../../content.ts';
import { recordHistories } from '../../git.ts';
import { listChanges } from '../../lib/history/changes.ts';
import {
  categoryEvents,
  changesPaging,
  pagesMap,
  projectsPaging,
  sourcesPaging,
  timelinePaging,
} from '../../lib/list-pages.ts';
import { eventCategories, sourcesByKind } from '../../lib/report.ts';

export const getStaticPaths = (async () => {
  const report = await loadReport();
  const lists = [
    { list: 'timeline', paging: timelinePaging(report.events), relative: '' },
    ...eventCategories(report).map(({ category }) => ({
      list: `timeline/${category}`,
      paging: timelinePaging(categoryEvents(report, category)),
      relative: '',
    })),
    { list: 'sources', paging: sourcesPaging(sourcesByKind(report)), relative: '' },
    { list: 'projects', paging: projectsPaging(report.projects), relative: 'sectors/' },
    { list: 'changes', paging: changesPaging(listChanges(report, recordHistories())), relative: '' },
  ];
  return lists
    .filter((l) => l.paging.paged)
    .map((l) => ({ params: { list: l.list }, props: { pages: pagesMap(l.paging, l.relative) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.pages), { headers: { 'Content-Type': 'application/json' } });
