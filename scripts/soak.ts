// npm run test:soak: the long reliability runs (not part of npm test, which runs a short version):
// 100 delegates submitting and 20 board members reading reports for 60 s on SQLite and PostgreSQL,
// then the same with the server killed (SIGKILL) halfway. Writes bench/results/soak.json.
//   --seconds N --delegates N --readers N --provider sqlite|postgresql --no-crash
import { writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import type { Provider } from "./lib/migrations.ts";
import { runSoak, type SoakResult } from "./lib/soak.ts";

const { values: a } = parseArgs({ options: { seconds: { type: "string", default: "60" }, delegates: { type: "string", default: "100" }, readers: { type: "string", default: "20" }, provider: { type: "string" }, "no-crash": { type: "boolean" }, out: { type: "string", default: "bench/results/soak.json" } } });
const providers: Provider[] = a.provider ? [a.provider as Provider] : ["sqlite", "postgresql"];
const results: SoakResult[] = [];
let failed = false;
for (const provider of providers) {
  for (const crash of a["no-crash"] ? [false] : [false, true]) {
    const r = await runSoak({ provider, seconds: Number(a.seconds), delegates: Number(a.delegates), readers: Number(a.readers), crash, port: 3400 });
    results.push(r);
    const ok = r.errors === 0 && r.missing === 0 && r.integrity === "ok" && r.servesAfter && r.acknowledged > 0;
    failed ||= !ok;
    console.log(`  ${provider}${crash ? " + crash" : ""}: ${r.requests} requests (${r.throughputPerSecond}/s), p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms; ${r.acknowledged} submissions acknowledged, ${r.stored} stored, ${r.missing} missing; ${r.errors} errors${crash ? ` (${r.downtimeFailures} refused while down)` : ""}; integrity ${r.integrity}; serves after: ${r.servesAfter}${ok ? "" : "  FAILED"}`);
    if (r.errorSamples.length) console.log(`    errors: ${r.errorSamples.join(" | ")}`);
  }
}
const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` };
writeFileSync(a.out, `${JSON.stringify({ date: new Date().toISOString(), machine, results: results.map((r) => ({ ...r, ok: r.errors === 0 && r.missing === 0 && r.integrity === "ok" && r.servesAfter && r.acknowledged > 0 })) }, null, 2)}\n`);
console.log(failed ? "Reliability run FAILED." : `Reliability run passed; written to ${a.out}`);
process.exit(failed ? 1 : 0);
