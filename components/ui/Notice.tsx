/** A success or information banner; role=status so screen readers announce it politely. */
export function Notice({ children, tone = "success" }: { children: React.ReactNode; tone?: "success" | "info" }) {
  const colours = tone === "success" ? "border-[var(--color-success)] bg-[var(--color-success-soft)]" : "border-[var(--color-brand)] bg-[var(--color-brand-soft)]";
  return (
    <div role="status" className={`mb-6 border-l-8 p-4 ${colours}`}>
      {children}
    </div>
  );
}
