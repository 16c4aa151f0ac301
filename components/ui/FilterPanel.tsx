import Link from "next/link";

type Props = {
  id: string;
  title: string;
  applyLabel: string;
  resetLabel: string;
  /** The page itself, without filters: the reset link and the form's target. */
  path: string;
  /** Tailwind grid columns for the fields, e.g. "sm:grid-cols-3". */
  columns?: string;
  children: React.ReactNode;
};

/** A GET form of filters above a list: works without JavaScript, and the URL can be shared. */
export function FilterPanel({ id, title, applyLabel, resetLabel, path, columns = "sm:grid-cols-2 lg:grid-cols-4", children }: Props) {
  return (
    <form method="get" action={path} className="mb-6 rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4" aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-xl">{title}</h2>
      <div className={`grid gap-x-4 ${columns}`}>{children}</div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn">{applyLabel}</button>
        <Link href={path}>{resetLabel}</Link>
      </div>
    </form>
  );
}
