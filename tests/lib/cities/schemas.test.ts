import { describe, expect, it } from "vitest";
import { cityFormSchema, directoryFilterSchema, membershipChangeSchema, slugify } from "@/lib/cities/schemas";

const valid = { name: "Malang", province: "Jawa Timur", region: "JAWA", timeZone: "WIB", latitude: "-7,9666", longitude: "112.6326" };
const issues = (input: unknown) => cityFormSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);

describe("cityFormSchema", () => {
  it("accepts a city, derives the slug from the name and reads decimal commas", () => {
    expect(cityFormSchema.parse(valid)).toMatchObject({ slug: "malang", latitude: -7.9666, longitude: 112.6326 });
    expect(cityFormSchema.parse({ ...valid, name: "Tangerang Selatan", latitude: "", longitude: "" })).toMatchObject({
      slug: "tangerang-selatan", latitude: undefined, longitude: undefined,
    });
  });

  it("refuses an unknown region or time zone by catalogue key", () => {
    expect(issues({ ...valid, region: "ATLANTIS" })).toEqual([["region", "regionUnknown"]]);
    expect(issues({ ...valid, timeZone: "UTC" })).toEqual([["timeZone", "timeZoneUnknown"]]);
  });

  it("refuses coordinates outside Indonesia and malformed slugs", () => {
    expect(issues({ ...valid, latitude: "48.85" })).toEqual([["latitude", "latitudeInvalid"]]);
    expect(issues({ ...valid, longitude: "abc" })).toEqual([["longitude", "longitudeInvalid"]]);
    expect(issues({ ...valid, slug: "Kota Malang!" })).toEqual([["slug", "slugInvalid"]]);
  });

  it("requires name and province and limits their length", () => {
    expect(issues({ ...valid, name: " ", province: "" })).toEqual([["name", "nameRequired"], ["province", "provinceRequired"]]);
    expect(issues({ ...valid, name: "x".repeat(81) })).toEqual([["name", "nameTooLong"]]);
  });
});

describe("slugify", () => {
  it("makes URL-safe slugs from Indonesian names", () => {
    expect(slugify("Bali–Nusa Tenggara")).toBe("bali-nusa-tenggara");
    expect(slugify("  Jakarta  Pusat ")).toBe("jakarta-pusat");
  });
});

describe("membershipChangeSchema", () => {
  it("needs a known status, a real date and a reason", () => {
    expect(membershipChangeSchema.safeParse({ toStatus: "MEMBER", effectiveOn: "2023-03-01", reason: "Surat Apeksi" }).success).toBe(true);
    const bad = membershipChangeSchema.safeParse({ toStatus: "OWNER", effectiveOn: "2023-13-45", reason: "ok" });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["statusUnknown", "dateInvalid", "reasonRequired"]);
  });
});

describe("directoryFilterSchema", () => {
  it("drops unknown filter values instead of failing", () => {
    expect(directoryFilterSchema.parse({ region: "NOWHERE", membership: "MEMBER", province: "" })).toEqual({ membership: "MEMBER" });
  });
});
