import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { mailConfigured, resetMailTransport, sendMail } from "@/lib/mail/mailer.server";

// A real SMTP server on loopback receives what the portal sends.
describe("mailer", () => {
  const received: string[] = [];
  let server: SMTPServer;
  let port = 0;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        let data = "";
        stream.on("data", (chunk: Buffer) => (data += chunk.toString()));
        stream.on("end", () => {
          received.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends nothing and says so when SMTP is not configured", async () => {
    delete process.env.SMTP_URL;
    resetMailTransport();
    expect(mailConfigured()).toBe(false);
    expect(await sendMail({ to: "a@kota.go.id", subject: "x", text: "y" })).toBe(false);
  });

  it("delivers through the configured SMTP server", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}?ignoreTLS=true`;
    resetMailTransport();
    expect(await sendMail({ to: "delegasi@metrokota.go.id", subject: "Undangan", text: "Buka tautan: http://x/invitation/abc" })).toBe(true);
    expect(received.at(-1)).toContain("To: delegasi@metrokota.go.id");
    expect(received.at(-1)).toContain("http://x/invitation/abc");
  });

  it("reports a failure instead of throwing when the server is down", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9?ignoreTLS=true&connectionTimeout=2000";
    resetMailTransport();
    expect(await sendMail({ to: "a@kota.go.id", subject: "x", text: "y" })).toBe(false);
    delete process.env.SMTP_URL;
    resetMailTransport();
  });
});
