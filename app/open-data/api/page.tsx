import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { exampleCity } from "@/lib/api/examples";
import { OPERATIONS, operationParameters, PROBLEM_STATUS, type Parameter } from "@/lib/api/openapi";
import { API_BASE, MAX_LIMIT, PROBLEM_CODES } from "@/lib/api/schemas";
import { apiRateLimit, MAX_AGE_SECONDS, RATE_WINDOW_SECONDS } from "@/lib/api/settings";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("openDataApi");
  return { title: t("title"), description: t("lead") };
}

// The page reads the rate limit the server runs with.
export const dynamic = "force-dynamic";

/** The values a parameter takes, from its JSON Schema in the OpenAPI document. */
function Values({ schema, t }: { schema: Parameter["schema"]; t: Awaited<ReturnType<typeof getTranslations<"openDataApi">>> }) {
  const parts: React.ReactNode[] = [];
  if (Array.isArray(schema.enum)) parts.push(<span key="enum">{(schema.enum as string[]).map((v, i) => <span key={v}>{i > 0 && ", "}<code>{v}</code></span>)}</span>);
  else if (typeof schema.minimum === "number" && typeof schema.maximum === "number") parts.push(<span key="range">{t("range", { min: schema.minimum, max: schema.maximum })}</span>);
  else parts.push(<span key="text">{t("anyText")}</span>);
  if (schema.default !== undefined) parts.push(<span key="default">; {t("defaultValue", { value: String(schema.default) })}</span>);
  return <>{parts}</>;
}

export default async function OpenDataApiPage() {
  const [t, locale] = await Promise.all([getTranslations("openDataApi"), getLocale()]);
  const lang = isLocale(locale) ? locale : "id";
  const limit = apiRateLimit();
  const documentHref = `${API_BASE}/openapi.json?lang=${lang}`;
  const example = JSON.stringify(exampleCity(lang), null, 2);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} actions={[{ href: documentHref, label: t("documentLink") }]} />

      <div className="max-w-3xl space-y-8">
        <section aria-labelledby="basics-title">
          <h2 id="basics-title" className="mb-2 text-2xl">{t("basicsTitle")}</h2>
          <p>{t("basicsBody", { base: API_BASE })}</p>
        </section>
        <section aria-labelledby="labels-title">
          <h2 id="labels-title" className="mb-2 text-2xl">{t("labelsTitle")}</h2>
          <p>{t("labelsBody")}</p>
        </section>
        <section aria-labelledby="paging-title">
          <h2 id="paging-title" className="mb-2 text-2xl">{t("pagingTitle")}</h2>
          <p>{t("pagingBody", { max: MAX_LIMIT })}</p>
        </section>
        <section aria-labelledby="caching-title">
          <h2 id="caching-title" className="mb-2 text-2xl">{t("cachingTitle")}</h2>
          <p>{t("cachingBody", { maxAge: MAX_AGE_SECONDS })}</p>
        </section>
        <section aria-labelledby="rate-title">
          <h2 id="rate-title" className="mb-2 text-2xl">{t("rateTitle")}</h2>
          <p>{limit > 0 ? t("rateBody", { limit, window: RATE_WINDOW_SECONDS }) : t("rateOff")}</p>
        </section>
        <section aria-labelledby="privacy-title">
          <h2 id="privacy-title" className="mb-2 text-2xl">{t("privacyTitle")}</h2>
          <p>{t("privacyBody")}</p>
        </section>
      </div>

      <section aria-labelledby="endpoints-title" className="mt-10 max-w-5xl">
        <h2 id="endpoints-title" className="mb-4 text-2xl">{t("endpointsTitle")}</h2>
        {OPERATIONS.map((op) => {
          const path = `${API_BASE}${op.path}`;
          const example = `${API_BASE}${op.example}`;
          return (
            <section key={op.id} aria-labelledby={`op-${op.id}`} className="mb-8">
              <h3 id={`op-${op.id}`} className="mb-1 text-xl break-words"><code>GET {path}</code></h3>
              <p className="mb-2">{t(`operations.${op.id}` as "operations.listCities")}</p>
              <DataTable
                caption={t("paramsCaption", { path })}
                rows={operationParameters(op, lang)}
                rowKey={(p) => `${p.in}-${p.name}`}
                empty="—"
                columns={[
                  { key: "name", header: t("paramName"), rowHeader: true, cell: (p) => <code>{p.name}</code> },
                  { key: "in", header: t("paramIn"), cell: (p) => (p.in === "path" ? t("inPath") : t("inQuery")) },
                  { key: "description", header: t("paramDescription"), cell: (p) => p.description },
                  { key: "values", header: t("paramValues"), cell: (p) => <Values schema={p.schema} t={t} /> },
                ]}
              />
              <p className="break-words">
                {t("tryIt")}{" "}
                {op.pathParam === "id" ? <code>{example}</code> : <a href={example}><code>{example}</code></a>}
              </p>
            </section>
          );
        })}
      </section>

      <section aria-labelledby="example-title" className="mt-10 max-w-3xl">
        <h2 id="example-title" className="mb-2 text-2xl">{t("exampleTitle")}</h2>
        <p className="mb-2">{t("exampleLead", { path: `${API_BASE}/cities` })}</p>
        <pre tabIndex={0} role="region" aria-label={t("exampleRegion")} className="overflow-x-auto rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4 text-sm">
          <code>{example}</code>
        </pre>
      </section>

      <section aria-labelledby="errors-title" className="mt-10 max-w-3xl">
        <h2 id="errors-title" className="mb-2 text-2xl">{t("errorsTitle")}</h2>
        <p className="mb-3">{t("errorsBody")}</p>
        <DataTable
          caption={t("errorsCaption")}
          rows={[...PROBLEM_CODES]}
          rowKey={(code) => code}
          empty="—"
          columns={[
            { key: "code", header: t("codeColumn"), rowHeader: true, cell: (code) => <code id={`problem-${code}`}>{code}</code> },
            { key: "status", header: t("statusColumn"), numeric: true, cell: (code) => PROBLEM_STATUS[code] },
            { key: "title", header: t("titleColumn"), cell: (code) => t(`problem.${code}`) },
          ]}
        />
      </section>

      <section aria-labelledby="versioning-title" className="mt-10 max-w-3xl">
        <h2 id="versioning-title" className="mb-2 text-2xl">{t("versioningTitle")}</h2>
        <p>{t("versioningBody")}</p>
      </section>
    </>
  );
}
