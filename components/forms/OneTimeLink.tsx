"use client";
import { useEffect, useRef } from "react";

/** A link shown once after it is made: selected and focused so it can be copied at once. */
export function OneTimeLink({ heading, label, link, note }: { heading: string; label: string; link: string; note: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="mb-6 border-l-8 border-[var(--color-success)] bg-[var(--color-success-soft)] p-4">
      <h2 className="mb-2 text-xl">{heading}</h2>
      <label htmlFor="one-time-link" className="mb-1 block font-semibold">{label}</label>
      <input id="one-time-link" readOnly value={link} className="field-input mb-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
      <p>{note}</p>
    </div>
  );
}
