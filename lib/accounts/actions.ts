"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { startSession } from "@/lib/auth/session-cookie.server";
import { getDb } from "@/lib/db.server";
import { handleForm, handlePublicForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { clientAddress, publicOrigin } from "@/lib/http/request.server";
import { sendMail } from "@/lib/mail/mailer.server";
import {
  acceptInvitation, changeOwnPassword, changeUserRole, endSessionsOf, inviteUser, issuePasswordReset, resetPassword, setUserActive,
} from "./commands.server";
import {
  acceptInvitationSchema, changePasswordFields, changePasswordSchema, inviteFields, inviteSchema, resetPasswordSchema,
  setPasswordFields, userRoleFields, userRoleSchema,
  type ChangePasswordField, type InviteField, type SetPasswordField, type UserRoleField,
} from "./schemas";

const none = z.object({});

async function formatExpiry(date: Date) {
  const locale = await getLocale();
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" }).format(date) + " WIB";
}

export async function inviteUserAction(_prev: FormState<InviteField>, formData: FormData): Promise<FormState<InviteField>> {
  return handleForm({
    formData, fields: inviteFields, schema: inviteSchema, namespace: "accounts", permission: "user.invite",
    resource: (input) => ({ role: input.role }),
    run: (user, input) => inviteUser(getDb(), user, input),
    successData: async ({ invitation, token }) => {
      const link = `${await publicOrigin()}/invitation/${token}`;
      const t = await getTranslations("accounts");
      const expires = await formatExpiry(invitation.expiresAt);
      const mailed = await sendMail({ to: invitation.email, subject: t("inviteMailSubject"), text: t("inviteMailBody", { link, expires }) });
      return { link, email: invitation.email, expires, mailed: mailed ? "yes" : "no" };
    },
  });
}

export async function acceptInvitationAction(token: string, _prev: FormState<SetPasswordField>, formData: FormData): Promise<FormState<SetPasswordField>> {
  return handlePublicForm({
    formData, fields: setPasswordFields, schema: acceptInvitationSchema, namespace: "accounts",
    run: (input) => acceptInvitation(getDb(), token, input),
    redirectTo: (user) => `/sign-in?notice=invited&email=${encodeURIComponent(user.email)}`,
  });
}

export async function resetPasswordAction(token: string, _prev: FormState<SetPasswordField>, formData: FormData): Promise<FormState<SetPasswordField>> {
  return handlePublicForm({
    formData, fields: setPasswordFields, schema: resetPasswordSchema, namespace: "accounts",
    run: (input) => resetPassword(getDb(), token, input.password),
    redirectTo: (user) => `/sign-in?notice=passwordReset&email=${encodeURIComponent(user.email)}`,
  });
}

export async function changeOwnPasswordAction(_prev: FormState<ChangePasswordField>, formData: FormData): Promise<FormState<ChangePasswordField>> {
  const t = await getTranslations("accounts");
  return handleForm({
    formData, fields: changePasswordFields, schema: changePasswordSchema, namespace: "accounts", permission: "account.update",
    run: async (user, input) => {
      const updated = await changeOwnPassword(getDb(), user, input.current, input.password);
      await startSession(getDb(), updated, await clientAddress()); // every session ended with the change; this person continues in a new one
      return updated;
    },
    successMessage: () => t("passwordChanged"),
  });
}

export async function changeUserRoleAction(userId: string, _prev: FormState<UserRoleField>, formData: FormData): Promise<FormState<UserRoleField>> {
  return handleForm({
    formData, fields: userRoleFields, schema: userRoleSchema, namespace: "accounts", permission: "user.manage",
    run: (user, input) => changeUserRole(getDb(), user, userId, input),
    redirectTo: () => `/manage/users/${userId}?saved=role`,
  });
}

export async function setUserActiveAction(userId: string, active: boolean, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "accounts", permission: "user.manage",
    run: (user) => setUserActive(getDb(), user, userId, active),
    redirectTo: () => `/manage/users/${userId}?saved=${active ? "reactivated" : "deactivated"}`,
  });
}

export async function issuePasswordResetAction(userId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "accounts", permission: "user.manage",
    run: (user) => issuePasswordReset(getDb(), user, userId),
    successData: async ({ reset, token }) => {
      const link = `${await publicOrigin()}/reset-password/${token}`;
      const user = await getDb().user.findUniqueOrThrow({ where: { id: reset.userId }, select: { email: true } });
      const t = await getTranslations("accounts");
      const expires = await formatExpiry(reset.expiresAt);
      const mailed = await sendMail({ to: user.email, subject: t("resetMailSubject"), text: t("resetMailBody", { link, expires }) });
      return { link, email: user.email, expires, mailed: mailed ? "yes" : "no" };
    },
  });
}

export async function endSessionsAction(userId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "accounts", permission: "user.manage",
    run: (user) => endSessionsOf(getDb(), user, userId),
    redirectTo: (r) => `/manage/users/${userId}?saved=sessionsEnded&count=${r.ended}`,
  });
}
