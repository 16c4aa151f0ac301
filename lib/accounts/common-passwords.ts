// Passwords that appear at the top of public breach lists, plus obvious Indonesian and portal-specific
// choices. A short list on purpose: it blocks the guesses an attacker tries first.
const COMMON_PASSWORDS = new Set([
  "123456", "123456789", "12345678", "1234567890", "12345", "1234567", "password", "password1", "password123",
  "qwerty", "qwerty123", "qwertyuiop", "abc123", "111111", "000000", "123123", "654321", "666666", "888888",
  "iloveyou", "admin", "admin123", "administrator", "welcome", "welcome1", "letmein", "monkey", "dragon",
  "football", "baseball", "sunshine", "princess", "master", "superman", "batman", "trustno1", "passw0rd",
  "p@ssw0rd", "p@ssword", "1q2w3e4r", "1qaz2wsx", "zaq12wsx", "asdfghjkl", "asdfasdf", "qazwsx", "changeme",
  "default", "secret", "login", "starwars", "whatever", "access", "shadow", "michael", "jennifer", "computer",
  "internet", "samsung", "google", "facebook", "bismillah", "sayang", "sayangku", "rahasia", "rahasia123",
  "indonesia", "indonesia1", "indonesia45", "merdeka", "merdeka45", "merdeka1945", "garuda", "jakarta",
  "bandung", "surabaya", "semarang", "malang", "cintaku", "anakku", "doraemon", "kucing", "kucingku",
  "alhamdulillah", "katasandi", "katasandi123", "sandi123", "pokja", "pokja123", "pokja2023", "apeksi",
  "apeksi123", "apeksi2023", "inklusif", "inklusif123", "kotainklusif", "disabilitas", "pemkot", "pemkot123",
  "walikota", "diskominfo", "disnaker", "bappeda", "1234qwer", "qwer1234", "aaaaaa", "abcdef", "abcd1234",
  "password2023", "password2024", "password2025", "password2026", "12341234", "11111111", "00000000",
]);

export function isCommonPassword(password: string): boolean {
  const p = password.trim().toLowerCase();
  // "Password123!" and "password123" are the same guess.
  return COMMON_PASSWORDS.has(p) || COMMON_PASSWORDS.has(p.replace(/[^a-z0-9]+$/, "")) || /^(.)\1+$/.test(p);
}
