"use client";
import { useTranslations } from "next-intl";
import type { ProposalField } from "@/lib/proposals/schemas";
import type { ProposalFormOptions } from "@/lib/proposals/queries.server";

type Props = {
  theirs: string;
  at?: string;
  version?: string;
  mine: Partial<Record<ProposalField, string>>;
  options: ProposalFormOptions;
};

const TEXT_FIELDS: ProposalField[] = ["title", "problem", "evidence", "action", "leadAgency", "partners", "indicators", "budgetIdr", "fundingSource", "targetGroups", "scope", "timeframe", "themeId", "forumId"];

/** Shows the version someone else saved, field by field where it differs from what is in the form. */
export function ConflictPanel({ theirs, at, version, mine, options }: Props) {
  const t = useTranslations("proposalForm");
  const snapshot = JSON.parse(theirs) as Record<string, string | string[] | null>;
  const name = (field: ProposalField, value: string) =>
    field === "themeId" ? options.themes.find((x) => x.id === value)?.nameId ?? value
      : field === "forumId" ? options.forums.find((x) => x.id === value)?.title ?? value
      : value;
  const differing = TEXT_FIELDS.filter((f) => {
    const theirValue = Array.isArray(snapshot[f]) ? (snapshot[f] as string[]).join(",") : (snapshot[f] ?? "");
    return theirValue !== (mine[f] ?? "").trim();
  });
  return (
    <section aria-labelledby="conflict-title" className="mb-6 border-4 border-[var(--color-danger)] bg-[var(--color-danger-soft)] p-4">
      <h2 id="conflict-title" className="mb-2 text-xl">
        {t("conflictTitle", { version: version ?? "?", at: at ? new Date(at).toLocaleString(undefined, { timeZone: "Asia/Jakarta" }) : "" })}
      </h2>
      <p className="mb-3">{t("conflictNote")}</p>
      <dl className="space-y-2">
        {differing.map((f) => {
          const value = snapshot[f];
          const text = Array.isArray(value) ? value.join(", ") : value ?? "";
          return (
            <div key={f}>
              <dt className="font-semibold">{t(f)}</dt>
              <dd className="whitespace-pre-wrap break-words">{text ? name(f, text) : "—"}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
