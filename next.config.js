import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native addons and the database drivers stay outside the server bundle.
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks a permission.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "exceljs", "pdfkit"],
};

export default withNextIntl(nextConfig);
