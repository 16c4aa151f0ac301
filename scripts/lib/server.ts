// The portal's HTTP server: Next.js's request handler behind Node's own server, in this process.
// - It knows the client's address from the socket (Next passes a client-sent X-Forwarded-For on
//   unchecked) and hands it to the app in one header it overwrites on every request
//   (lib/http/client-address.ts); behind TRUST_PROXY=N proxies it reads X-Forwarded-For from the right.
// - It stops cleanly: on SIGTERM or SIGINT it stops accepting connections, lets requests in flight
//   finish within SHUTDOWN_GRACE_SECONDS (default 10), closes the database pool and exits 0.
import http from "node:http";
import type { Socket } from "node:net";
import next from "next";
import { badRequestPage, badRequestProblem, isApiPath, isMalformedUrl, localeFromCookie } from "../../lib/http/bad-request.ts";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxyHops } from "../../lib/http/client-address.ts";
import { newNonce, securityHeaders } from "../../lib/security/headers.ts";

export type PortalServer = { url: string; close: (reason?: string) => Promise<void> };

type Options = { port: number; hostname: string; dev?: boolean; quiet?: boolean };

export async function startServer({ port, hostname, dev = false, quiet = false }: Options): Promise<PortalServer> {
  const app = next({ dev, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const hops = trustedProxyHops(process.env.TRUST_PROXY);
  let warnedAboutProxy = false;
  let inFlight = 0;
  let closing = false;
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    inFlight++;
    res.on("close", () => inFlight--);
    if (closing) res.setHeader("Connection", "close");
    if (!hops && req.headers["x-forwarded-for"] && !warnedAboutProxy) {
      warnedAboutProxy = true;
      console.warn("[server] requests carry X-Forwarded-For but TRUST_PROXY is not set: behind a reverse proxy every client shares the proxy's address (see README, Security)");
    }
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops) ?? "";
    if (isMalformedUrl(req.url)) {
      // Next.js would answer a bare 500 without the portal's headers; this is the visitor's mistake.
      const headers = securityHeaders({ nonce: newNonce(), dev, https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://") });
      // The open-data API answers its clients in problem+json, this refusal included.
      const api = isApiPath(req.url);
      res.writeHead(400, {
        ...headers, "Cache-Control": "no-store", "x-request-id": crypto.randomUUID(),
        ...(api ? { "Content-Type": "application/problem+json; charset=utf-8", "Access-Control-Allow-Origin": "*" } : { "Content-Type": "text/html; charset=utf-8" }),
      });
      res.end(req.method === "HEAD" ? undefined : api ? badRequestProblem(req.url ?? "") : badRequestPage(localeFromCookie(req.headers.cookie)));
      return;
    }
    handle(req, res).catch((error: unknown) => {
      console.error(`[server] ${(error as Error).message}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  if (dev) server.on("upgrade", (req, socket, head) => void app.getUpgradeHandler()(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });

  const grace = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 10) * 1000;
  async function close(reason = "shutdown") {
    if (closing) return;
    closing = true;
    if (!quiet) console.log(`[server] ${reason}: no new connections; finishing ${inFlight} request(s) in flight`);
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const deadline = Date.now() + grace;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (inFlight > 0 && !quiet) console.warn(`[server] ${inFlight} request(s) still running after ${grace / 1000} s; closing them`);
    for (const socket of sockets) socket.destroy();
    await stopped;
    await app.close().catch(() => {});
    // The app's one database client lives on globalThis (lib/db.server.ts): close its pool.
    const db = (globalThis as { __pokjaDb?: { $disconnect(): Promise<void> } }).__pokjaDb;
    await db?.$disconnect().catch(() => {});
    if (!quiet) console.log("[server] stopped");
  }
  return { url: `http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`, close };
}

/** Stops the server on SIGTERM and SIGINT, whichever process receives them, then exits. */
export function stopOnSignals(server: PortalServer) {
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      server.close(`${signal} received`).then(() => process.exit(0), () => process.exit(1));
    });
  }
}
