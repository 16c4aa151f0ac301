// A request context for calling the real server actions, route handlers and pages in Vitest: the
// cookies and headers Next.js would pass, the visitor's translations, and Next's redirect and
// not-found signals as recognisable errors. The database is real; nothing else is faked.
import { encode } from "next-auth/jwt";
import { createTranslator } from "next-intl";
import id from "../../lib/i18n/messages/id.json";

export const jar = new Map<string, string>();

export const cookieStore = {
  get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  set: (name: string, value: string) => void jar.set(name, value),
  delete: (name: string) => void jar.delete(name),
  has: (name: string) => jar.has(name),
  getAll: () => [...jar].map(([name, value]) => ({ name, value })),
};

export const nextHeadersMock = () => ({
  cookies: async () => cookieStore,
  headers: async () => new Headers({ "x-pokja-path": "/" }),
});

export const nextIntlServerMock = () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "id", messages: id, namespace: namespace as never }),
  getLocale: async () => "id",
});

/**
 * Signs the given user in for the following calls, as the portal does: a session row in the app's
 * database (DATABASE_URL) and the same token naming it.
 */
export async function signInAs(userId: string) {
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-request-context";
  const { getDb } = await import("../../lib/db.server");
  const { openSession } = await import("../../lib/auth/sessions.server");
  const session = await openSession(getDb(), userId, null);
  jar.clear();
  jar.set("next-auth.session-token", await encode({ token: { sub: userId, sid: session.id }, secret: process.env.NEXTAUTH_SECRET }));
}

/** Runs `fn` and returns what Next.js would answer: a redirect, a 404/403, or the value. */
export async function outcome<T>(fn: () => Promise<T>): Promise<{ redirect?: string; status?: number; value?: T }> {
  try {
    return { value: await fn() };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    const fallback = digest.match(/^NEXT_HTTP_ERROR_FALLBACK;(\d+)$/);
    if (fallback) return { status: Number(fallback[1]) };
    throw error;
  }
}

export function form(values: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of [v].flat()) fd.append(k, item);
  return fd;
}
