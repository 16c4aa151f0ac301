import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsFromList } from "@/lib/accounts/bulk";
import { checkRows, inviteMany, rowsFromWorkbook } from "@/lib/accounts/bulk.server";
import { DomainError } from "@/lib/errors";
import { ForbiddenError } from "@/lib/policy/policy";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, delegateFor, type TestActor } from "../../support/actors";

const context = { origin: "https://pokja.example", locale: "id" };

describe(`inviting many delegates at once (${provider})`, () => {
  let t: TestDb;
  let secretariat: TestActor;

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    secretariat = await actorFor(t.db, "sekretariat@pokja.example");
  });
  afterAll(() => t.drop());

  it("reads a pasted list with tabs, semicolons or commas, skipping a header and blank lines", () => {
    expect(rowsFromList("Email;Kota\n\nbudi@ternate.go.id; Ternate\nsiti@palu.go.id\tKota Palu\nani@bitung.go.id, Bitung")).toEqual([
      { line: 3, email: "budi@ternate.go.id", city: "Ternate" },
      { line: 4, email: "siti@palu.go.id", city: "Kota Palu" },
      { line: 5, email: "ani@bitung.go.id", city: "Bitung" },
    ]);
  });

  it("says what is wrong with each row, without writing anything", async () => {
    const checked = await checkRows(t.db, rowsFromList([
      "budi@ternate.go.id; Ternate", "bukan-email; Palu", "siti@palu.go.id;", "ani@x.go.id; Gotham",
      "delegasi.metro@pokja.example; Metro", "budi@ternate.go.id; Ternate", "RINA@Palu.go.id; kota palu",
    ].join("\n")));
    expect(checked.map((r) => r.error)).toEqual([null, "emailInvalid", "cityMissing", "cityUnknown", "emailTaken", "duplicate", null]);
    expect(checked[6]).toMatchObject({ email: "rina@palu.go.id", city: "Palu" });
    expect(await t.db.invitation.count()).toBe(0);
  });

  it("sends all the invitations in one go, or none when any row is wrong", async () => {
    const bad = rowsFromList("a@ternate.go.id; Ternate\nb@x.go.id; Gotham");
    const error = await inviteMany(t.db, secretariat, bad, context).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe("bulkHasErrors");
    expect(await t.db.invitation.count()).toBe(0);
    const sent = await inviteMany(t.db, secretariat, rowsFromList("a@ternate.go.id; Ternate\nb@bitung.go.id; Bitung"), context);
    expect(sent.map((s) => [s.email, s.city])).toEqual([["a@ternate.go.id", "Ternate"], ["b@bitung.go.id", "Bitung"]]);
    expect(sent[0].link).toMatch(/^https:\/\/pokja\.example\/invitation\/[A-Za-z0-9_-]{20,}$/);
    const stored = await t.db.invitation.findMany({ include: { city: true } });
    expect(stored.map((i) => [i.email, i.role, i.city?.slug]).sort()).toEqual([["a@ternate.go.id", "DELEGATE", "ternate"], ["b@bitung.go.id", "DELEGATE", "bitung"]]);
    expect(await t.db.auditEvent.count({ where: { action: "user.invite" } })).toBe(2);
  });

  it("refuses a delegate, and reads an Excel file by its content, not its name", async () => {
    const delegate = await delegateFor(t.db, "delegasi.metro@pokja.example");
    expect(await inviteMany(t.db, delegate, rowsFromList("c@palu.go.id; Palu"), context).catch((e: unknown) => e)).toBeInstanceOf(ForbiddenError);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Delegasi");
    sheet.addRow(["Email", "Kota"]);
    sheet.addRow(["c@palu.go.id", "Palu"]);
    sheet.addRow(["d@batu.go.id", "Kota Batu"]);
    const bytes = await book.xlsx.writeBuffer();
    const rows = await rowsFromWorkbook(new File([bytes], "delegasi.xlsx"));
    expect(rows).toEqual([{ line: 2, email: "c@palu.go.id", city: "Palu" }, { line: 3, email: "d@batu.go.id", city: "Kota Batu" }]);
    const fake = await rowsFromWorkbook(new File(["email,kota\nc@palu.go.id,Palu"], "delegasi.xlsx")).catch((e: unknown) => e);
    expect((fake as DomainError).code).toBe("bulkFileType");
  });
});
