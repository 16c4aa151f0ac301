import { getLocale, getTranslations } from "next-intl/server";
import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { editionExport } from "@/lib/cycles/downloads.server";
import { parseYearParam } from "@/lib/cycles/schemas";
import { isLocale } from "@/lib/i18n/config";
import { exportRequestSchema } from "@/lib/reports/schemas";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A frozen edition as open data (CSV, XLSX, JSON) or a printable PDF. Public. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const parsed = exportRequestSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const t = await getTranslations("reports");
  if (!parsed.success) return text(t("badFormat"), 400);
  const year = parseYearParam((await params).year);
  const locale = await getLocale();
  const response = year ? await editionExport(actorOf(await getCurrentUser()), year, isLocale(locale) ? locale : "id", parsed.data.format) : null;
  return response ?? text(t("editionNotFound"), 404);
}
