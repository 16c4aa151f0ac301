"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session.server";
import { getDb } from "@/lib/db.server";
import { markAllRead } from "./notify.server";

export async function markNotificationsReadAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await markAllRead(getDb(), user.id);
  // The unread count lives in the header, in the root layout: have it rendered again.
  revalidatePath("/", "layout");
  redirect("/notifications");
}
