import type { Tx } from "@/lib/db.server";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const json = (value: unknown) =>
  value === undefined || value === null
    ? null
    : JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

/** Appends an audit event inside the caller's transaction: the change and its record commit together. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: json(input.before),
      after: json(input.after),
    },
  });
}
