// Outgoing email. Optional: without SMTP_URL the portal still works and shows links on screen.
import nodemailer, { type Transporter } from "nodemailer";

export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | null | undefined;

function getTransport(): Transporter | null {
  if (transport === undefined) {
    const url = process.env.SMTP_URL;
    transport = url ? nodemailer.createTransport(url) : null;
  }
  return transport;
}

export const mailConfigured = () => Boolean(process.env.SMTP_URL);

/** Sends the mail when SMTP is configured; reports whether it went. Never throws: mail is a courtesy. */
export async function sendMail(mail: Mail): Promise<boolean> {
  const t = getTransport();
  if (!t) return false;
  try {
    await t.sendMail({ from: process.env.SMTP_FROM ?? "Portal Pokja Kota Inklusif <no-reply@localhost>", ...mail });
    return true;
  } catch (error) {
    console.error(`mail: could not send to a recipient: ${(error as Error).message}`);
    return false;
  }
}

/** For tests that switch SMTP_URL at run time. */
export function resetMailTransport() {
  transport = undefined;
}
