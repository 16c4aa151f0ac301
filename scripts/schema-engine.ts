// Drives Prisma's own schema engine (its WebAssembly build, @prisma/schema-engine-wasm pinned to the
// engines hash of the installed prisma) through a Prisma 7 driver adapter, so migrations need no
// native binary and no download. See docs/decisions/0002-offline-prisma-tooling.md.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

// The wasm glue reports a Rust panic through this global; without it the panic message is lost.
const g = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m: string) => console.error(`schema engine panic: ${m}`) };

// The glue module is a process-wide singleton: instantiating the wasm twice corrupts its state. The
// cache lives on globalThis because a test runner may load this file more than once.
const cache = globalThis as unknown as { __pokjaSchemaEngine?: Promise<unknown> };
const loadEngineClass = () => (cache.__pokjaSchemaEngine ??= instantiateEngine()) as ReturnType<typeof instantiateEngine>;

async function instantiateEngine() {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(gluePath);
  const wasm = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as unknown as { __wbindgen_start(): void }).__wbindgen_start();
  return glue.SchemaEngine;
}

export async function openEngine(schemaPath: string, factory: SqlMigrationAwareDriverAdapterFactory) {
  const SchemaEngine = await loadEngineClass();
  const content = await readFile(schemaPath, "utf8");
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, content]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
  return { engine, files: [{ path: schemaPath, content }] };
}

/** The migrations folder in the shape the engine expects (the layout `prisma migrate` writes). */
export async function migrationsList(dir: string, provider: "sqlite" | "postgresql") {
  const baseDir = path.resolve(dir);
  const names = existsSync(baseDir)
    ? (await readdir(baseDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const file = path.join(baseDir, name, "migration.sql");
      const content = existsSync(file) ? { tag: "ok", value: await readFile(file, "utf8") } : { tag: "error", value: "missing" };
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockPath = path.join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories,
    _provider: provider,
  };
}
