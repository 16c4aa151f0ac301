"use client";
import { useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { ACCEPT, DESCRIPTION_MAX, formatBytes } from "@/lib/attachments/schemas";

type FieldError = { field: "description" | "file"; message: string };
type Progress = { name: string; loaded: number; total: number; state: "waiting" | "sending" | "done" | "refused" };

type Props = {
  /** The upload endpoint for this record (with its ?on=…&id=…). */
  action: string;
  cancelHref: string;
  description: string;
  /** A refusal the server sent back to the plain form. */
  error: FieldError | null;
  maxBytes: number;
  /** How many files may still be added (1 when replacing). */
  remaining: number;
  replacing: boolean;
};

type Answer = { ok: true; href: string; count: number } | { ok: false; code: string; message: string; fileName: string | null };

/** One file, sent with its own progress; resolves with the server's answer or a network failure. */
function send(action: string, description: string, file: File, onProgress: (loaded: number) => void): Promise<Answer | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => resolve(xhr.response && typeof xhr.response === "object" ? (xhr.response as Answer) : null);
    xhr.onerror = () => resolve(null);
    xhr.onabort = () => resolve(null);
    const body = new FormData();
    body.set("description", description);
    body.set("file", file, file.name);
    xhr.send(body);
  });
}

/**
 * The upload form. Without JavaScript it is a plain multipart form: the server answers with the
 * record's page or this form again with the reason and what was typed. With JavaScript each file goes
 * on its own with a progress bar, so several large files can be sent and a refusal names its file.
 */
export function UploadForm({ action, cancelHref, description, error, maxBytes, remaining, replacing }: Props) {
  const t = useTranslations("attachments");
  const locale = useLocale() === "en" ? "en" : "id";
  const [errors, setErrors] = useState<FieldError[]>(error ? [error] : []);
  const [progress, setProgress] = useState<Progress[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const maxMb = Math.round(maxBytes / (1024 * 1024));
  const errorOf = (field: FieldError["field"]) => errors.find((e) => e.field === field)?.message;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const data = new FormData(event.currentTarget);
    const text = String(data.get("description") ?? "").trim();
    const files = (data.getAll("file") as File[]).filter((f) => f instanceof File && f.name);
    const found: FieldError[] = [];
    if (!text) found.push({ field: "description", message: t("errors.descriptionRequired") });
    else if (text.length > DESCRIPTION_MAX) found.push({ field: "description", message: t("errors.descriptionTooLong") });
    if (files.length === 0) found.push({ field: "file", message: t("errors.noFile") });
    else if (replacing && files.length > 1) found.push({ field: "file", message: t("errors.replaceOne") });
    else if (files.length > remaining) found.push({ field: "file", message: t("errors.tooManyAtOnce", { max: remaining }) });
    else {
      const big = files.find((f) => f.size > maxBytes);
      const empty = files.find((f) => f.size === 0);
      if (big) found.push({ field: "file", message: t("fileError", { file: big.name, message: t("errors.tooBig", { max: maxMb }) }) });
      else if (empty) found.push({ field: "file", message: t("fileError", { file: empty.name, message: t("errors.empty") }) });
    }
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    const state: Progress[] = files.map((f) => ({ name: f.name, loaded: 0, total: f.size, state: "waiting" }));
    setProgress([...state]);
    let next: string | null = null;
    let stored = 0;
    for (const [i, file] of files.entries()) {
      state[i] = { ...state[i], state: "sending" };
      setProgress([...state]);
      const answer = await send(action, text, file, (loaded) => {
        state[i] = { ...state[i], loaded };
        setProgress([...state]);
      });
      if (!answer || !answer.ok) {
        state[i] = { ...state[i], state: "refused" };
        setProgress([...state]);
        const message = answer ? answer.message : t("errors.interrupted");
        setErrors([{ field: "file", message: t("fileError", { file: file.name, message }) + (stored ? ` ${t("partlyStored", { count: stored })}` : "") }]);
        setBusy(false);
        return;
      }
      stored += answer.count;
      state[i] = { ...state[i], loaded: file.size, state: "done" };
      setProgress([...state]);
      next = answer.href;
    }
    // The record's page says how many were stored in all (the same page a plain form returns to).
    if (next) {
      const url = new URL(next, window.location.origin);
      url.searchParams.set("uploaded", String(stored));
      window.location.assign(url.pathname + url.search + url.hash);
    }
  }

  return (
    <form ref={form} method="post" encType="multipart/form-data" action={action} onSubmit={onSubmit} noValidate>
      <ErrorSummary title={t("errorTitle")} errors={errors} />
      <CountedTextarea name="description" label={t("descriptionLabel")} hint={t("descriptionHint")} error={errorOf("description")} max={DESCRIPTION_MAX} defaultValue={description} rows={3} required />
      <div className={`mb-5 ${errorOf("file") ? "border-l-4 border-[var(--color-danger)] pl-3" : ""}`}>
        <label htmlFor="file" className="mb-1 block font-semibold">{replacing ? t("fileLabelReplace") : t("fileLabel")}</label>
        <p id="file-hint" className="field-hint mb-1 text-sm">{replacing ? t("fileHintReplace", { max: maxMb }) : t("fileHint", { max: maxMb, remaining })}</p>
        {errorOf("file") && <p id="file-error" className="field-error mb-1">{errorOf("file")}</p>}
        <input id="file" name="file" type="file" accept={ACCEPT} multiple={!replacing} required aria-invalid={errorOf("file") ? true : undefined} aria-describedby={["file-hint", errorOf("file") ? "file-error" : null].filter(Boolean).join(" ")} className="field-input" />
      </div>
      {progress.length > 0 && (
        <ul aria-label={t("progressTitle")} className="mb-5 space-y-2">
          {progress.map((p, i) => (
            <li key={`${p.name}-${i}`}>
              <label htmlFor={`progress-${i}`} className="block break-words">
                {p.name} ({formatBytes(p.total, locale)}): {t(`progress.${p.state}`)}
              </label>
              <progress id={`progress-${i}`} max={Math.max(p.total, 1)} value={p.loaded} className="w-full" />
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn" disabled={busy} aria-disabled={busy}>{busy ? t("uploading") : t("submit")}</button>
        <a href={cancelHref}>{t("cancel")}</a>
      </div>
    </form>
  );
}
