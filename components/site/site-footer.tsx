import Link from "next/link";
import { siteTaxonomy } from "@/server/public-content";

export async function SiteFooter() {
  const { union, units } = await siteTaxonomy();
  return (
    <footer className="mt-12 bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 sm:grid-cols-2">
        <div>
          <p className="font-bold uppercase">{union?.name ?? "Bản tin Công đoàn"}</p>
          <p className="mt-2 text-sm leading-6 text-brand-100">
            Trang tin điện tử của tổ chức Công đoàn: tin hoạt động, gương điển hình và văn bản hướng dẫn cho đoàn viên, người lao động.
          </p>
        </div>
        <nav aria-label="Đơn vị">
          <p className="font-bold">Tin theo đơn vị</p>
          <ul className="mt-2 space-y-1 text-sm">
            {units.map((unit) => (
              <li key={unit.id}>
                <Link href={`/don-vi/${unit.slug}`} className="text-brand-100 underline-offset-2 hover:text-white hover:underline">
                  {unit.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
