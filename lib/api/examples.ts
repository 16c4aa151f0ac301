// Example answers for the documentation page and the OpenAPI document, built with the same labels as
// real answers (so they show what ?lang= changes) and checked against the schemas by the contract tests.
import { labelsFor } from "./labels";
import { API_BASE, type ApiLang, type CityBody } from "./schemas";

export function exampleCity(lang: ApiLang): CityBody {
  const l = labelsFor(lang);
  return {
    slug: "metro", name: "Metro", province: "Lampung",
    region: l.coded("region", "SUMATERA"), timeZone: l.coded("zone", "WIB"), membership: l.coded("membership", "MEMBER"),
    location: { latitude: -5.1131, longitude: 105.3067 },
    links: { self: `${API_BASE}/cities/metro`, html: "/cities/metro" },
  };
}
