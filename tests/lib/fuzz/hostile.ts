// Hostile input for property-based tests: what a form field or URL may carry when someone tries.
import fc from "fast-check";

export const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom(
    "", " ", "\u0000", "\u202e\u200b", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE \"Proposal\";--",
    "1 OR 1=1", "${7*7}", "../../etc/passwd", "javascript:alert(1)", "=HYPERLINK(\"http://x\")", "NaN", "-1", "1e309", "9".repeat(40),
    "2026-02-30", "2026-13-01", "9999-12-31", "0000-00-00", "true", "null", "undefined", "[object Object]", "🙂".repeat(100),
    "x".repeat(12_001), "DONE", "MEMBER", "ADMIN", "JAWA", "cmx0000000000000000000000",
  ),
);

/** A value as a form or query string could deliver it, or something worse from a hand-made request. */
export const hostileValue = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.object({ maxDepth: 1 })) },
);

export const hostileRecord = (keys: readonly string[]) =>
  fc.record(Object.fromEntries([...keys, "extra", "__proto__", "constructor"].map((k) => [k, hostileValue])), { requiredKeys: [] });
