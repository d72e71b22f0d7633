/** The components chapters may use, and what each one's key attribute refers to. */
export const MDX_COMPONENTS: Record<
  string,
  { attr: string; refers: 'sources' | 'places' | 'projects' | 'events' | 'charts' }
> = {
  /** A numbered note to one of the chapter's sources. */
  Cite: { attr: 'id', refers: 'sources' },
  /** A link to a place page. */
  PlaceLink: { attr: 'id', refers: 'places' },
  /** A link to a project page. */
  ProjectLink: { attr: 'id', refers: 'projects' },
  /** A link to an event on the timeline. */
  EventLink: { attr: 'id', refers: 'events' },
  /** A chart of the report, drawn with its table, CSV and sources. */
  Chart: { attr: 'id', refers: 'charts' },
};
