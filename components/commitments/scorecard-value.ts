import type { getTranslations } from "next-intl/server";
import { GOVERNMENT_QUOTA_PERCENT } from "@/lib/commitments/schemas";
import { formatDate } from "@/lib/format/zones";
import { share } from "@/lib/reports/schemas";

type Figure = {
  indicator: string; uldEstablished: boolean | null; uldDecree: string | null; employedWithDisability: number | null; totalStaff: number | null;
  jobSeekersRegistered: number | null; jobSeekersPlaced: number | null; periodStart: Date | null;
};
type Translator = Awaited<ReturnType<typeof getTranslations<"commitments">>>;

/** A scorecard figure as a sentence: "Sudah dibentuk (Perwal 12/2026)", "180 dari 12.000 pegawai (1,5%) …". */
export function scorecardValue(e: Figure, t: Translator, locale: string): string {
  if (e.indicator === "ULD") return e.uldEstablished ? t("uldYes", { decree: e.uldDecree ?? "—" }) : t("uldNo");
  if (e.indicator === "GOVERNMENT_EMPLOYMENT") {
    const pct = share(e.employedWithDisability ?? 0, e.totalStaff ?? 0);
    const verdict = t(pct >= GOVERNMENT_QUOTA_PERCENT ? "quotaMet" : "quotaBelow", { quota: GOVERNMENT_QUOTA_PERCENT });
    return t("employmentValue", { employed: e.employedWithDisability ?? 0, total: e.totalStaff ?? 0, share: pct, verdict });
  }
  return t("placementValue", { registered: e.jobSeekersRegistered ?? 0, placed: e.jobSeekersPlaced ?? 0, from: e.periodStart ? formatDate(e.periodStart, locale) : "—" });
}
