import { z } from "zod";
import { calendarDate, text } from "@/lib/forms/fields";
import { verifiedFlag } from "@/lib/reports/schemas";
import { MEMBERSHIP_STATUSES, REGIONS, TIME_ZONES } from "./constants";

// Messages are keys of the "cityForm" catalogue namespace.
const optionalNumber = (min: number, max: number, key: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? Number(v.trim().replace(",", ".")) : v),
    z.number({ error: key }).min(min, { error: key }).max(max, { error: key }).optional(),
  );

/** Limits of the city forms' fields, shown with their counters. */
export const CITY_LIMITS = { name: 80, slug: 80, province: 80, membershipReason: 500 } as const;

export const slugify = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);

export const cityFields = ["name", "slug", "province", "region", "timeZone", "latitude", "longitude", "membershipStatus"] as const;
export type CityField = (typeof cityFields)[number];

export const cityFormSchema = z
  .object({
    name: text({ max: CITY_LIMITS.name, min: 2, tooLong: "nameTooLong", required: "nameRequired", multiline: false }),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(CITY_LIMITS.slug, { error: "slugTooLong" })
      .refine((s) => s === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s), { error: "slugInvalid" })
      .optional(),
    province: text({ max: CITY_LIMITS.province, min: 2, tooLong: "provinceTooLong", required: "provinceRequired", multiline: false }),
    region: z.enum(REGIONS, { error: "regionUnknown" }),
    timeZone: z.enum(TIME_ZONES, { error: "timeZoneUnknown" }),
    // Indonesia lies within about 11°S–6°N and 95°E–141°E.
    latitude: optionalNumber(-12, 7, "latitudeInvalid"),
    longitude: optionalNumber(94, 142, "longitudeInvalid"),
    membershipStatus: z.enum(["INVITED", "MEMBER"], { error: "membershipUnknown" }).optional(),
  })
  .transform((v) => ({ ...v, slug: v.slug || slugify(v.name) }))
  .refine((v) => v.slug.length > 0, { error: "slugInvalid", path: ["slug"] });
export type CityInput = z.infer<typeof cityFormSchema>;

export const membershipFields = ["toStatus", "effectiveOn", "reason"] as const;
export type MembershipField = (typeof membershipFields)[number];

export const membershipChangeSchema = z.object({
  toStatus: z.enum(MEMBERSHIP_STATUSES, { error: "statusUnknown" }),
  effectiveOn: calendarDate("dateInvalid", "dateRequired"),
  reason: text({ max: CITY_LIMITS.membershipReason, min: 5, tooLong: "reasonTooLong", required: "reasonRequired" }),
});
export type MembershipChangeInput = z.infer<typeof membershipChangeSchema>;

/** Directory filters from the URL: unknown values are dropped, never an error page. */
export const directoryFilterSchema = z.object({
  region: z.enum(REGIONS).optional().catch(undefined),
  province: z.string().trim().min(1).max(80).optional().catch(undefined),
  membership: z.enum(MEMBERSHIP_STATUSES).optional().catch(undefined),
});
export type DirectoryFilter = z.infer<typeof directoryFilterSchema>;

/** The public city page's filter from the URL: `verified=1` counts commitments by verified reports only. */
export const cityPageFilterSchema = z.object({ verified: verifiedFlag });
