"use client";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { ErrorSummary } from "./ErrorSummary";

/** The error summary of a form, in the order of its fields; a form-level refusal comes first. */
export function FormErrors<F extends string>({ state, order }: { state: FormState<F>; order: readonly F[] }) {
  const t = useTranslations("forms");
  const errors = [
    ...(state.formError ? [{ field: "main-content", message: state.formError }] : []),
    ...order.filter((f) => state.errors[f]).map((f) => ({ field: f as string, message: state.errors[f]! })),
  ];
  return <ErrorSummary title={t("errorSummaryTitle")} errors={errors} />;
}
