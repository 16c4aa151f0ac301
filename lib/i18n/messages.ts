import type { Locale } from "./config";
import id from "./messages/id.json";

export type Messages = typeof id;

export async function loadMessages(locale: Locale): Promise<Messages> {
  return locale === "en" ? (await import("./messages/en.json")).default : id;
}

/** Only the namespaces a client component needs, so the whole catalogue never ships to the browser. */
export function pickMessages(messages: Messages, namespaces: readonly (keyof Messages)[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]));
}
