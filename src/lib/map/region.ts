/**
 * The map of the region as data for an SVG: country outlines clipped to the
 * region, and every place as a point sized by its number of projects, with a
 * label placed where it overlaps nothing drawn before it. Pure: a topology
 * and places in, coordinates out.
 */
import { geoMercator, geoPath, type GeoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { CountriesTopology } from './atlas.ts';

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** Projects recorded in the place (a project in several places counts in each). */
  projects: number;
}

export interface MapCountry {
  name: string;
  /** SVG path data, clipped to the map. */
  d: string;
  /** Azerbaijan, drawn as the map's subject. */
  home: boolean;
  label: { x: number; y: number; anchor: 'middle' | 'end' } | null;
}

export interface MapPoint extends MapPlace {
  x: number;
  y: number;
  r: number;
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  highlighted: boolean;
}

export interface RegionMap {
  width: number;
  height: number;
  countries: MapCountry[];
  points: MapPoint[];
  scale: { x: number; y: number; width: number; km: number };
}

export interface MapOptions {
  width?: number;
  /** Degrees of margin around the places. */
  margin?: number;
  highlight?: string;
  fontSize?: number;
  /**
   * The places whose extent frames the map, when it draws only some of them: every map of the report keeps the
   * same frame, and the country outlines, the costly part, are drawn once for it.
   */
  frame?: MapPlace[];
}

const HOME = 'Azerbaijan';
/**
 * Countries that can appear around the region; converting only these keeps
 * the build fast (the 1:10m file has 255 detailed countries).
 */
const NEIGHBOURS = new Set([HOME, 'Armenia', 'Iran', 'Georgia', 'Turkey', 'Russia']);

