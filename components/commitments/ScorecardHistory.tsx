import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { uploadHrefFor } from "@/components/attachments/AttachmentList";
import { DataTable } from "@/components/ui/DataTable";
import { scorecardValue } from "./scorecard-value";
import type { RecordFiles } from "@/lib/attachments/queries.server";
import { SCORECARD_INDICATORS } from "@/lib/commitments/schemas";
import type { VerificationStatus } from "@/lib/domain/enums";
import { formatDate, formatDayOf, type ZoneCode } from "@/lib/format/zones";

type Entry = {
  id: string; indicator: string; asOf: Date; source: string; uldEstablished: boolean | null; uldDecree: string | null;
  employedWithDisability: number | null; totalStaff: number | null; jobSeekersRegistered: number | null; jobSeekersPlaced: number | null; periodStart: Date | null;
  verification: VerificationStatus; verifiedAt: Date | null;
  /** The secretariat's note; only the city's own view passes it. */
  verificationNote?: string | null;
};

/** The city's own view: each figure's evidence files, and whether it may still add some. */
type Evidence = { id: string; files: RecordFiles; canAttach: boolean }[];

/**
 * A city's scorecard as a history per indicator: every figure with its date, source and whether the
 * secretariat has verified it (in words; the day of verification is read in the city's `zone`).
 */
export async function ScorecardHistory({ entries, zone, headingLevel = 2, evidence }: { entries: Entry[]; zone: ZoneCode; headingLevel?: 2 | 3; evidence?: Evidence }) {
  const [t, tEnums, tFiles, locale] = await Promise.all([getTranslations("commitments"), getTranslations("enums"), getTranslations("attachments"), getLocale()]);
  const evidenceOf = new Map(evidence?.map((e) => [e.id, e]));
  const files = (e: Entry) => {
    const of = evidenceOf.get(e.id);
    if (!of) return null;
    return (
      <>
        {of.files.current.length > 0 && (
          <ul className="mb-1 list-disc pl-5">
            {of.files.current.map((f) => <li key={f.id} className="break-words"><a href={`/api/attachments/${f.id}`} download>{f.fileName}</a></li>)}
          </ul>
        )}
        {of.canAttach && <Link href={`${uploadHrefFor("scorecardEntry", e.id)}`}>{tFiles("add")}<span className="sr-only">: {tEnums(`scorecardIndicator.${e.indicator as (typeof SCORECARD_INDICATORS)[number]}`)}, {formatDate(e.asOf, locale)}</span></Link>}
        {!of.canAttach && of.files.current.length === 0 && "—"}
      </>
    );
  };
  const H = headingLevel === 2 ? "h2" : "h3";
  const value = (e: Entry) => scorecardValue(e, t, locale);
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
                { key: "asOf", header: t("asOf"), rowHeader: true, className: "whitespace-nowrap", cell: (e) => <span id={`entry-${e.id}`}>{formatDate(e.asOf, locale)}</span> },
                { key: "figure", header: t("figure"), cell: value },
                { key: "source", header: t("source"), className: "break-words", cell: (e) => e.source },
                {
                  key: "verification", header: t("verification"),
                  cell: (e) => <>{verification(e)}{e.verificationNote && e.verification === "NEEDS_CLARIFICATION" && <span className="block text-sm">{t("clarifyNote", { note: e.verificationNote })}</span>}</>,
                },
                ...(evidence ? [{ key: "files", header: tFiles("title"), cell: files }] : []),
              ]}
            />
          </div>
        );
      })}
    </>
  );
}
