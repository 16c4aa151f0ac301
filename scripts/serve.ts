// Serves an already-built portal with the portal's own server (scripts/lib/server.ts): the process
// `npm start` runs after preparing the database and the build, and what the test harness starts.
//   PORT (default 3000), HOSTNAME (default 0.0.0.0), --dev for next dev
import { startServer, stopOnSignals } from "./lib/server.ts";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const server = await startServer({ port, hostname, dev: process.argv.includes("--dev") });
stopOnSignals(server);
console.log(`[server] ready on ${server.url}`);
