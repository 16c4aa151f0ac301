/**
 * Content that may have an English version: on English pages the English text, and where there is
 * none the Indonesian text marked lang="id" so a screen reader reads it in Indonesian.
 */
export function Localized({ locale, id, en }: { locale: string; id: string; en?: string | null }) {
  if (locale !== "en") return <>{id}</>;
  return en ? <>{en}</> : <span lang="id">{id}</span>;
}
