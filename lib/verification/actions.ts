"use server";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { publicOrigin } from "@/lib/http/request.server";
import { clarificationByMail } from "@/lib/mail/outbox.server";
import { decideVerification } from "./commands.server";
import { FIGURE_KINDS, verificationFields, verificationSchema, type FigureKind, type VerificationField } from "./schemas";

export async function verifyAction(kind: FigureKind, id: string, _prev: FormState<VerificationField>, formData: FormData): Promise<FormState<VerificationField>> {
  return handleForm({
    formData, fields: verificationFields, schema: verificationSchema, namespace: "verification", permission: "evidence.verify",
    run: async (user, input) => {
      if (!FIGURE_KINDS.includes(kind)) throw new Error("unknown figure kind");
      const result = await decideVerification(getDb(), user, kind, id, input);
      // Mail is a courtesy after the decision is stored (lib/mail/outbox.server.ts).
      if (result.delegates.length) await clarificationByMail(result.delegates, result.about, input.note, `${await publicOrigin()}${result.href}`);
      return input.decision;
    },
    redirectTo: (decision) => `/manage/verification?done=${decision === "VERIFIED" ? "verified" : "clarification"}`,
  });
}
