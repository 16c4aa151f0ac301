/**
 * Minutes as they were typed: plain text, paragraphs split at empty lines and line breaks kept (never
 * markup). On English pages the English minutes, or the Indonesian ones marked lang="id".
 */
export function MinutesText({ locale, id, en }: { locale: string; id: string; en?: string | null }) {
  const fallback = locale === "en" && !en;
  const text = locale === "en" && en ? en : id;
  const paragraphs = text.split(/\n[^\S\n]*\n\s*/).map((p) => p.trim()).filter(Boolean);
  return (
    <div lang={fallback ? "id" : undefined} className="max-w-3xl space-y-3">
      {paragraphs.map((p, i) => <p key={i} className="break-words whitespace-pre-line">{p}</p>)}
    </div>
  );
}
