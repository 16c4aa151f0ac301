// The state a progressively enhanced form round-trips through its server action. Messages are
// already localized on the server; `values` echoes what the user typed (never a password) so nothing
// typed is lost when the form is refused.
export type FormState<Field extends string = string> = {
  status: "idle" | "error" | "success";
  errors: Partial<Record<Field, string>>;
  formError?: string;
  values: Partial<Record<Field, string>>;
  message?: string;
  /** Details a successful action shows once (e.g. a one-time link); never stored anywhere. */
  data?: Record<string, string>;
};

export const idleState = <F extends string>(values: Partial<Record<F, string>> = {}): FormState<F> => ({
  status: "idle",
  errors: {},
  values,
});

/** Plain string values of a submitted form, for echoing back; files and the listed fields are left out. */
export function echoValues<F extends string>(formData: FormData, fields: readonly F[], omit: readonly F[] = []) {
  const values: Partial<Record<F, string>> = {};
  for (const field of fields) {
    if (omit.includes(field)) continue;
    const all = formData.getAll(field).filter((v): v is string => typeof v === "string");
    if (all.length) values[field] = all.join(",");
  }
  return values;
}

/** Maps zod issues to one translated message per field (the first issue of each field wins). */
export function fieldErrors<F extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  translate: (key: string) => string,
): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form") as F;
    errors[field] ??= translate(issue.message);
  }
  return errors;
}

/** FormData as a plain object for zod; a repeated name (checkbox group) becomes an array. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own fields for server actions
    const all = formData.getAll(key).filter((v) => typeof v === "string");
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}
