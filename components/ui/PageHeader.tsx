import Link from "next/link";

type Action = { href: string; label: string };

export function PageHeader({ title, lead, actions = [] }: { title: string; lead?: string; actions?: Action[] }) {
  return (
    <div className="mb-8 flex flex-wrap items-start justify-between gap-4">
      <div className="max-w-3xl">
        <h1 className="mb-2 text-3xl">{title}</h1>
        {lead && <p className="text-lg">{lead}</p>}
      </div>
      {actions.length > 0 && (
        <ul className="flex flex-wrap gap-3">
          {actions.map((a) => (
            <li key={a.href}>
              <Link href={a.href} className="btn btn-secondary">{a.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
