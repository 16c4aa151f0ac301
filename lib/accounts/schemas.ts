import { z } from "zod";
import { ROLES } from "@/lib/domain/enums";
import { text } from "@/lib/forms/fields";
import { isCommonPassword } from "./common-passwords";

// Messages are keys of the "accounts" catalogue namespace.
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;
export const NAME_MAX = 120;
export { ROLES };

export const newPasswordSchema = z
  .string({ error: "passwordRequired" })
  .min(1, { error: "passwordRequired" })
  .min(PASSWORD_MIN, { error: "passwordTooShort" })
  .max(PASSWORD_MAX, { error: "passwordTooLong" })
  .refine((p) => !isCommonPassword(p), { error: "passwordCommon" });

const email = z
  .string({ error: "emailRequired" })
  .trim()
  .min(1, { error: "emailRequired" })
  .max(254, { error: "emailInvalid" })
  .pipe(z.email({ error: "emailInvalid" }))
  .transform((v) => v.toLowerCase());

const optionalId = z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional());

/** A delegate belongs to exactly one city; every other role to none. */
const cityMatchesRole = <T extends { role: string; cityId?: string }>(v: T) => (v.role === "DELEGATE" ? Boolean(v.cityId) : true);

export const inviteFields = ["email", "role", "cityId"] as const;
export type InviteField = (typeof inviteFields)[number];
export const inviteSchema = z
  .object({ email, role: z.enum(ROLES, { error: "roleUnknown" }), cityId: optionalId })
  .refine(cityMatchesRole, { error: "cityRequired", path: ["cityId"] })
  .transform((v) => ({ ...v, cityId: v.role === "DELEGATE" ? v.cityId : undefined }));
export type InviteInput = z.infer<typeof inviteSchema>;

export const setPasswordFields = ["name", "password", "confirm"] as const;
export type SetPasswordField = (typeof setPasswordFields)[number];
const confirmMatches = (v: { password: string; confirm: string }) => v.password === v.confirm;

export const acceptInvitationSchema = z
  .object({
    name: text({ max: NAME_MAX, min: 2, tooLong: "nameTooLong", required: "nameRequired", multiline: false }),
    password: newPasswordSchema,
    confirm: z.string({ error: "confirmMismatch" }),
  })
  .refine(confirmMatches, { error: "confirmMismatch", path: ["confirm"] });

export const resetPasswordSchema = z
  .object({ password: newPasswordSchema, confirm: z.string({ error: "confirmMismatch" }) })
  .refine(confirmMatches, { error: "confirmMismatch", path: ["confirm"] });

export const changePasswordFields = ["current", "password", "confirm"] as const;
export type ChangePasswordField = (typeof changePasswordFields)[number];
export const changePasswordSchema = z
  .object({
    current: z.string({ error: "currentRequired" }).min(1, { error: "currentRequired" }).max(PASSWORD_MAX, { error: "currentWrong" }),
    password: newPasswordSchema,
    confirm: z.string({ error: "confirmMismatch" }),
  })
  .refine(confirmMatches, { error: "confirmMismatch", path: ["confirm"] })
  .refine((v) => v.current !== v.password, { error: "passwordUnchanged", path: ["password"] });

export const userRoleFields = ["role", "cityId"] as const;
export type UserRoleField = (typeof userRoleFields)[number];
export const userRoleSchema = z
  .object({ role: z.enum(ROLES, { error: "roleUnknown" }), cityId: optionalId })
  .refine(cityMatchesRole, { error: "cityRequired", path: ["cityId"] })
  .transform((v) => ({ ...v, cityId: v.role === "DELEGATE" ? v.cityId : undefined }));
export type UserRoleInput = z.infer<typeof userRoleSchema>;


export const userFilterSchema = z.object({
  role: z.enum(ROLES).optional().catch(undefined),
  cityId: z.string().max(40).optional().catch(undefined),
  status: z.enum(["active", "inactive"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type UserFilter = z.infer<typeof userFilterSchema>;
