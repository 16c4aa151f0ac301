import type { FieldDiff } from "@/lib/proposals/diff";

/** Removed words struck through, added words underlined and highlighted, each also named for screen readers. */
export function VersionDiff({ diffs, labels, fieldLabel }: { diffs: FieldDiff[]; labels: { added: string; removed: string }; fieldLabel: (f: string) => string }) {
  return (
    <dl className="space-y-4">
      {diffs.map((d) => (
        <div key={d.field}>
          <dt className="font-semibold">{fieldLabel(d.field)}</dt>
          <dd className="whitespace-pre-wrap break-words rounded border border-[var(--color-line)] p-3">
            {d.parts.map((p, i) =>
              p.kind === "same" ? (
                <span key={i}>{p.text}</span>
              ) : p.kind === "added" ? (
                <ins key={i} className="bg-[var(--color-success-soft)] text-[var(--color-success)] underline decoration-2">
                  <span className="sr-only">[{labels.added}: </span>{p.text}<span className="sr-only">]</span>
                </ins>
              ) : (
                <del key={i} className="bg-[var(--color-danger-soft)] text-[var(--color-danger)]">
                  <span className="sr-only">[{labels.removed}: </span>{p.text}<span className="sr-only">]</span>
                </del>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
