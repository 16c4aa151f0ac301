import type { InputHTMLAttributes } from "react";

type Props = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "maxLength">;

/**
 * Label, hint and error tied to the input by id, as a screen reader expects. No maxLength: a browser
 * would cut what is typed without a word; limited text goes in a CountedTextarea.
 */
export function TextField({ name, label, hint, error, className, ...input }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-[var(--color-danger)] pl-3" : ""}`}>
      <label htmlFor={name} className="mb-1 block font-semibold">{label}</label>
      {hint && <p id={hintId} className="field-hint mb-1 text-sm">{hint}</p>}
      {error && (
        <p id={errorId} className="field-error mb-1">
          {error}
        </p>
      )}
      <input
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`field-input ${className ?? ""}`}
        {...input}
      />
    </div>
  );
}
