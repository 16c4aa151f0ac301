import { highlight } from "@/lib/search/text";

/** Text with the words that matched a search marked (<mark>); in another language, it says so. */
export function Highlighted({ text, groups, lang }: { text: string; groups: string[][]; lang?: string }) {
  return (
    <span lang={lang}>
      {highlight(text, groups).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </span>
  );
}
