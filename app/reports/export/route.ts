import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { actorOf } from "@/lib/auth/guard.server";
import { getDb } from "@/lib/db.server";
import { isLocale } from "@/lib/i18n/config";
import { can } from "@/lib/policy/policy";
import { boardDownload } from "@/lib/reports/downloads.server";
import { exportRequestSchema } from "@/lib/reports/schemas";

export const dynamic = "force-dynamic";

/** The board's report as CSV (one table), XLSX, JSON or PDF, with the page's filters. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  if (!user) return Response.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent(`/reports?${url.searchParams}`)}`, url), 303);
  if (!can(actorOf(user), "reports.view")) return new Response((await getTranslations("reports"))("forbidden"), { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const params = Object.fromEntries(url.searchParams);
  const parsed = exportRequestSchema.safeParse(params);
  if (!parsed.success) return new Response((await getTranslations("reports"))("badFormat"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const locale = await getLocale();
  return boardDownload(getDb(), actorOf(user), isLocale(locale) ? locale : "id", parsed.data.format, parsed.data.table, params);
}
