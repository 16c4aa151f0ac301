import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/config";
import { publicAgendaExport } from "@/lib/reports/downloads.server";
import { exportRequestSchema } from "@/lib/reports/schemas";

export const dynamic = "force-dynamic";

/** The published national agenda as open data (CSV, XLSX, JSON) or a printable PDF. Public. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = exportRequestSchema.safeParse(params);
  if (!parsed.success) return new Response((await getTranslations("reports"))("badFormat"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const locale = await getLocale();
  return publicAgendaExport(isLocale(locale) ? locale : "id", parsed.data.format, params);
}
