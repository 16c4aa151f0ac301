import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native addons and the database drivers stay outside the server bundle.
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks a permission.
  experimental: { authInterrupts: true },
  // Static files skip the proxy; they still get the headers that do not need a per-request nonce.
  async headers() {
    return [{
      source: "/_next/static/:path*",
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      ],
    }];
  },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "exceljs", "pdfkit", "pino"],
};

export default withNextIntl(nextConfig);
