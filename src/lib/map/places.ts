/** The report's places as map points, each with its number of projects, and the list beside the map. */
import { projectsInPlace, type Report } from '../report.ts';
import type { MapPlace } from './region.ts';

/** Every place, with the projects recorded in it; sorted by name, as the report lists places. */
export function mapPlaces(report: Report): MapPlace[] {
  return report.places.map((p) => ({
    id: p.id,
    name: p.data.name,
    lat: p.data.coordinates.lat,
    lon: p.data.coordinates.lon,
    projects: projectsInPlace(report, p.id).length,
  }));
}
