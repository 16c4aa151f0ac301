import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SelectField } from "@/components/forms/Fields";
import { TextField } from "@/components/forms/TextField";
import { Highlighted } from "@/components/search/Highlighted";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { REGIONS, SEARCH_KINDS, type AgendaStatus, type MembershipStatus, type ProposalStatus, type SearchKind } from "@/lib/domain/enums";
import { localized } from "@/lib/i18n/localized";
import { COUNT_CAP, search, searchKindsFor, searchOptions, type SearchResult } from "@/lib/search/queries.server";
import { firstValues, MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE, searchSchema } from "@/lib/search/schemas";
import { excerpt } from "@/lib/search/text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

/** What a comment or file is on, after its kind ("Komentar pada usulan"). */
const ON = { PROPOSAL: "onProposal", AGENDA_ITEM: "onAgendaItem", FORUM: "onForum", COMMITMENT: "onCommitment" } as const;

/** The page that shows a result: its own, or for a comment or file the record it belongs to. */
function hrefOf(r: SearchResult): string {
  const root = { PROPOSAL: `/proposals/${r.root.id}`, AGENDA_ITEM: `/agenda/${r.root.id}`, CITY: `/cities/${r.root.ref}`, FORUM: `/forums/${r.root.ref}`, COMMITMENT: `/commitments/${r.root.id}` }[r.root.kind] ?? "/";
  return r.kind === "COMMENT" ? `${root}#comment-${r.id}` : root;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = firstValues(await searchParams);
  const parsed = searchSchema.safeParse(raw);
  const f = parsed.success ? parsed.data : { ...searchSchema.parse({ ...raw, q: "" }), q: "" };
  const tooLong = !parsed.success;
  const user = await getCurrentUser();
  const [t, tEnums, locale, result, options] = await Promise.all([
    getTranslations("search"), getTranslations("enums"), getLocale(), search(f, actorOf(user)), searchOptions(),
  ]);
  const params = Object.fromEntries(Object.entries({ q: f.q, kind: f.kind, forum: f.forum, theme: f.theme, region: f.region }).filter(([, v]) => v)) as Record<string, string>;
  const href = (over: Record<string, string | undefined>) => {
    const next = Object.fromEntries(Object.entries({ ...params, ...over }).filter(([, v]) => v)) as Record<string, string>;
    return `/search?${new URLSearchParams(next)}`;
  };
  const kindsShown = SEARCH_KINDS.filter((k) => result.counts[k]);
  const all = Object.values(result.counts).reduce((a, b) => a + b, 0);
  const allLabel = result.more ? t("allKindsMore", { count: COUNT_CAP }) : t("allKinds", { count: all });
  const kindLabel = (k: SearchKind) => {
    const n = result.counts[k] ?? 0;
    return n > COUNT_CAP ? t("kindCountMore", { kind: tEnums(`searchKind.${k}`), count: COUNT_CAP }) : t("kindCount", { kind: tEnums(`searchKind.${k}`), count: n });
  };
  const statusLabel = (r: SearchResult) =>
    r.root.kind === "PROPOSAL" && r.kind === "PROPOSAL" ? tEnums(`proposalStatus.${r.status as ProposalStatus}`)
      : r.root.kind === "AGENDA_ITEM" && r.kind === "AGENDA_ITEM" ? tEnums(`agendaStatus.${r.status as AgendaStatus}`)
        : r.kind === "CITY" ? tEnums(`membership.${r.status as MembershipStatus}`) : null;
  return (
    <>
      <PageHeader title={t("title")} lead={user ? t("leadMember") : t("leadPublic")} />
      <ErrorSummary title={t("errorTitle")} errors={tooLong ? [{ field: "q", message: t("tooLong", { max: MAX_QUERY_LENGTH }) }] : []} />
      <form method="get" action="/search" className="mb-6 rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4" aria-labelledby="search-form-title">
        <h2 id="search-form-title" className="sr-only">{t("formTitle")}</h2>
        <TextField name="q" type="search" label={t("q")} hint={t("qHint")} defaultValue={tooLong ? String(raw.q ?? "") : f.q} error={tooLong ? t("tooLong", { max: MAX_QUERY_LENGTH }) : undefined} />
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField name="kind" label={t("kind")} defaultValue={f.kind ?? ""} placeholder={t("all")} options={searchKindsFor(actorOf(user)).map((k) => ({ value: k, label: tEnums(`searchKind.${k}`) }))} />
          <SelectField name="forum" label={t("forum")} defaultValue={f.forum ?? ""} placeholder={t("all")} options={options.forums.map((o) => ({ value: o.id, label: localized(locale, o.title, o.titleEn) }))} />
          <SelectField name="theme" label={t("theme")} defaultValue={f.theme ?? ""} placeholder={t("all")} options={options.themes.map((o) => ({ value: o.id, label: locale === "en" ? o.nameEn : o.nameId }))} />
          <SelectField name="region" label={t("region")} defaultValue={f.region ?? ""} placeholder={t("all")} options={REGIONS.map((r) => ({ value: r, label: tEnums(`region.${r}`) }))} />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn">{t("submit")}</button>
          <Link href="/search">{t("reset")}</Link>
        </div>
      </form>

      {f.q && !tooLong && (
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="mb-2 text-2xl">{t("resultsTitle")}</h2>
          <p role="status" className="mb-4">
            {result.groups.length === 0 ? t("onlyCommonWords") : result.total === 0 ? t("none", { q: f.q }) : result.total > COUNT_CAP ? t("countMore", { count: COUNT_CAP, q: f.q }) : t("count", { count: result.total, q: f.q })}
          </p>
          {kindsShown.length > 1 && (
            <nav aria-label={t("byKind")} className="mb-4">
              <ul className="flex flex-wrap gap-x-4 gap-y-2">
                <li>{f.kind ? <Link href={href({ kind: undefined, page: undefined })}>{allLabel}</Link> : <span aria-current="page" className="font-semibold">{allLabel}</span>}</li>
                {kindsShown.map((k) => (
                  <li key={k}>
                    {f.kind === k
                      ? <span aria-current="page" className="font-semibold">{kindLabel(k)}</span>
                      : <Link href={href({ kind: k, page: undefined })}>{kindLabel(k)}</Link>}
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <ol className="space-y-4" start={(result.page - 1) * SEARCH_PAGE_SIZE + 1}>
            {result.results.map((r) => {
              const english = locale === "en" && r.titleEn;
              const title = english ? r.titleEn! : r.title;
              const body = locale === "en" && r.bodyEn ? r.bodyEn : r.body;
              // On English pages, Indonesian text (a record without an English version) is marked as such.
              const marksId = locale === "en" && !english && r.kind !== "CITY";
              const status = statusLabel(r);
              return (
                <li key={`${r.kind}:${r.id}`} className="rounded border border-[var(--color-line)] p-4">
                  <p className="text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">
                    {tEnums(`searchKind.${r.kind}`)}
                    {(r.kind === "COMMENT" || r.kind === "ATTACHMENT") && r.root.kind in ON ? ` ${t(ON[r.root.kind as keyof typeof ON])}` : ""}
                    {r.city ? ` · ${r.city.name}` : ""}
                    {status ? ` · ${status}` : ""}
                  </p>
                  <h3 className="mb-1 text-xl break-words">
                    <Link href={hrefOf(r)}><Highlighted text={title} groups={result.groups} lang={marksId ? "id" : undefined} /></Link>
                  </h3>
                  {body && <p className="break-words"><Highlighted text={excerpt(body, result.groups)} groups={result.groups} lang={locale === "en" && !r.bodyEn && r.kind !== "CITY" ? "id" : undefined} /></p>}
                  {r.isDemo && <p className="mt-2"><span className="inline-block rounded bg-[var(--color-warning-soft)] px-2 py-1 text-sm">{t("demo")}</span></p>}
                </li>
              );
            })}
          </ol>
          <Pagination page={result.page} pages={result.pages} href={(p) => href({ page: String(p) })} labels={{ previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page: result.page, pages: result.pages }) }} />
        </section>
      )}
    </>
  );
}
