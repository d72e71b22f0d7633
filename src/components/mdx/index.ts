/** The components chapters use, by the names they use them under (see src/lib/mdx-components.ts). */
import Callout from './Callout.astro';
import Chart from './Chart.astro';
import Cite from './Cite.astro';
import Commitment from './Commitment.astro';
import EventLink from './EventLink.astro';
import Figure from './Figure.astro';
import MapFigure from './Map.astro';
import PlaceLink from './PlaceLink.astro';
import ProjectCard from './ProjectCard.astro';
import ProjectLink from './ProjectLink.astro';
import Quote from './Quote.astro';
import ScrollTable from './ScrollTable.astro';
import PromiseTally from './PromiseTally.astro';
import StatusCounts from './StatusCounts.astro';

export const mdxComponents = {
  Callout,
  Chart,
  Cite,
  Commitment,
  EventLink,
  Figure,
  Map: MapFigure,
  PlaceLink,
  ProjectCard,
  ProjectLink,
  Quote,
  PromiseTally,
  StatusCounts,
  table: ScrollTable,
};
