import { describe, expect, it } from "vitest";
import { withLanguage } from "@/lib/i18n/config";

describe("an address in a language", () => {
  it("carries ?lang= for English and nothing for Indonesian, replacing any earlier one", () => {
    expect(withLanguage("/agenda", "en")).toBe("/agenda?lang=en");
    expect(withLanguage("/agenda?page=2&lang=en", "id")).toBe("/agenda?page=2");
    expect(withLanguage("/search?q=tenaga+kerja&lang=id", "en")).toBe("/search?q=tenaga+kerja&lang=en");
    expect(withLanguage("/agenda/x#comment-1", "en")).toBe("/agenda/x?lang=en#comment-1");
  });
});
