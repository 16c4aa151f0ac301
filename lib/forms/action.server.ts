// The shape every form's server action shares: who is asking, may they (lib/policy), is the input
// valid (zod), then the command. Refusals come back as localized messages next to their fields,
// with everything the user typed; a redirect follows success.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session.server";
import { DomainError } from "@/lib/errors";
import { can, type Action, type Resource } from "@/lib/policy/policy";
import { echoValues, fieldErrors, formDataToObject, type FormState } from "./state";

type Options<F extends string, S extends z.ZodType, T> = {
  formData: FormData;
  fields: readonly F[];
  schema: S;
  /** Catalogue namespace of the form's messages (zod keys and DomainError codes). */
  namespace: string;
  permission: Action;
  resource?: (user: CurrentUser) => Promise<Resource> | Resource;
  run: (user: CurrentUser, input: z.infer<S>) => Promise<T>;
  /** Where to go on success; return nothing to stay on the page with a success message. */
  redirectTo?: (result: T) => string;
  successMessage?: string;
  omitFromEcho?: readonly F[];
};

export async function handleForm<F extends string, S extends z.ZodType, T>(o: Options<F, S, T>): Promise<FormState<F>> {
  const t = await getTranslations(o.namespace);
  const tCommon = await getTranslations("forms");
  const values = echoValues(o.formData, o.fields, o.omitFromEcho);
  const user = await getCurrentUser();
  const resource = user && o.resource ? await o.resource(user) : undefined;
  if (!user || !can({ id: user.id, role: user.role, cityId: user.cityId }, o.permission, resource)) {
    return { status: "error", errors: {}, formError: tCommon(user ? "forbidden" : "signInRequired"), values };
  }
  const parsed = o.schema.safeParse(formDataToObject(o.formData));
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<F>(parsed.error.issues, (k) => t(k)), values };
  }
  let result: T;
  try {
    result = await o.run(user, parsed.data);
  } catch (error) {
    if (error instanceof DomainError) {
      const message = t(error.code, error.values ?? {});
      return error.field
        ? { status: "error", errors: { [error.field]: message } as FormState<F>["errors"], values }
        : { status: "error", errors: {}, formError: message, values };
    }
    throw error;
  }
  if (o.redirectTo) redirect(o.redirectTo(result));
  return { status: "success", errors: {}, values, message: o.successMessage ? t(o.successMessage) : undefined };
}
