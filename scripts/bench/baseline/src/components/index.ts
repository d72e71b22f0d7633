/** The chapter components, by the names chapters use. */
import Box from './Box.astro';
import Cite from './Cite.astro';
import EventLink from './EventLink.astro';
import Figure from './Figure.astro';
import PlaceLink from './PlaceLink.astro';
import ProjectLink from './ProjectLink.astro';

export const components = {
  Callout: Box,
  Cite,
  Commitment: Box,
  EventLink,
  Figure,
  PlaceLink,
  ProjectCard: Box,
  ProjectLink,
  Quote: Box,
  StatusCounts: Box,
};
