"use client";
// Last resort when the root layout itself fails: a self-contained page in both languages.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="id">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem", color: "#1b1f24" }}>
        <main>
          <h1>Maaf, terjadi kesalahan</h1>
          <p lang="en">Sorry, something went wrong.</p>
          {error.digest && <p>Kode rujukan / Reference: {error.digest}</p>}
          {/* A full page load on purpose: the app shell is what failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <p><a href="/" style={{ color: "#0b4f71" }}>Beranda / Home</a></p>
        </main>
      </body>
    </html>
  );
}
