"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";

/**
 * In a language other than the default, keeps ?lang= in the address bar as the reader moves between
 * pages, so a copied address opens in the language it was read in (docs/decisions/0003). Page loads
 * get it from the proxy; this covers the moves the app makes without loading a page.
 */
export function LanguageInAddress({ locale, param }: { locale: string; param: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get(param) === locale) return;
    url.searchParams.set(param, locale);
    window.history.replaceState(window.history.state, "", url);
  }, [pathname, search, locale, param]);
  return null;
}
