/** The report's places as map points, each with its number of projects, and the list beside the map. */
import { projectsInPlace, type Report } from '../report.ts';
import type { MapPlace } from './region.ts';

const counted = new WeakMap<Report, MapPlace[]>();

/** Every place, with the projects recorded in it; sorted by name, as the report lists places. Counted once per report. */
export function mapPlaces(report: Report): MapPlace[] {
  let places = counted.get(report);
  if (!places) {
    places = report.places.map((p) => ({
      id: p.id,
      name: p.data.name,
      lat: p.data.coordinates.lat,
      lon: p.data.coordinates.lon,
      projects: projectsInPlace(report, p.id).length,
    }));
    counted.set(report, places);
  }
  return places;
}

/**
 * At most this many places on one map. The report has 68; a registry of
 * thousands of villages would draw every one on every place's page (its map and
 * the list beside it), so each place page would grow with the whole report and
 * the build with its square: at 1,100 places, about 450 KB of HTML a page.
 */
export const MAX_MAP_PLACES = 80;

/**
 * The places one map draws: all of them while they fit; else, on a place's
 * page, the place and its nearest neighbours, and on the region's map the
 * places with the most projects. Every place stays on the places page.
 */
export function mapSelection(places: MapPlace[], highlight?: string, max = MAX_MAP_PLACES): MapPlace[] {
  if (places.length <= max) return places;
  const centre = places.find((p) => p.id === highlight);
  const ranked = centre
    ? [...places].sort((a, b) => distance(centre, a) - distance(centre, b) || a.id.localeCompare(b.id))
    : [...places].sort((a, b) => b.projects - a.projects || a.id.localeCompare(b.id));
  const kept = new Set(ranked.slice(0, max));
  return places.filter((p) => kept.has(p));
}

/** Squared distance in degrees, longitude shrunk by latitude: enough to rank neighbours within a region. */
function distance(a: MapPlace, b: MapPlace): number {
  const dx = (a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180);
  const dy = a.lat - b.lat;
  return dx * dx + dy * dy;
}
