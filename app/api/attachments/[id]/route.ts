import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { downloadAttachment } from "@/lib/attachments/download.server";

export const dynamic = "force-dynamic";

/** One stored file, for whoever may see its record; `?inline=1` shows an image or PDF in the browser. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  return downloadAttachment(actorOf(user), (await params).id, { inline: url.searchParams.get("inline") === "1", ifNoneMatch: request.headers.get("if-none-match") });
}
