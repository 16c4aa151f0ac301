"use client";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { ErrorSummary } from "./ErrorSummary";

/**
 * The error summary of a form, in the order of its fields; a form-level refusal comes first.
 * `fieldIds` names the element of a field whose id is not its name (several forms on one page).
 */
export function FormErrors<F extends string>({ state, order, fieldIds }: { state: FormState<F>; order: readonly F[]; fieldIds?: Partial<Record<F, string>> }) {
  const t = useTranslations("forms");
  const errors = [
    ...(state.formError ? [{ field: "main-content", message: state.formError }] : []),
    ...order.filter((f) => state.errors[f]).map((f) => ({ field: fieldIds?.[f] ?? (f as string), message: state.errors[f]! })),
  ];
  return <ErrorSummary title={t("errorSummaryTitle")} errors={errors} />;
}
