import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/DataTable";
import { GOVERNMENT_QUOTA_PERCENT, SCORECARD_INDICATORS } from "@/lib/commitments/schemas";
import type { VerificationStatus } from "@/lib/domain/enums";
import { formatDate, formatDayOf, type ZoneCode } from "@/lib/format/zones";
import { share } from "@/lib/reports/schemas";

type Entry = {
  id: string; indicator: string; asOf: Date; source: string; uldEstablished: boolean | null; uldDecree: string | null;
  employedWithDisability: number | null; totalStaff: number | null; jobSeekersRegistered: number | null; jobSeekersPlaced: number | null; periodStart: Date | null;
  verification: VerificationStatus; verifiedAt: Date | null;
};

/**
 * A city's scorecard as a history per indicator: every figure with its date, source and whether the
 * secretariat has verified it (in words; the day of verification is read in the city's `zone`).
 */
export async function ScorecardHistory({ entries, zone, headingLevel = 2 }: { entries: Entry[]; zone: ZoneCode; headingLevel?: 2 | 3 }) {
  const [t, tEnums, locale] = await Promise.all([getTranslations("commitments"), getTranslations("enums"), getLocale()]);
  const H = headingLevel === 2 ? "h2" : "h3";
  const value = (e: Entry) => {
    if (e.indicator === "ULD") return e.uldEstablished ? t("uldYes", { decree: e.uldDecree ?? "—" }) : t("uldNo");
    if (e.indicator === "GOVERNMENT_EMPLOYMENT") {
      const pct = share(e.employedWithDisability ?? 0, e.totalStaff ?? 0);
      const verdict = t(pct >= GOVERNMENT_QUOTA_PERCENT ? "quotaMet" : "quotaBelow", { quota: GOVERNMENT_QUOTA_PERCENT });
      return t("employmentValue", { employed: e.employedWithDisability ?? 0, total: e.totalStaff ?? 0, share: pct, verdict });
    }
    return t("placementValue", { registered: e.jobSeekersRegistered ?? 0, placed: e.jobSeekersPlaced ?? 0, from: e.periodStart ? formatDate(e.periodStart, locale) : "—" });
  };
  const verification = (e: Entry) =>
    e.verification === "VERIFIED" && e.verifiedAt ? t("verifiedOn", { date: formatDayOf(e.verifiedAt, zone, locale) }) : tEnums(`verificationStatus.${e.verification}`);
  return (
    <>
      {SCORECARD_INDICATORS.map((indicator) => {
        const rows = entries.filter((e) => e.indicator === indicator);
        return (
          <div key={indicator} className="mb-6">
            <H className="mb-2 text-xl">{tEnums(`scorecardIndicator.${indicator}`)}</H>
            <DataTable
              caption={tEnums(`scorecardIndicator.${indicator}`)}
              rows={rows}
              rowKey={(e) => e.id}
              empty={t("noFigures")}
              columns={[
                { key: "asOf", header: t("asOf"), rowHeader: true, className: "whitespace-nowrap", cell: (e) => formatDate(e.asOf, locale) },
                { key: "figure", header: t("figure"), cell: value },
                { key: "source", header: t("source"), className: "break-words", cell: (e) => e.source },
                { key: "verification", header: t("verification"), cell: verification },
              ]}
            />
          </div>
        );
      })}
    </>
  );
}
