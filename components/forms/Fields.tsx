import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Base = { name: string; label: string; hint?: ReactNode; error?: string };

function describedBy(name: string, hint?: ReactNode, error?: string) {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Frame({ name, label, hint, error, children, labelFor = true }: Base & { children: ReactNode; labelFor?: boolean }) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-[var(--color-danger)] pl-3" : ""}`}>
      {labelFor && <label htmlFor={name} className="mb-1 block font-semibold">{label}</label>}
      {hint && <p id={`${name}-hint`} className="field-hint mb-1 text-sm">{hint}</p>}
      {error && <p id={`${name}-error`} className="field-error mb-1">{error}</p>}
      {children}
    </div>
  );
}

export function SelectField({
  name, label, hint, error, options, placeholder, ...select
}: Base & { options: { value: string; label: string }[]; placeholder?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">) {
  return (
    <Frame name={name} label={label} hint={hint} error={error}>
      <select id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, hint, error)} className="field-input" {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </Frame>
  );
}

export function TextareaField({
  name, label, hint, error, ...textarea
}: Base & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "maxLength">) {
  return (
    <Frame name={name} label={label} hint={hint} error={error}>
      <textarea id={name} name={name} rows={4} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, hint, error)} className="field-input" {...textarea} />
    </Frame>
  );
}

/** A group of checkboxes in a fieldset; the error summary links to its first box (id = name). */
export function CheckboxGroup({
  name, label, hint, error, options, selected,
}: Base & { options: { value: string; label: string; group?: string }[]; selected: readonly string[] }) {
  const chosen = new Set(selected);
  return (
    <fieldset
      className={`mb-5 ${error ? "border-l-4 border-[var(--color-danger)] pl-3" : ""}`}
      aria-describedby={describedBy(name, hint, error)}
    >
      <legend className="mb-1 font-semibold">{label}</legend>
      {hint && <p id={`${name}-hint`} className="field-hint mb-1 text-sm">{hint}</p>}
      {error && <p id={`${name}-error`} className="field-error mb-1">{error}</p>}
      <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((o, i) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              id={i === 0 ? name : `${name}-${o.value}`}
              name={name}
              value={o.value}
              defaultChecked={chosen.has(o.value)}
              className="h-6 w-6 accent-[var(--color-brand)]"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One choice from a few, as radio buttons in a fieldset; the error summary links to the first. */
export function RadioGroup({
  name, label, hint, error, options, selected,
}: Base & { options: { value: string; label: string }[]; selected?: string }) {
  return (
    <fieldset className={`mb-5 ${error ? "border-l-4 border-[var(--color-danger)] pl-3" : ""}`} aria-describedby={describedBy(name, hint, error)}>
      <legend className="mb-1 font-semibold">{label}</legend>
      {hint && <p id={`${name}-hint`} className="field-hint mb-1 text-sm">{hint}</p>}
      {error && <p id={`${name}-error`} className="field-error mb-1">{error}</p>}
      {options.map((o, i) => (
        <label key={o.value} className="flex min-h-11 items-center gap-2">
          <input type="radio" id={i === 0 ? name : `${name}-${o.value}`} name={name} value={o.value} defaultChecked={selected === o.value} className="h-6 w-6 accent-[var(--color-brand)]" />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** One yes/no box, e.g. a flag of a GET filter form: checked sends `value`, unchecked sends nothing. */
export function CheckboxField({ name, label, hint, value = "1", defaultChecked }: Omit<Base, "error"> & { value?: string; defaultChecked?: boolean }) {
  return (
    <div className="mb-5 sm:col-span-full">
      <label htmlFor={name} className="flex min-h-11 items-center gap-2 font-semibold">
        <input type="checkbox" id={name} name={name} value={value} defaultChecked={defaultChecked} aria-describedby={hint ? `${name}-hint` : undefined} className="h-6 w-6 accent-[var(--color-brand)]" />
        <span>{label}</span>
      </label>
      {hint && <p id={`${name}-hint`} className="field-hint text-sm">{hint}</p>}
    </div>
  );
}
