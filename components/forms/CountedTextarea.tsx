"use client";
import { useState, type TextareaHTMLAttributes } from "react";

type Props = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  max: number;
  counterText: (count: number, max: number) => string;
  /** A one-line input instead of a textarea (e.g. a title). */
  singleLine?: boolean;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "maxLength">;

/**
 * A textarea with a character counter tied to it by aria-describedby (read when the field is
 * focused, not announced on every keystroke). Without JavaScript the counter shows the limit.
 */
export function CountedTextarea({ name, label, hint, error, max, counterText, defaultValue, rows = 5, singleLine, ...rest }: Props) {
  const [count, setCount] = useState(String(defaultValue ?? "").length);
  const over = count > max;
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null, `${name}-count`].filter(Boolean).join(" ");
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-[var(--color-danger)] pl-3" : ""}`}>
      <label htmlFor={name} className="mb-1 block font-semibold">{label}</label>
      {hint && <p id={`${name}-hint`} className="field-hint mb-1 text-sm">{hint}</p>}
      {error && <p id={`${name}-error`} className="field-error mb-1">{error}</p>}
      {singleLine ? (
        <input
          id={name}
          name={name}
          type="text"
          defaultValue={defaultValue as string | undefined}
          aria-invalid={error || over ? true : undefined}
          aria-describedby={ids}
          className="field-input"
          onInput={(e) => setCount(e.currentTarget.value.length)}
          required={rest.required}
        />
      ) : (
        <textarea
          id={name}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          aria-invalid={error || over ? true : undefined}
          aria-describedby={ids}
          className="field-input"
          onInput={(e) => setCount(e.currentTarget.value.length)}
          {...rest}
        />
      )}
      <p id={`${name}-count`} className={`mt-1 text-sm ${over ? "field-error" : "field-hint"}`}>{counterText(count, max)}</p>
    </div>
  );
}
