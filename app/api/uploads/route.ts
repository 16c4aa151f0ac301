import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { isSameOrigin, uploadResponse } from "@/lib/attachments/http.server";
import { receiveFromRequest } from "@/lib/attachments/upload.server";

export const dynamic = "force-dynamic";

/**
 * Files for a record: streamed, checked and stored by lib/attachments. This path is outside the
 * proxy (proxy.ts) so the body is never buffered in memory on its way here.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return uploadResponse(request, { ok: false, ref: null, code: "crossSite", description: "" });
  const user = await getCurrentUser();
  return uploadResponse(request, await receiveFromRequest(actorOf(user), request));
}
