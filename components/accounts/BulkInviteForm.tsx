"use client";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { FormErrors } from "@/components/forms/FormErrors";
import { DataTable } from "@/components/ui/DataTable";
import { inviteManyAction } from "@/lib/accounts/actions";
import { BULK_LIST_MAX, bulkFields, type BulkField } from "@/lib/accounts/bulk";
import type { CheckedRow } from "@/lib/accounts/bulk.server";
import { idleState } from "@/lib/forms/state";

type Sent = { email: string; city: string; link: string; mailed: boolean; expires: string };

const ROW_ERRORS = {
  emailInvalid: "bulkRowEmailInvalid", cityMissing: "bulkRowCityMissing", cityUnknown: "bulkRowCityUnknown",
  emailTaken: "bulkRowEmailTaken", duplicate: "bulkRowDuplicate",
} as const;

/**
 * Pasting (or uploading) a list of delegates, checking it row by row, then sending every invitation
 * at once. Works without JavaScript: each step is a form post that answers with the next page.
 */
export function BulkInviteForm() {
  const [state, formAction] = useActionState(inviteManyAction, idleState<BulkField>());
  const t = useTranslations("accounts");
  const data = state.status === "success" ? state.data : undefined;
  const sent: Sent[] | null = data?.sent ? JSON.parse(data.sent) : null;
  const checked: CheckedRow[] | null = data?.checked ? JSON.parse(data.checked) : null;
  const wrong = checked?.filter((r) => r.error).length ?? 0;
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent || checked) result.current?.focus();
  }, [sent, checked]);

  if (sent) {
    return (
      <div ref={result} tabIndex={-1} role="status">
        <h2 className="mb-2 text-2xl">{t("bulkSentTitle", { count: sent.length })}</h2>
        <p className="mb-4">{t("bulkSentLead")}</p>
        <DataTable
          caption={t("bulkSentCaption")}
          rows={sent}
          rowKey={(r) => r.email}
          empty="—"
          columns={[
            { key: "email", header: t("email"), rowHeader: true, cell: (r) => r.email },
            { key: "city", header: t("city"), cell: (r) => r.city },
            { key: "link", header: t("bulkLink"), cell: (r) => <input readOnly value={r.link} aria-label={t("bulkLinkFor", { email: r.email })} className="field-input font-mono text-sm" onFocus={(e) => e.currentTarget.select()} /> },
            { key: "mailed", header: t("bulkMailed"), cell: (r) => (r.mailed ? t("bulkMailedYes") : t("bulkMailedNo")) },
            { key: "expires", header: t("bulkExpires"), cell: (r) => r.expires },
          ]}
        />
        {/* A full page load on purpose: it clears the form and the links shown once. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <p className="mt-4"><a href="/manage/users/invite-many">{t("bulkAgain")}</a></p>
      </div>
    );
  }

  return (
    <>
      {checked && (
        <div ref={result} tabIndex={-1} role="status" className="mb-6">
          <h2 className="mb-2 text-2xl">{t("bulkPreviewTitle")}</h2>
          <p className="mb-3">{wrong ? t("bulkPreviewErrors", { count: wrong, total: checked.length }) : t("bulkPreviewReady", { count: checked.length })}</p>
          <DataTable
            caption={t("bulkPreviewCaption")}
            rows={checked}
            rowKey={(r) => `${r.line}-${r.email}`}
            empty="—"
            columns={[
              { key: "line", header: t("bulkLine"), numeric: true, cell: (r) => r.line },
              { key: "email", header: t("email"), rowHeader: true, cell: (r) => r.email || "—" },
              { key: "city", header: t("city"), cell: (r) => r.city || "—" },
              { key: "check", header: t("bulkCheck"), cell: (r) => (r.error ? <span className="field-error">{t(ROW_ERRORS[r.error])}</span> : t("bulkRowReady")) },
            ]}
          />
        </div>
      )}
      <form action={formAction} noValidate className="max-w-3xl">
        <FormErrors state={state} order={bulkFields} />
        <CountedTextarea name="list" label={t("bulkList")} hint={t("bulkListHint")} error={state.errors.list} defaultValue={data?.list ?? state.values.list} max={BULK_LIST_MAX} rows={8} spellCheck={false} />
        <div className={`mb-5 ${state.errors.file ? "border-l-4 border-[var(--color-danger)] pl-3" : ""}`}>
          <label htmlFor="file" className="mb-1 block font-semibold">{t("bulkFile")}</label>
          <p id="file-hint" className="field-hint mb-1 text-sm">{t("bulkFileHint")}</p>
          {state.errors.file && <p id="file-error" className="field-error mb-1">{state.errors.file}</p>}
          <input id="file" name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={state.errors.file ? "file-hint file-error" : "file-hint"} className="field-input" />
        </div>
        <div className="flex flex-wrap gap-4">
          <button type="submit" name="intent" value="preview" className="btn btn-secondary">{t("bulkCheckButton")}</button>
          {checked && !wrong && <button type="submit" name="intent" value="send" className="btn">{t("bulkSendButton", { count: checked.length })}</button>}
        </div>
      </form>
    </>
  );
}
