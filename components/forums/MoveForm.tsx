"use client";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { FormErrors } from "@/components/forms/FormErrors";
import { idleState, type FormState } from "@/lib/forms/state";

type Props = {
  action: (prev: FormState<"form">, formData: FormData) => Promise<FormState<"form">>;
  /** What is moved, for the buttons' accessible names ("Naikkan: Pembukaan"). */
  name: string;
  up: boolean;
  down: boolean;
};

/**
 * Moves one entry of an ordered list a place up or down: two submit buttons of one form, the pressed
 * one's value says which way. A plain form, so it works without JavaScript too.
 */
export function MoveForm({ action, name, up, down }: Props) {
  const [state, formAction] = useActionState(action, idleState<"form">());
  if (!up && !down) return null;
  return (
    <form action={formAction}>
      <FormErrors state={state} order={[]} />
      <MoveButtons name={name} up={up} down={down} />
    </form>
  );
}

function MoveButtons({ name, up, down }: Omit<Props, "action">) {
  const { pending } = useFormStatus();
  const t = useTranslations("programmeForm");
  const button = (direction: "up" | "down", label: string) => (
    // The name says what moves ("Naikkan: Pembukaan"); the visible word starts it.
    <button type="submit" name="direction" value={direction} className="btn btn-secondary" disabled={pending} aria-disabled={pending} aria-label={`${label}: ${name}`}>
      <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span> {label}
    </button>
  );
  return (
    <div className="flex flex-wrap gap-2">
      {up && button("up", t("moveUp"))}
      {down && button("down", t("moveDown"))}
    </div>
  );
}
