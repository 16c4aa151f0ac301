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
  // Any text: where it leads is decided by safeDestination (lib/http/destination.ts), never here.
  callbackUrl: z.unknown().optional(),
});
export const signInFields = ["email", "password"] as const;
