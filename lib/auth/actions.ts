"use server";
// Sign-in and sign-out as server actions: they work without JavaScript, and a refused sign-in
// returns a localized message with the email still filled in.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { encode } from "next-auth/jwt";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { echoValues, fieldErrors, type FormState } from "@/lib/forms/state";
import { authenticate } from "./authenticate.server";
import { SESSION_MAX_AGE_SECONDS } from "./options.server";
import { safeCallbackUrl, signInFields, signInSchema } from "./schemas";
import { authSecret, secureCookies, sessionCookieName } from "./secret.server";

export type SignInField = (typeof signInFields)[number];

export async function signInAction(_prev: FormState<SignInField>, formData: FormData): Promise<FormState<SignInField>> {
  const t = await getTranslations("signIn");
  const values = echoValues(formData, signInFields, ["password"]);
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors(parsed.error.issues, (k) => t(k)), values };
  }
  const user = await authenticate(getDb(), parsed.data.email, parsed.data.password);
  if (!user) {
    return { status: "error", errors: { email: t("invalidCredentials") }, formError: t("invalidCredentials"), values };
  }
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  redirect(safeCallbackUrl(parsed.data.callbackUrl));
}

export async function signOutAction(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
  redirect("/");
}
