import { z } from "zod";
import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { similarForWriter } from "@/lib/proposals/queries.server";

export const dynamic = "force-dynamic";

const query = z.object({ q: z.string().trim().min(3).max(12_000), exclude: z.string().max(40).optional() });

/** Up to five submitted proposals of other cities similar to the text being written. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const parsed = query.safeParse({ q: params.get("q") ?? "", exclude: params.get("exclude") ?? undefined });
  if (!parsed.success) return Response.json({ results: [] }, { headers: { "Cache-Control": "no-store" } });
  const results = await similarForWriter(actorOf(user), parsed.data.q, parsed.data.exclude);
  return Response.json({ results }, { headers: { "Cache-Control": "no-store" } });
}
