/**
 * The message key a `?saved=` value names, from an explicit map: keys are never built from the URL,
 * so the compiler checks each one exists (lib/i18n/app-config.d.ts) and an unknown value shows nothing.
 */
export function noticeKey<M extends Record<string, string>>(map: M, saved: string | undefined): M[keyof M] | null {
  return saved !== undefined && Object.hasOwn(map, saved) ? map[saved as keyof M] : null;
}
