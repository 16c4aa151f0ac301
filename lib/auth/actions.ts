"use server";
// Sign-in and sign-out as server actions: they work without JavaScript, and a refused sign-in
// returns a localized message with the email still filled in.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { recordAudit } from "@/lib/audit/audit.server";
import { getDb } from "@/lib/db.server";
import { echoValues, fieldErrors, type FormState } from "@/lib/forms/state";
import { clientAddress } from "@/lib/http/request.server";
import { safeDestination } from "@/lib/http/destination";
import { logger } from "@/lib/log/logger.server";
import { attemptSignIn } from "./authenticate.server";
import { signInFields, signInSchema } from "./schemas";
import { endSession, startSession } from "./session-cookie.server";
import { pruneSessions } from "./sessions.server";
import { translateKey } from "@/lib/i18n/dynamic";

export type SignInField = (typeof signInFields)[number];

export async function signInAction(_prev: FormState<SignInField>, formData: FormData): Promise<FormState<SignInField>> {
  const t = await getTranslations("signIn");
  const values = echoValues(formData, signInFields, ["password"]);
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors(parsed.error.issues, (k) => translateKey(t, k, t("emailInvalid"))), values };
  }
  const db = getDb();
  const address = await clientAddress();
  const attempt = await attemptSignIn(db, parsed.data.email, parsed.data.password, address);
  if (attempt.outcome === "locked") {
    const message = attempt.long
      ? t("lockedLong", { minutes: Math.ceil(attempt.retryAfterSeconds / 60) })
      : t("lockedShort", { seconds: attempt.retryAfterSeconds });
    return { status: "error", errors: {}, formError: message, values };
  }
  if (attempt.outcome === "invalid") {
    return { status: "error", errors: { email: t("invalidCredentials") }, values };
  }
  await startSession(db, attempt.user, address);
  await pruneSessions(db);
  // Without a page to return to, each role lands on its own work (the dashboard), not the public home page.
  const destination = safeDestination(parsed.data.callbackUrl);
  redirect(destination === "/" ? "/dashboard" : destination);
}

export async function signOutAction(): Promise<void> {
  const db = getDb();
  const userId = await endSession(db, "signOut");
  if (userId) {
    await recordAudit(db, { actorId: userId, action: "auth.signedOut", entityType: "User", entityId: userId, after: { address: await clientAddress() } });
    logger().info({ event: "signOut", userId }, "sign-out");
  }
  redirect("/");
}
