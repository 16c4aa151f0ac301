"use server";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { freezeEdition, startNextCycle } from "./commands.server";
import { freezeFields, freezeFormSchema, nextCycleFieldsIn, nextCycleFormSchema, type FreezeField } from "./schemas";

export async function freezeEditionAction(year: number, _prev: FormState<FreezeField>, formData: FormData): Promise<FormState<FreezeField>> {
  return handleForm({
    formData, fields: freezeFields, schema: freezeFormSchema, namespace: "cycles", permission: "cycle.manage",
    run: (user, input) => freezeEdition(getDb(), user, year, input),
    redirectTo: ({ year: frozen }) => `/agenda/editions/${frozen}?saved=frozen`,
  });
}

/** The next cycle's year and, per item of the edition, `decision-<id>` and `reason-<id>`. */
export async function startNextCycleAction(fromYear: number, _prev: FormState<string>, formData: FormData): Promise<FormState<string>> {
  return handleForm({
    formData, fields: nextCycleFieldsIn(formData.keys()), schema: nextCycleFormSchema, namespace: "cycles", permission: "cycle.manage",
    run: (user, input) => startNextCycle(getDb(), user, fromYear, input),
    redirectTo: ({ year }) => `/manage/cycles?saved=started&year=${year}`,
  });
}
