"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleState, type FormState } from "@/lib/forms/state";
import { OneTimeLink } from "./OneTimeLink";

type Props = {
  action: (prev: FormState<"form">, formData: FormData) => Promise<FormState<"form">>;
  title: string;
  hint: string;
  label: string;
  danger?: boolean;
  /** For actions that return a one-time link (password reset). */
  linkLabel?: string;
};

/** A section with one button that runs one action, e.g. deactivate an account. */
export function ButtonForm({ action, title, hint, label, danger, linkLabel }: Props) {
  const [state, formAction] = useActionState(action, idleState<"form">());
  const t = useTranslations("accounts");
  const id = `${title.replace(/\W+/g, "-").toLowerCase()}-title`;
  return (
    // Without a hint the button says it all: the title then only names the form for assistive tech,
    // instead of repeating the button's words as a visible heading.
    <form action={formAction} className="max-w-2xl" aria-labelledby={hint ? id : undefined} aria-label={hint ? undefined : title}>
      {hint && <h2 id={id} className="mb-2 text-2xl">{title}</h2>}
      <FormErrors state={state} order={[]} />
      {state.status === "success" && state.data?.link && linkLabel && (
        <OneTimeLink
          heading={title}
          label={linkLabel.replace("{expires}", state.data.expires)}
          link={state.data.link}
          note={state.data.mailed === "yes" ? t("mailedYes", { email: state.data.email }) : t("mailedNo", { email: state.data.email })}
        />
      )}
      {hint && <p className="mb-3">{hint}</p>}
      <SubmitButton label={label} pendingLabel={label} className={danger ? "btn btn-danger" : "btn btn-secondary"} />
    </form>
  );
}
