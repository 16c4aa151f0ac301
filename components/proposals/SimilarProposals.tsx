"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";

type Result = { id: string; title: string; city: string; score: number };

/**
 * While the delegate writes, asks the server for up to five similar proposals of other cities
 * (debounced), so they can endorse one instead of writing a duplicate.
 */
export function SimilarProposals({ proposalId, initialText }: { proposalId: string | null; initialText: string }) {
  const t = useTranslations("proposalForm");
  const [results, setResults] = useState<Result[] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const lastQuery = useRef("");

  useEffect(() => {
    const read = () =>
      ["title", "problem", "action"].map((id) => (document.getElementById(id) as HTMLInputElement | null)?.value ?? "").join(" ").trim();
    const search = async (text: string) => {
      if (text.length < 3 || text === lastQuery.current) return;
      lastQuery.current = text;
      const params = new URLSearchParams({ q: text.slice(0, 12_000) });
      if (proposalId) params.set("exclude", proposalId);
      try {
        const response = await fetch(`/api/proposals/similar?${params}`, { headers: { accept: "application/json" } });
        if (response.ok) setResults((await response.json()).results);
      } catch {
        // Offline or slow: the list simply stays as it was.
      }
    };
    const onInput = (e: Event) => {
      const id = (e.target as HTMLElement | null)?.id;
      if (id !== "title" && id !== "problem" && id !== "action") return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => search(read()), 700);
    };
    document.addEventListener("input", onInput);
    const initial = setTimeout(() => search(initialText.trim() || read()), 0);
    return () => {
      document.removeEventListener("input", onInput);
      clearTimeout(timer.current);
      clearTimeout(initial);
    };
  }, [proposalId, initialText]);

  return (
    <div className="rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4">
      <h2 id="similar-title" className="mb-2 text-xl">{t("similarTitle")}</h2>
      <p className="mb-3 text-sm">{t("similarLead")}</p>
      <div aria-live="polite">
        {results && results.length === 0 && <p>{t("similarNone")}</p>}
        {results && results.length > 0 && (
          <ul className="space-y-3">
            {results.map((r) => (
              <li key={r.id}>
                <Link href={`/proposals/${r.id}`} className="font-semibold">{r.title}</Link>
                <span className="block text-sm">{r.city} · {t("similarScore", { score: Math.round(r.score * 100) })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
