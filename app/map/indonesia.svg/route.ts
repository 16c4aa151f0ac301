import { indonesiaSvg } from "@/lib/map/indonesia.server";

// The coastline changes only with the world-atlas package: a day's caching spares every map page it.
export function GET() {
  return new Response(indonesiaSvg(), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
