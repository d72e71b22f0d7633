/** The shapes and names a synthetic report is made of, shared by its records (synthetic.ts) and chapters (synthetic-chapters.ts). */
import { coined, pad } from './random.ts';

export interface SyntheticCounts {
  places: number;
  projects: number;
  events: number;
  chapters: number;
  commitments: number;
  series: number;
  corrections: number;
}

export const ids = {
  place: (i: number) => `synthetic-place-${pad(i)}`,
  project: (i: number) => `synthetic-project-${pad(i)}`,
  event: (i: number) => `synthetic-event-${pad(i)}`,
  commitment: (i: number) => `synthetic-commitment-${pad(i)}`,
  series: (i: number) => `synthetic-series-${pad(i)}`,
  correction: (i: number) => `synthetic-correction-${pad(i)}`,
  chapter: (i: number) => `synthetic-chapter-${pad(i, 3)}`,
  publisher: (i: number) => `synthetic-gazette-${pad(i, 2)}`,
};

/** A place's name: "Synthetic Dakelu". */
export const placeName = (i: number) => `Synthetic ${coined(i)}`;

export interface ContentFile {
  /** Path inside the content folder ("projects/synthetic-project-00001.json"). */
  path: string;
  text: string;
}

export interface Source {
  url: string;
  publisher: string;
  published?: string;
}
