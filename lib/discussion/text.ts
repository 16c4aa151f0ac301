// A comment is plain text. Web addresses in it become links, and only http(s) ones: a "javascript:"
// or "data:" address stays text. Pure, so the thread renders it on the server with React's escaping.
export type Segment = { text: string; href?: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that closes a sentence is not part of the address ("lihat https://a.go.id/x.").
const TRAILING = /[.,;:!?)\]}]+$/;

export function segmentsOf(body: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    let raw = match[0];
    const trail = raw.match(TRAILING)?.[0] ?? "";
    raw = raw.slice(0, raw.length - trail.length);
    let href: string | undefined;
    try {
      const url = new URL(raw);
      if (url.protocol === "http:" || url.protocol === "https:") href = url.toString();
    } catch {
      href = undefined;
    }
    if (start > last) out.push({ text: body.slice(last, start) });
    out.push(href ? { text: raw, href } : { text: raw });
    last = start + raw.length;
  }
  if (last < body.length) out.push({ text: body.slice(last) });
  return out;
}