/** Circle radius for a number of projects: area grows with the count. */
export function radiusFor(projects: number): number {
  return Math.round((4 + 2.4 * Math.sqrt(projects)) * 10) / 10;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function regionMap(topology: CountriesTopology, places: MapPlace[], options: MapOptions = {}): RegionMap {
  if (places.length === 0) throw new Error('map: no places to draw');
  const { width = 560, margin = 0.22, highlight, fontSize = 15, frame: framing = places } = options;
  const lons = framing.map((p) => p.lon);
  const lats = framing.map((p) => p.lat);
  const [west, east, south, north] = [
    Math.min(...lons) - margin,
    Math.max(...lons) + margin,
    Math.min(...lats) - margin,
    Math.max(...lats) + margin,
  ];
  const frame: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
  // Height follows the region's shape at this latitude, so the map is not stretched.
  const probe = geoMercator().fitWidth(width, frame);
  const [[, y0], [, y1]] = geoPath(probe).bounds(frame);
  const height = Math.round(y1 - y0);
  const projection = geoMercator()
    .fitSize([width, height], frame)
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(1);

  // The outlines are the costly part and the same on every page with these bounds: drawn once per bounds.
  const countries = countryShapes(topology, path, `${width}|${west}|${east}|${south}|${north}`).map((c) => ({ ...c }));

  const points = placeLabels(
    places.map((p) => {
      const [x, y] = projection([p.lon, p.lat])!;
      return { ...p, x: round(x), y: round(y), r: radiusFor(p.projects), highlighted: p.id === highlight };
    }),
    { width, height, fontSize },
  );

  const home = countries.find((c) => c.home);
  if (home) home.label = homeLabel(points, { width, height, fontSize });

  const km = 20;
  const [mx] = projection([(west + east) / 2, south + 0.08])!;
  const degrees = km / (111.32 * Math.cos(((south + 0.08) * Math.PI) / 180));
  const [ex] = projection([(west + east) / 2 + degrees, south + 0.08])!;
  return {
    width,
    height,
    countries,
    points,
    scale: { x: round(width - 24 - (ex - mx)), y: round(height - 18), width: round(ex - mx), km },
  };
}

const shapes = new WeakMap<CountriesTopology, Map<string, MapCountry[]>>();

/** The neighbouring countries' outlines and labels, projected; cached per topology and bounds. */
function countryShapes(topology: CountriesTopology, path: GeoPath, key: string): MapCountry[] {
  let byKey = shapes.get(topology);
  if (!byKey) shapes.set(topology, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const drawn = draw(topology, path);
  byKey.set(key, drawn);
  return drawn;
}

function draw(topology: CountriesTopology, path: GeoPath): MapCountry[] {
  const nearby = {
    ...topology.objects.countries,
    geometries: topology.objects.countries.geometries.filter((g) =>
      NEIGHBOURS.has((g.properties as { name?: string } | undefined)?.name ?? ''),
    ),
  };
  return feature(topology, nearby)
    .features.map((f) => {
      const d = path(f) ?? '';
      const [cx, cy] = path.centroid(f);
      return {
        name: f.properties?.name ?? '',
        d,
        home: f.properties?.name === HOME,
        // Azerbaijan fills the map, so its name goes in a free corner (see homeLabel).
        label:
          f.properties?.name !== HOME && Number.isFinite(cx) && Number.isFinite(cy)
            ? { x: round(cx), y: round(cy), anchor: 'middle' as const }
            : null,
      };
    })
    .filter((c) => c.d !== '')
    .sort((a, b) => Number(a.home) - Number(b.home) || a.name.localeCompare(b.name));
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Labels beside their points: the highlighted place and the places with most
 * projects choose first; each takes the first of right, left, above, below
 * that stays on the map and clears every circle and earlier label.
 */
export function placeLabels(
  points: Array<Omit<MapPoint, 'label'>>,
  { width, height, fontSize }: { width: number; height: number; fontSize: number },
): MapPoint[] {
  const taken: Box[] = points.map((p) => ({ x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r }));
  const order = [...points].sort(
    (a, b) => Number(b.highlighted) - Number(a.highlighted) || b.projects - a.projects || a.name.localeCompare(b.name),
  );
  const placed = new Map<string, MapPoint['label']>();
  for (const p of order) {
    const w = p.name.length * fontSize * 0.56;
    const h = fontSize;
    const gap = p.r + 3;
    const candidates: Array<{ label: MapPoint['label']; box: Box }> = [
      {
        label: { x: p.x + gap, y: p.y + h * 0.35, anchor: 'start' },
        box: { x0: p.x + gap, y0: p.y - h / 2, x1: p.x + gap + w, y1: p.y + h / 2 },
      },
      {
        label: { x: p.x - gap, y: p.y + h * 0.35, anchor: 'end' },
        box: { x0: p.x - gap - w, y0: p.y - h / 2, x1: p.x - gap, y1: p.y + h / 2 },
      },
      {
        label: { x: p.x, y: p.y - gap - 2, anchor: 'middle' },
        box: { x0: p.x - w / 2, y0: p.y - gap - h, x1: p.x + w / 2, y1: p.y - gap },
      },
      {
        label: { x: p.x, y: p.y + gap + h * 0.8, anchor: 'middle' },
        box: { x0: p.x - w / 2, y0: p.y + gap, x1: p.x + w / 2, y1: p.y + gap + h },
      },
    ];
    const inside = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2;
    const free = candidates.find((c) => inside(c.box) && !taken.some((t) => overlaps(t, c.box)));
    const chosen = free ?? candidates.find((c) => inside(c.box)) ?? candidates[0]!;
    taken.push(chosen.box);
    placed.set(p.id, chosen.label);
  }
  return points.map((p) => ({ ...p, label: placed.get(p.id)! }));
}

/** A corner of the map clear of every point and label, for the name of the country the map is of. */
export function homeLabel(
  points: MapPoint[],
  { width, height, fontSize }: { width: number; height: number; fontSize: number },
): { x: number; y: number; anchor: 'end' } | null {
  const w = HOME.length * fontSize * 0.75;
  const corners = [
    { x: width - 12, y: 12 + fontSize, anchor: 'end' as const },
    { x: 12 + w, y: 12 + fontSize, anchor: 'end' as const },
    { x: width - 12, y: height - 40, anchor: 'end' as const },
  ];
  const clear = corners.find(({ x, y }) =>
    points.every(
      (p) =>
        !overlaps(
          { x0: x - w, y0: y - fontSize, x1: x, y1: y + 4 },
          { x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r },
        ) &&
        !overlaps(
          { x0: x - w, y0: y - fontSize, x1: x, y1: y + 4 },
          { x0: p.label.x - 80, y0: p.label.y - fontSize, x1: p.label.x + 80, y1: p.label.y },
        ),
    ),
  );
  return clear ?? null;
}
