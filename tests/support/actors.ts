// Who does what in a test, as the policy sees them: id, role and city, read from the seeded users.
import type { Db } from "../../lib/db.server";
import type { Role } from "../../lib/domain/enums";

export type TestActor = { id: string; role: Role; cityId: string | null };
/** A delegate: a user with a city. */
export type DelegateActor = { id: string; role: Role; cityId: string };

export async function actorFor(db: Db, email: string): Promise<TestActor> {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, cityId: true } });
}

export async function delegateFor(db: Db, email: string): Promise<DelegateActor> {
  const u = await actorFor(db, email);
  if (!u.cityId) throw new Error(`${email} is not a city's delegate`);
  return { ...u, cityId: u.cityId };
}
