// The shape every form's server action shares: who is asking, may they send this form at all (lib/
// policy), is the input valid (zod), then the command — which checks the row it reads against the
// policy in its own transaction. Refusals come back as localized messages next to their fields, with
// everything the user typed (never a password); a redirect follows success.
import { translateKey } from "@/lib/i18n/dynamic";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session.server";
import { DomainError } from "@/lib/errors";
import { logger, loggablePath } from "@/lib/log/logger.server";
import { can, ForbiddenError, NotFoundError, type Action, type Resource } from "@/lib/policy/policy";
import { echoValues, fieldErrors, formDataToObject, type FormState } from "./state";

type Common<F extends string, S extends z.ZodType, T> = {
  formData: FormData;
  fields: readonly F[];
  schema: S;
  /** Catalogue namespace of the form's messages (zod keys and DomainError codes). */
  /** The catalogue section holding this form's messages (zod issue keys and DomainError codes). */
  namespace: FormNamespace;
  /** Where to go on success; without it the form shows `successMessage` (or the result's `message`). */
  redirectTo?: (result: T) => string;
  successMessage?: (result: T) => string | undefined;
  /** Details the form shows once after success (e.g. a one-time link); never stored anywhere. */
  successData?: (result: T) => Record<string, string>;
  omitFromEcho?: readonly F[];
};

type Options<F extends string, S extends z.ZodType, T> = Common<F, S, T> & {
  /**
   * Who may send this form at all, decided before anything is read: a permission that depends on the
   * user (and at most on what the input itself names, through `resource`), or any signed-in user.
   * Rules about a stored row are the command's, checked on the row it reads in its transaction.
   */
  permission: Action | "signedIn";
  resource?: (input: z.infer<S>, user: CurrentUser) => Resource;
  run: (user: CurrentUser, input: z.infer<S>) => Promise<T>;
};

type FormNamespace = "accounts" | "agenda" | "cityForm" | "commitments" | "cycles" | "discussion" | "forumForm" | "membershipForm" | "participationForm" | "programmeForm" | "proposalForm" | "review" | "verification" | "windowForm";

const PASSWORDISH = /password|confirm|current/i;

/** One log line per form submission: which form, how it ended; never what was typed. */
async function log(form: string, outcome: "ok" | "invalid" | "refused" | "declined", detail?: string) {
  const h = await headers();
  logger().info({ reqId: h.get("x-request-id") ?? undefined, path: loggablePath(h.get("x-pokja-path") ?? ""), form, outcome, detail }, "form");
}

async function runForm<F extends string, S extends z.ZodType, T>(
  o: Common<F, S, T>,
  authorize: (input: z.infer<S> | undefined) => Promise<string | null>,
  run: (input: z.infer<S>) => Promise<T>,
): Promise<FormState<F>> {
  const [t, tForms] = await Promise.all([getTranslations(o.namespace), getTranslations("forms")]);
  const omit = o.omitFromEcho ?? o.fields.filter((f) => PASSWORDISH.test(f));
  const values = echoValues(o.formData, o.fields, omit);
  const parsed = o.schema.safeParse(formDataToObject(o.formData));
  if (!parsed.success) {
    const refusal = await authorize(undefined);
    if (refusal) return { status: "error", errors: {}, formError: refusal, values };
    await log(o.namespace, "invalid", parsed.error.issues.map((i) => i.path.join(".")).join(","));
    // A message without a catalogue entry (zod's own, for input no form of ours sends) reads as a
    // plain "check this field"; trouble in a field the form does not show (a forged or stale hidden
    // field) is said at the top of the form.
    const all = fieldErrors<string>(parsed.error.issues, (k) => translateKey(t, k, tForms("invalidField")));
    const errors = Object.fromEntries(Object.entries(all).filter(([k]) => (o.fields as readonly string[]).includes(k))) as FormState<F>["errors"];
    const hidden = Object.keys(all).length > Object.keys(errors).length;
    return { status: "error", errors, values, ...(hidden ? { formError: tForms("invalidForm") } : {}) };
  }
  const refusal = await authorize(parsed.data);
  if (refusal) {
    await log(o.namespace, "refused");
    return { status: "error", errors: {}, formError: refusal, values };
  }
  let result: T;
  try {
    result = await run(parsed.data);
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) {
      await log(o.namespace, "refused", error instanceof ForbiddenError ? error.action : "notFound");
      return { status: "error", errors: {}, formError: tForms(error instanceof ForbiddenError ? "forbidden" : "notFound"), values };
    }
    if (error instanceof DomainError) {
      await log(o.namespace, "declined", error.code);
      const message = translateKey(t, error.code, tForms("invalidForm"), error.values);
      return error.field
        ? { status: "error", errors: { [error.field]: message } as FormState<F>["errors"], values, data: error.data }
        : { status: "error", errors: {}, formError: message, values, data: error.data };
    }
    throw error;
  }
  await log(o.namespace, "ok");
  if (o.redirectTo) redirect(o.redirectTo(result));
  return { status: "success", errors: {}, values: {}, message: o.successMessage?.(result), data: o.successData?.(result) };
}

/** A form only a signed-in user allowed by `permission` may send. */
export async function handleForm<F extends string, S extends z.ZodType, T>(o: Options<F, S, T>): Promise<FormState<F>> {
  const user = await getCurrentUser();
  const tForms = await getTranslations("forms");
  return runForm(
    o,
    async (input) => {
      if (!user) return tForms("signInRequired");
      if (o.permission === "signedIn") return null;
      // A permission about what the input names cannot be decided before the input is valid; it is after.
      if (input === undefined && o.resource) return null;
      const resource = input !== undefined && o.resource ? o.resource(input, user) : undefined;
      return can({ id: user.id, role: user.role, cityId: user.cityId }, o.permission, resource) ? null : tForms("forbidden");
    },
    (input) => o.run(user!, input),
  );
}

/** A form anyone may submit (the token in it is the credential), e.g. accepting an invitation. */
export async function handlePublicForm<F extends string, S extends z.ZodType, T>(o: Common<F, S, T> & { run: (input: z.infer<S>) => Promise<T> }): Promise<FormState<F>> {
  return runForm(o, async () => null, o.run);
}
