import { getTranslations } from "next-intl/server";
import { MAP_HEIGHT, MAP_WIDTH, projectPoint } from "@/lib/map/indonesia.server";

/** A marker's shape: the legend never relies on colour alone. */
export type MarkerShape = "circle" | "square" | "diamond" | "triangle" | "ring";

/** The portal's own colours, each at least 3:1 against the land (#d5dbe1) and the sea (#eaf2f8). */
export const MAP_COLORS = { brand: "#0b4f71", warning: "#8a5300", muted: "#4b5563", danger: "#b42318", success: "#1d6b3a", line: "#6b7280" } as const;

export type MapCategory<K extends string> = { key: K; label: string; color: string; shape: MarkerShape };

export type MapPoint<K extends string> = {
  slug: string;
  name: string;
  /** Cities without coordinates are left off the map (the table still lists them). */
  latitude: number | null;
  longitude: number | null;
  category: K;
  /** Said after the category in the link's name, e.g. "3 of 4 done". */
  detail?: string;
};

type Props<K extends string> = {
  /** Names the figure (its visible caption). */
  title: string;
  /** Legend entries, in the order shown; points whose category is missing are not drawn. */
  categories: MapCategory<K>[];
  points: MapPoint<K>[];
  /** The id of the table beside the map, which the skip link jumps to. */
  tableId: string;
  /** Unique per page when a page holds more than one map. */
  id: string;
};

// Sizes in viewBox units (1000 across: ~1.3 CSS px a unit on a desktop, ~0.36 on a phone). The hit
// area is 40 across (52 px on a desktop); on a phone Java's cities crowd closer than 24 px, so there the
// table beside the map is the equivalent target (WCAG 2.5.8's exception).
const R = 8;
const HIT = 40;

function shapePath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  switch (shape) {
    case "square":
      return `M${f(x - r * 0.85)},${f(y - r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}z`;
    case "diamond":
      return `M${f(x)},${f(y - r * 1.15)}L${f(x + r * 1.15)},${f(y)}L${f(x)},${f(y + r * 1.15)}L${f(x - r * 1.15)},${f(y)}z`;
    case "triangle":
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.1)},${f(y + r * 0.8)}L${f(x - r * 1.1)},${f(y + r * 0.8)}z`;
    default:
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0z`;
  }
}

function Marker({ shape, color, x, y, r = R }: { shape: MarkerShape; color: string; x: number; y: number; r?: number }) {
  // A ring is hollow (the faint "other" cities); every other shape is filled, edged in white so
  // neighbouring markers in Java stay apart.
  return shape === "ring"
    ? <path d={shapePath("circle", x, y, r * 0.8)} fill="#ffffff" stroke={color} strokeWidth={2.5} />
    : <path d={shapePath(shape, x, y, r)} fill={color} stroke="#ffffff" strokeWidth={1.5} />;
}

/**
 * Indonesia with one link per city, drawn on the server as inline SVG over the land (a 50 KB SVG
 * file the browser caches): no tiles, no script. Each city is a link to its page named "city — category, detail"; a skip link jumps past the
 * map's links to the table beside it, which carries the same data.
 */
export async function CityMap<K extends string>({ title, categories, points, tableId, id }: Props<K>) {
  const t = await getTranslations("map");
  const byKey = new Map(categories.map((c) => [c.key, c]));
  // The legend's first categories are painted last, on top (backing cities over the faint rest); within
  // a category west to east, so the tab order follows the archipelago from Aceh to Papua.
  const rank = new Map(categories.map((c, i) => [c.key, i]));
  const drawn = points
    .flatMap((p) => {
      const category = byKey.get(p.category);
      return category && p.latitude !== null && p.longitude !== null ? [{ ...p, ...projectPoint(p.longitude, p.latitude), category }] : [];
    })
    .sort((a, b) => rank.get(b.category.key)! - rank.get(a.category.key)! || a.x - b.x);
  const captionId = `${id}-caption`;
  return (
    <figure className="mb-6" aria-labelledby={captionId}>
      <figcaption id={captionId} className="mb-2 font-semibold">{title}</figcaption>
      <a href={`#${tableId}`} className="sr-only focus:not-sr-only">{t("skip")}</a>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className="block h-auto w-full rounded border border-[var(--color-line)]"
        role="group"
        aria-labelledby={captionId}
      >
        <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill="#eaf2f8" />
        {/* The land, one cached file for every map (lib/map: indonesiaSvg); an <image> needs no script. */}
        <image href="/map/indonesia.svg" width={MAP_WIDTH} height={MAP_HEIGHT} aria-hidden="true" />
        {drawn.map((p) => {
          const label = p.detail ? t("pointDetail", { name: p.name, category: p.category.label, detail: p.detail }) : t("point", { name: p.name, category: p.category.label });
          return (
            <a key={p.slug} href={`/cities/${p.slug}`} aria-label={label} className="group">
              <title>{label}</title>
              {/* Invisible until focused, then the portal's yellow focus disc with a dark edge. */}
              <circle cx={p.x} cy={p.y} r={HIT / 2} className="fill-transparent group-focus-visible:fill-[var(--color-focus)] group-focus-visible:stroke-[var(--color-ink)] group-focus-visible:[stroke-width:3]" />
              <Marker shape={p.category.shape} color={p.category.color} x={p.x} y={p.y} />
            </a>
          );
        })}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label={t("legend")}>
        {categories.map((c) => (
          <li key={c.key} className="flex items-center gap-1.5">
            <svg viewBox="-10 -10 20 20" width="18" height="18" aria-hidden="true"><Marker shape={c.shape} color={c.color} x={0} y={0} r={7} /></svg>
            {t("legendEntry", { category: c.label, count: drawn.filter((p) => p.category.key === c.key).length })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
