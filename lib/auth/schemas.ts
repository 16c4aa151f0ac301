import { z } from "zod";

// Messages are catalogue keys in the "signIn" namespace; the server action translates them.
export const signInSchema = z.object({
  email: z
    .string({ error: "emailRequired" })
    .trim()
    .min(1, { error: "emailRequired" })
    .max(254, { error: "emailInvalid" })
    .pipe(z.email({ error: "emailInvalid" }))
    .transform((v) => v.toLowerCase()),
  password: z.string({ error: "passwordRequired" }).min(1, { error: "passwordRequired" }).max(1024, { error: "passwordRequired" }),
  callbackUrl: z.string().optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;
export const signInFields = ["email", "password"] as const;

/** Only same-site relative paths are followed after sign-in (no open redirect). */
export function safeCallbackUrl(raw: string | undefined | null): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  return raw;
}
