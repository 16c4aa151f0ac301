const TONES = {
  success: "border-[var(--color-success)] bg-[var(--color-success-soft)]",
  info: "border-[var(--color-brand)] bg-[var(--color-brand-soft)]",
  warning: "border-[var(--color-warning)] bg-[var(--color-warning-soft)]",
} as const;

/**
 * A banner. Success and information follow an action, so they are role=status (announced politely);
 * a warning is part of the page's content and is read in its place.
 */
export function Notice({ children, tone = "success" }: { children: React.ReactNode; tone?: keyof typeof TONES }) {
  return (
    <div role={tone === "warning" ? undefined : "status"} className={`mb-6 border-l-8 p-4 ${TONES[tone]}`}>
      {children}
    </div>
  );
}
