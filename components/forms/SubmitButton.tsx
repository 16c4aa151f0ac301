"use client";
import { useFormStatus } from "react-dom";

/** Disabled while its form is being sent, so a slow connection does not cause double submits. */
export function SubmitButton({ label, pendingLabel, className = "btn" }: { label: string; pendingLabel: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
