// The catalogues hold what the code says, and nothing else: every message is used somewhere, every
// enum value has a label in both languages, and every message key a schema names exists.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as domain from "@/lib/domain/enums";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "messages" ? [] : files(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const sources = ["app", "components", "lib"].flatMap(files).map((f) => readFileSync(f, "utf8"));
/** Every string literal of the code (each kind of quote scanned on its own), and template literals' static parts. */
const literals = new Set(sources.flatMap((s) => [
  ...[...s.matchAll(/"([^"\\\n]*)"/g)].map((m) => m[1]),
  ...[...s.matchAll(/'([^'\\\n]*)'/g)].map((m) => m[1]),
  ...[...s.matchAll(/`([^`\\]*)`/g)].flatMap((m) => m[1].split(/\$\{[^}]*\}/)),
  // Messages read as properties of a catalogue (the 400 page reads them without next-intl).
  ...[...s.matchAll(/\bm\.([A-Za-z]\w*)/g)].map((m) => m[1]),
]));

function leaves(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? leaves(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

/** Which list of the domain each group of enum labels names. */
const ENUM_GROUPS: Record<string, readonly string[]> = {
  region: domain.REGIONS, zone: domain.TIME_ZONES, membership: domain.MEMBERSHIP_STATUSES, sessionKind: domain.SESSION_KINDS,
  activityKind: domain.ACTIVITY_KINDS, proposalStatus: domain.PROPOSAL_STATUSES, scope: domain.SCOPES, timeframe: domain.TIMEFRAMES,
  targetGroup: domain.TARGET_GROUPS, eventType: domain.PROPOSAL_EVENT_TYPES, agendaLevel: domain.AGENDA_LEVELS, agendaStatus: domain.AGENDA_STATUSES, cycleStatus: domain.CYCLE_STATUSES,
  agendaOwner: domain.AGENDA_OWNERS, progressStatus: domain.PROGRESS_STATUSES, commitmentKind: domain.COMMITMENT_KINDS,
  scorecardIndicator: domain.SCORECARD_INDICATORS, verificationStatus: domain.VERIFICATION_STATUSES,
  participationStatus: domain.PARTICIPATION_STATUSES, searchKind: domain.SEARCH_KINDS,
};

describe("message keys", () => {
  it("are all used by the code", () => {
    const unused = leaves(id).filter((key) => {
      const [ns, ...rest] = key.split(".");
      if (ns === "enums" || ns === "roles") return false; // checked against the domain's lists below
      const last = rest.at(-1)!;
      return !literals.has(last) && !literals.has(rest.join("."));
    });
    expect(unused).toEqual([]);
  });

  it("label every value of the domain's words in both languages, and nothing else", () => {
    for (const catalogue of [id, en]) {
      const groups = catalogue.enums as Record<string, Record<string, string>>;
      for (const [group, values] of Object.entries(ENUM_GROUPS)) {
        expect(Object.keys(groups[group] ?? {}).sort(), group).toEqual([...values].sort());
      }
      expect(Object.keys(groups).filter((g) => !(g in ENUM_GROUPS))).toEqual([]);
      expect(Object.keys(catalogue.roles).sort()).toEqual([...domain.ROLES].sort());
    }
  });

  it("name only messages that exist, wherever a schema names one", () => {
    const keys = new Set(leaves(id).map((k) => k.split(".").at(-1)!));
    const schemaFiles = files("lib").filter((f) => /schemas\.ts$|fields\.ts$/.test(f));
    const named = schemaFiles.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/(?:error|message|required|tooLong|invalid|tooLarge|missing):\s*"([A-Za-z]+)"|(?:text|longText|count|calendarDate|optionalCalendarDate|optionalLocalDateTime|rupiah|dateOnly|date|trimmed)\([^)]*?"([a-z][A-Za-z]+)"/g)].map((m) => m[1] ?? m[2]));
    expect(named.length).toBeGreaterThan(50);
    expect([...new Set(named)].filter((k) => !keys.has(k))).toEqual([]);
  });
});
