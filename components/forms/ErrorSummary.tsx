"use client";
import { useEffect, useRef } from "react";

type Props = { title: string; errors: { field: string; message: string }[] };

/**
 * GOV.UK-style error summary: listed at the top of the form, each entry links to its field, and it
 * takes focus when it appears so screen-reader and keyboard users land on it.
 */
export function ErrorSummary({ title, errors }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      role="alert"
      className="mb-6 border-4 border-[var(--color-danger)] p-4"
    >
      <h2 id="error-summary-title" className="mb-2 text-xl">{title}</h2>
      <ul className="list-none space-y-1">
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`} className="field-error text-[var(--color-danger)]">{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
