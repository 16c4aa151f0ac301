import type { Instrumentation } from "next";

/** Unexpected server errors as one JSON log line each, with the request id; never the request body. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger, loggablePath } = await import("./lib/log/logger.server");
  const err = error as Error & { digest?: string };
  const id = request.headers["x-request-id"];
  logger().error({
    reqId: Array.isArray(id) ? id[0] : id, method: request.method, path: loggablePath(request.path),
    route: context.routePath, kind: context.routeType, err: { name: err.name, digest: err.digest, message: String(err.message).slice(0, 300) },
  }, "request failed");
};

/**
 * Background work of each server process: e-mail digests of discussions (only with SMTP_URL), and
 * removing what a crashed process left of uploads in progress.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { scheduleDiscussionDigests } = await import("./lib/discussion/digest.server");
  scheduleDiscussionDigests();
  const { sweepStaleUploads } = await import("./lib/attachments/upload.server");
  await sweepStaleUploads();
}
