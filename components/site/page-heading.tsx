/** The h1 of a listing page, in the portals' style: a red bar and capitals. */
export function PageHeading({ children, description }: { children: React.ReactNode; description?: string }) {
  return (
    <div className="mb-5">
      <h1 className="border-l-4 border-accent-700 pl-3 text-xl font-bold uppercase text-brand-900 sm:text-2xl">{children}</h1>
      {description && <p className="mt-2 pl-4 text-sm text-neutral-700">{description}</p>}
    </div>
  );
}
