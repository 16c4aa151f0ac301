/**
 * A refusal the user can act on: `code` is a message key in the form's catalogue namespace and
 * `field` the input it belongs to (none for form-level refusals). Commands throw it inside their
 * transaction, so nothing is stored.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly field?: string,
    readonly values?: Record<string, string | number>,
    /** Details the form shows with the refusal, e.g. the version someone else saved. */
    readonly data?: Record<string, string>,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

/** True for a unique-constraint violation from either provider (Prisma code P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
