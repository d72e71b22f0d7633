/**
 * Country outlines for the map: Natural Earth's 1:10m countries (public
 * domain), as TopoJSON from the world-atlas package. Read from disk at build
 * time; nothing is fetched and nothing reaches the browser but the SVG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

let cached: CountriesTopology | undefined;

export function loadCountries(root = process.cwd()): CountriesTopology {
  if (!cached) {
    const file = createRequire(join(root, 'package.json')).resolve('world-atlas/countries-10m.json');
    cached = JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
    if (!cached.objects?.countries) throw new Error(`map: ${file} has no "countries" object`);
  }
  return cached;
}
