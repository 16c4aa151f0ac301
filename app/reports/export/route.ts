import { getLocale, getTranslations } from "next-intl/server";
import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { isLocale } from "@/lib/i18n/config";
import { boardReportExport } from "@/lib/reports/downloads.server";
import { exportRequestSchema } from "@/lib/reports/schemas";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The board's report as CSV (one table), XLSX, JSON or PDF, with the page's filters. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  if (!user) return Response.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent(`/reports?${url.searchParams}`)}`, url), 303);
  const t = await getTranslations("reports");
  const params = Object.fromEntries(url.searchParams);
  const parsed = exportRequestSchema.safeParse(params);
  if (!parsed.success) return text(t("badFormat"), 400);
  const locale = await getLocale();
  const response = await boardReportExport(actorOf(user), isLocale(locale) ? locale : "id", parsed.data.format, parsed.data.table, params);
  return response ?? text(t("forbidden"), 403);
}
