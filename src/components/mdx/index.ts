/** The components chapters use, by the names they use them under (see src/lib/mdx-components.ts). */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Commitment from './Commitment.astro';
import EventLink from './EventLink.astro';
import Figure from './Figure.astro';
import PlaceLink from './PlaceLink.astro';
import ProjectCard from './ProjectCard.astro';
import ProjectLink from './ProjectLink.astro';
import Quote from './Quote.astro';
import ScrollTable from './ScrollTable.astro';
import StatusCounts from './StatusCounts.astro';

export const mdxComponents = {
  Callout,
  Cite,
  Commitment,
  EventLink,
  Figure,
  PlaceLink,
  ProjectCard,
  ProjectLink,
  Quote,
  StatusCounts,
  table: ScrollTable,
};
