import Link from "next/link";

type Props = { page: number; pages: number; href: (page: number) => string; labels: { previous: string; next: string; pageOf: string } };

export function Pagination({ page, pages, href, labels }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.pageOf} className="mt-4 flex flex-wrap items-center gap-4">
      {page > 1 && <Link href={href(page - 1)} rel="prev">{labels.previous}</Link>}
      <span aria-current="page">{labels.pageOf}</span>
      {page < pages && <Link href={href(page + 1)} rel="next">{labels.next}</Link>}
    </nav>
  );
}
