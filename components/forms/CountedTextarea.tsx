"use client";
import { useState, type TextareaHTMLAttributes } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatCount } from "@/lib/format/numbers";

type Props = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** The schema's limit; said under the field and counted while typing. */
  max: number;
  /** A one-line input instead of a textarea (e.g. a title). */
  singleLine?: boolean;
  inputMode?: "text" | "numeric" | "url" | "email";
  autoComplete?: string;
  /** The field's id when one page holds several forms with the same field name (e.g. replies). */
  fieldId?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "maxLength" | "inputMode">;

/**
 * A text field with its limit. The browser never cuts what is typed (no maxLength): the limit is said
 * under the field, a live counter tied by aria-describedby follows the typing (read when the field is
 * focused, not announced on every keystroke), and over-long text is refused by the server with the
 * whole text kept for editing. Without JavaScript the line states the limit.
 */
export function CountedTextarea({ name, label, hint, error, max, defaultValue, rows = 5, singleLine, inputMode, autoComplete, lang, required, spellCheck, dir, fieldId, ...rest }: Props) {
  const id = fieldId ?? name;
  const t = useTranslations("forms");
  const locale = useLocale();
  // Line ends are counted as one character, as the server counts them.
  const [count, setCount] = useState(String(defaultValue ?? "").replace(/\r\n/g, "\n").length);
  const over = count > max;
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, `${id}-count`].filter(Boolean).join(" ");
  const counter = over
    ? t("counterOver", { count: formatCount(count, locale), max: formatCount(max, locale), over: formatCount(count - max, locale) })
    : t("counter", { count: formatCount(count, locale), max: formatCount(max, locale) });
  const common = {
    id,
    name,
    "aria-invalid": error || over ? true : undefined,
    "aria-describedby": ids,
    className: "field-input",
    lang,
    required,
    spellCheck,
    dir,
  } as const;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-[var(--color-danger)] pl-3" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">{label}</label>
      {hint && <p id={`${id}-hint`} className="field-hint mb-1 text-sm">{hint}</p>}
      {error && <p id={`${id}-error`} className="field-error mb-1">{error}</p>}
      {singleLine ? (
        <input {...common} type="text" defaultValue={defaultValue as string | undefined} inputMode={inputMode} autoComplete={autoComplete} onInput={(e) => setCount(e.currentTarget.value.length)} />
      ) : (
        <textarea {...common} rows={rows} defaultValue={defaultValue} onInput={(e) => setCount(e.currentTarget.value.length)} {...rest} />
      )}
      <p id={`${id}-count`} className={`mt-1 text-sm ${over ? "field-error" : "field-hint"}`}>{counter}</p>
    </div>
  );
}
