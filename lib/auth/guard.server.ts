import { forbidden, notFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { can, type Action, type Resource } from "@/lib/policy/policy";
import { getCurrentUser, type CurrentUser } from "./session.server";

export const actorOf = (user: CurrentUser) => ({ id: user.id, role: user.role, cityId: user.cityId });

/** For pages: the signed-in user; anonymous visitors go to sign-in and come back. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = (await headers()).get("x-pokja-path") ?? "/";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}

/**
 * For pages: the signed-in user allowed to `action`. Anonymous visitors go to sign-in and come back;
 * a signed-in user without the permission gets a 403 page.
 */
export async function requirePermission(action: Action, resource?: Resource): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = (await headers()).get("x-pokja-path") ?? "/";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (!can(actorOf(user), action, resource)) forbidden();
  return user;
}

/**
 * For a page about one record, after requireUser. A record that does not exist and one the user may
 * not `view` answer the same 404, so an id tells an outsider nothing; a record they may see but not
 * `action` (e.g. edit) answers 403.
 */
export function assertRecordAccess(user: CurrentUser, resource: Resource | null | undefined, view: Action, action?: Action): void {
  const actor = actorOf(user);
  if (!resource || !can(actor, view, resource)) notFound();
  if (action && !can(actor, action, resource)) forbidden();
}

/** Whether the current visitor may `action` — for showing or hiding links, never for enforcing. */
export async function currentUserCan(action: Action, resource?: Resource): Promise<boolean> {
  const user = await getCurrentUser();
  return Boolean(user && can(actorOf(user), action, resource));
}
