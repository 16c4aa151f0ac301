// A horizontal bar chart drawn on the server as SVG. It is one image to assistive technology, named
// by the table's headline sentence; the table beside it carries every number.
import { formatDecimal } from "@/lib/format/numbers";

type Props = { label: string; rows: { label: string; value: number }[]; max?: number; unit?: string; locale: string };

const BAR_HEIGHT = 22;
const GAP = 8;
const LABEL_WIDTH = 300;
/** Characters of a label that fit in LABEL_WIDTH at 13px; the table beside has the full name. */
const LABEL_CHARS = 30;
const CHART_WIDTH = 640;

export function BarChart({ label, rows, max, unit = "", locale }: Props) {
  if (rows.length === 0) return null;
  const top = Math.max(max ?? 0, ...rows.map((r) => r.value), 1);
  const height = rows.length * (BAR_HEIGHT + GAP);
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 70;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${CHART_WIDTH} ${height}`} className="mb-4 w-full max-w-3xl" style={{ height: "auto" }}>
      {rows.map((r, i) => {
        const y = i * (BAR_HEIGHT + GAP);
        const width = Math.max((r.value / top) * barSpace, r.value > 0 ? 2 : 0);
        return (
          <g key={`${r.label}-${i}`}>
            <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="var(--color-ink)">
              {r.label.length > LABEL_CHARS ? `${r.label.slice(0, LABEL_CHARS - 1).trimEnd()}…` : r.label}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} fill="var(--color-brand)" />
            <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" fontSize="13" fill="var(--color-ink)">
              {formatDecimal(r.value, locale)}{unit}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
