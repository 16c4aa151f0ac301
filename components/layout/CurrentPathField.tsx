"use client";
import { usePathname, useSearchParams } from "next/navigation";

/**
 * A hidden field holding the page being read, kept current as the app moves between pages: the
 * header lives in the root layout, which the server does not render again on those moves.
 */
export function CurrentPathField({ name }: { name: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <input type="hidden" name={name} value={search ? `${pathname}?${search}` : pathname} />;
}
