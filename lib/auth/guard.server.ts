// Framework glue between the policy and Next.js pages: who is asking, and the 307/403/404 answers.
import { forbidden, notFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { can, type Access, type Action, type Actor, type Resource } from "@/lib/policy/policy";
import { getCurrentUser, type CurrentUser } from "./session.server";

export const actorOf = (user: CurrentUser | null): Actor => (user ? { id: user.id, role: user.role, cityId: user.cityId } : null);

async function toSignIn(): Promise<never> {
  const path = (await headers()).get("x-pokja-path") ?? "/";
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
}

/** For pages: the signed-in user; anonymous visitors go to sign-in and come back. */
export async function requireUser(): Promise<CurrentUser> {
  return (await getCurrentUser()) ?? toSignIn();
}

/**
 * For pages: the signed-in user allowed to `action`. Anonymous visitors go to sign-in and come back;
 * a signed-in user without the permission gets a 403 page.
 */
export async function requirePermission(action: Action, resource?: Resource): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(actorOf(user), action, resource)) forbidden();
  return user;
}

/** For pages about one record: the record a page query granted, or the 404/403 page it calls for. */
export function granted<T>(result: Access<T>): T {
  if (result.status === "notFound") notFound();
  if (result.status === "forbidden") forbidden();
  return result.value;
}

/** Whether the current visitor may `action` — for showing or hiding links, never for enforcing. */
export async function currentUserCan(action: Action, resource?: Resource): Promise<boolean> {
  return can(actorOf(await getCurrentUser()), action, resource);
}
