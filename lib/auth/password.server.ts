// Password hashing with scrypt (memory-hard, built into Node). Stored as
// scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64> so the cost can be raised later without a migration.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

const LOG2_N = 15; // 32 MiB per hash: slow for an attacker, ~60 ms here
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const maxmem = (logN: number, r: number) => 256 * 2 ** logN * r;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { N: 2 ** LOG2_N, r: R, p: P, maxmem: maxmem(LOG2_N, R) });
  return ["scrypt", LOG2_N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await scrypt(password.normalize("NFKC"), Buffer.from(salt, "base64"), expected.length, {
    N: 2 ** Number(logN), r: Number(r), p: Number(p), maxmem: maxmem(Number(logN), Number(r)),
  });
  return timingSafeEqual(key, expected);
}

/** A hash of a random password, verified against when an email is unknown, so timing does not tell. */
let decoyHash: Promise<string> | undefined;
export const decoyPasswordHash = () => (decoyHash ??= hashPassword(randomBytes(16).toString("hex")));
