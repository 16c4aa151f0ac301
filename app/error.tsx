"use client";
import Link from "next/link";
// Client boundary: it has no server translations, so it shows both languages (Indonesian first).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl">
        Maaf, terjadi kesalahan <span lang="en" className="block text-xl font-normal">Sorry, something went wrong</span>
      </h1>
      <p>
        Kesalahan ini sudah dicatat. Silakan coba lagi.{" "}
        <span lang="en">The error has been recorded. Please try again.</span>
      </p>
      {error.digest && <p className="text-sm text-[var(--color-muted)]">Kode rujukan / Reference: {error.digest}</p>}
      <p className="flex flex-wrap gap-3">
        <button type="button" className="btn" onClick={() => reset()}>Coba lagi / Try again</button>
        <Link href="/" className="btn btn-secondary">Beranda / Home</Link>
      </p>
    </div>
  );
}
