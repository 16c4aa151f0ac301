"use server";
// Sign-in and sign-out as server actions: they work without JavaScript, and a refused sign-in
// returns a localized message with the email still filled in.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { echoValues, fieldErrors, type FormState } from "@/lib/forms/state";
import { clientAddress } from "@/lib/http/request.server";
import { attemptSignIn } from "./authenticate.server";
import { safeCallbackUrl, signInFields, signInSchema } from "./schemas";
import { endSession, startSession } from "./session-cookie.server";

export type SignInField = (typeof signInFields)[number];

export async function signInAction(_prev: FormState<SignInField>, formData: FormData): Promise<FormState<SignInField>> {
  const t = await getTranslations("signIn");
  const values = echoValues(formData, signInFields, ["password"]);
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors(parsed.error.issues, (k) => t(k)), values };
  }
  const attempt = await attemptSignIn(getDb(), parsed.data.email, parsed.data.password, await clientAddress());
  if (attempt.outcome === "locked") {
    const message = attempt.long
      ? t("lockedLong", { minutes: Math.ceil(attempt.retryAfterSeconds / 60) })
      : t("lockedShort", { seconds: attempt.retryAfterSeconds });
    return { status: "error", errors: {}, formError: message, values };
  }
  if (attempt.outcome === "invalid") {
    return { status: "error", errors: { email: t("invalidCredentials") }, values };
  }
  await startSession(attempt.user);
  redirect(safeCallbackUrl(parsed.data.callbackUrl));
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/");
}
