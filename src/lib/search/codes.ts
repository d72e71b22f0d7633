/** Codes readers search by: IATA and ICAO airport codes, as the project's own sourced text gives them. */
import type { Project } from '../../schemas/types.ts';

const PATTERNS = [
  { authority: 'IATA', pattern: /\bIATA\b[^.;]*?\b([A-Z]{3})\b/g },
  { authority: 'ICAO', pattern: /\bICAO\b[^.;]*?\b([A-Z]{4})\b/g },
];

/** "IATA FZL" for each code named in the project's summary, milestones, figures or notes; none invented. */
export function airportCodes(project: Project): string[] {
  const texts = [
    project.summary,
    project.statusNote ?? '',
    ...project.milestones.map((m) => m.text),
    ...project.figures.map((f) => `${f.label} ${f.value}`),
    ...project.notes.map((n) => n.text),
  ];
  const codes = new Set<string>();
  for (const text of texts) {
    for (const { authority, pattern } of PATTERNS) {
      for (const match of text.matchAll(pattern)) codes.add(`${authority} ${match[1]}`);
    }
  }
  return [...codes];
}
