import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { Suspense } from "react";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { LanguageInAddress } from "@/components/i18n/LanguageInAddress";
import { defaultLocale, LANG_PARAM } from "@/lib/i18n/config";
import { SiteHeader } from "@/components/layout/SiteHeader";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    icons: { icon: "/favicon.svg" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4f71" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("nav");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main-content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:p-3"
        >
          {t("skipToContent")}
        </a>
        <SiteHeader />
        <main id="main-content" tabIndex={-1} className="container-page w-full flex-1 py-8 focus:outline-none">
          {/* The error boundary (app/error.tsx) is a client component: it gets its messages here. */}
          <ClientIntl namespaces={["errors"]}>{children}</ClientIntl>
        </main>
        <SiteFooter />
        {locale !== defaultLocale && <Suspense><LanguageInAddress locale={locale} param={LANG_PARAM} /></Suspense>}
      </body>
    </html>
  );
}
