// Indonesia drawn once on the server: Natural Earth's 1:50m outlines (public domain, shipped in the
// world-atlas package, so nothing is fetched at run time) projected with d3-geo onto a fixed viewBox.
// The path strings are computed on first use and kept for the life of the process.
import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-50m.json";

export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 420;
const MARGIN = 12;

/** ISO 3166-1 numeric codes: Indonesia, and the neighbours sharing its islands or its horizon. */
const INDONESIA = "360";
const NEIGHBOURS = ["458", "096", "702", "608", "626", "598", "036"]; // Malaysia, Brunei, Singapore, Philippines, Timor-Leste, PNG, Australia

type Outline = { projection: GeoProjection; indonesia: string; neighbours: string; svg: string };
let cached: Outline | null = null;

function build(): Outline {
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const byId = (id: string) => countries.features.find((f) => f.id === id);
  const indonesia = byId(INDONESIA) as Feature<Geometry>;
  // Mercator keeps the islands' shapes familiar; fitted so Sabang to Merauke fills the frame.
  const projection = geoMercator().fitExtent([[MARGIN, MARGIN], [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN]], indonesia);
  // One decimal of an SVG unit is finer than a phone's pixel and keeps the path near 40 KB.
  const path = geoPath(projection).digits(1);
  // Neighbours are cut to the frame so only the part in view is sent.
  const clipped = geoPath(geoMercator().scale(projection.scale()).translate(projection.translate()).clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]])).digits(1);
  const neighbours = NEIGHBOURS.map(byId).filter((f) => f !== undefined).map((f) => clipped(f) ?? "").join("");
  const land = path(indonesia) ?? "";
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">`
    + `<path d="${neighbours}" fill="#f7f8f9" stroke="#c9d1d9" stroke-width="0.6"/>`
    + `<path d="${land}" fill="#d5dbe1" stroke="#9aa5b1" stroke-width="0.6"/></svg>`;
  return { projection, indonesia: land, neighbours, svg };
}

function outline(): Outline {
  cached ??= build();
  return cached;
}

/** The SVG path data of Indonesia's land, and of the neighbouring land in view. */
export function indonesiaPaths(): { indonesia: string; neighbours: string } {
  const { indonesia, neighbours } = outline();
  return { indonesia, neighbours };
}

/**
 * The land as a standalone SVG document: served once at /map/indonesia.svg and cached by the browser,
 * so each page with a map carries only its points, not 50 KB of coastline twice (HTML and RSC payload).
 */
export function indonesiaSvg(): string {
  return outline().svg;
}

/** Where a point (degrees) falls on the map, in viewBox units rounded to one decimal. */
export function projectPoint(longitude: number, latitude: number): { x: number; y: number } {
  const [x, y] = outline().projection([longitude, latitude]) ?? [0, 0];
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}
