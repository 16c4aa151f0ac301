"use server";
import { DomainError } from "@/lib/errors";
import { bulkFields, bulkSchema, listOf, rowsFromList, type BulkField } from "./bulk";
import { checkRows, inviteMany, rowsFromWorkbook } from "./bulk.server";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { startSession } from "@/lib/auth/session-cookie.server";
import { getDb } from "@/lib/db.server";
import { handleForm, handlePublicForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { formatDateTime } from "@/lib/format/zones";
import { clientAddress, publicOrigin } from "@/lib/http/request.server";
import {
  acceptInvitation, changeOwnPassword, changeUserRole, endSessionsOf, inviteUser, issuePasswordReset, resetPassword, setUserActive,
} from "./commands.server";
import {
  acceptInvitationSchema, changePasswordFields, changePasswordSchema, inviteFields, inviteSchema, resetPasswordSchema,
  setPasswordFields, userRoleFields, userRoleSchema,
  type ChangePasswordField, type InviteField, type SetPasswordField, type UserRoleField,
} from "./schemas";

const none = z.object({});

/** The request's origin and language, for one-time links and the e-mail that carries them. */
async function linkContext() {
  return { origin: await publicOrigin(), locale: await getLocale() };
}

export async function inviteUserAction(_prev: FormState<InviteField>, formData: FormData): Promise<FormState<InviteField>> {
  const [context, locale] = [await linkContext(), await getLocale()];
  return handleForm({
    formData, fields: inviteFields, schema: inviteSchema, namespace: "accounts", permission: "user.invite",
    resource: (input) => ({ role: input.role }),
    run: (user, input) => inviteUser(getDb(), user, input, context),
    successData: ({ invitation, link, mailed }) => ({ link, email: invitation.email, expires: formatDateTime(invitation.expiresAt, locale, "WIB"), mailed: mailed ? "yes" : "no" }),
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
    formData, fields: changePasswordFields, schema: changePasswordSchema, namespace: "accounts", permission: "signedIn",
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
  const [context, locale] = [await linkContext(), await getLocale()];
  return handleForm({
    formData, fields: [], schema: none, namespace: "accounts", permission: "user.manage",
    run: (user) => issuePasswordReset(getDb(), user, userId, context),
    successData: ({ reset, link, email, mailed }) => ({ link, email, expires: formatDateTime(reset.expiresAt, locale, "WIB"), mailed: mailed ? "yes" : "no" }),
  });
}

export async function endSessionsAction(userId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "accounts", permission: "user.manage",
    run: (user) => endSessionsOf(getDb(), user, userId),
    redirectTo: (r) => `/manage/users/${userId}?saved=sessionsEnded&count=${r.ended}`,
  });
}

/**
 * Many delegates at once. "preview" checks every row (from the pasted list, or an uploaded .xlsx
 * which then becomes the list) and shows the result without writing anything; "send" invites them
 * all in one transaction, or none when any row is wrong.
 */
export async function inviteManyAction(_prev: FormState<BulkField>, formData: FormData): Promise<FormState<BulkField>> {
  const context = await linkContext();
  const file = formData.get("file");
  return handleForm({
    formData, fields: bulkFields, schema: bulkSchema, namespace: "accounts", permission: "user.invite",
    resource: () => ({ role: "DELEGATE" }),
    omitFromEcho: ["file"],
    run: async (user, input) => {
      const uploaded = file instanceof File && file.size > 0 ? await rowsFromWorkbook(file) : null;
      const rows = uploaded ?? rowsFromList(input.list);
      if (rows.length === 0) throw new DomainError("bulkEmpty", "list");
      if (input.intent === "send" && !uploaded) return { sent: await inviteMany(getDb(), user, rows, context), checked: null, list: "" };
      return { sent: null, checked: await checkRows(getDb(), rows), list: listOf(rows) };
    },
    successData: (r): Record<string, string> => (r.sent
      ? { sent: JSON.stringify(r.sent.map((s) => ({ email: s.email, city: s.city, link: s.link, mailed: s.mailed, expires: formatDateTime(s.expiresAt, context.locale, "WIB") }))) }
      : { checked: JSON.stringify(r.checked), list: r.list }),
  });
}
