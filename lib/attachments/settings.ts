// The limits on evidence files, from the environment (checked at start-up by lib/config/env.ts).
export type AttachmentLimits = { maxBytes: number; maxFiles: number };

export function attachmentLimits(env: Record<string, string | undefined> = process.env): AttachmentLimits {
  const mb = Number(env.ATTACHMENT_MAX_MB) || 10;
  const files = Number(env.ATTACHMENT_MAX_FILES) || 20;
  return { maxBytes: mb * 1024 * 1024, maxFiles: files };
}

/** Bytes of one stored piece: small enough that neither upload nor download holds a whole file. */
export const CHUNK_BYTES = 256 * 1024;
