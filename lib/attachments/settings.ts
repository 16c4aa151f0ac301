// The limits on evidence files, from the environment (checked at start-up by lib/config/env.ts).
export type AttachmentLimits = { maxBytes: number; maxFiles: number };

export function attachmentLimits(env: Record<string, string | undefined> = process.env): AttachmentLimits {
  const mb = Number(env.ATTACHMENT_MAX_MB) || 10;
  const files = Number(env.ATTACHMENT_MAX_FILES) || 20;
  return { maxBytes: mb * 1024 * 1024, maxFiles: files };
}

/**
 * Bytes of one stored piece: small enough that neither upload nor download holds a whole file. Also
 * what bounds memory after an upload: Prisma's driver adapters keep the arguments of their last 100
 * statements (@prisma/debug), so at most 100 pieces stay referenced — about 8.5 MB at 64 KiB, where
 * 256 KiB pieces kept 34 MB (npm run bench, "files").
 */
export const CHUNK_BYTES = 64 * 1024;
