import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";

function leaves(obj: object, prefix = ""): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

describe("message catalogues", () => {
  it("have exactly the same keys in Indonesian and English", () => {
    expect(leaves(en).map(([k]) => k).sort()).toEqual(leaves(id).map(([k]) => k).sort());
  });

  it("have no empty message", () => {
    for (const [key, value] of [...leaves(id), ...leaves(en)]) expect(value, key).toMatch(/\S/);
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (s: unknown) => [...new Set([...String(s).matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
    const enMap = new Map(leaves(en));
    for (const [key, value] of leaves(id)) expect(placeholders(enMap.get(key)), key).toEqual(placeholders(value));
  });
});
