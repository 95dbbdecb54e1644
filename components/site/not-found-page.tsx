import { notFound } from "next/navigation";
import { Suspense } from "react";
import { NotFoundContent } from "./not-found-content";

async function NotFoundSignal(): Promise<null> {
  notFound();
}

/**
 * What a public page renders for a slug that leads nowhere, in place of calling notFound() itself.
 * A notFound() thrown by the page leaves Next 16 with no HTML to send (an empty body that only
 * JavaScript fills in). Thrown inside a Suspense boundary, it still makes the answer a 404, while
 * the content around it, rendered on the server, stays in the HTML. Once hydrated, the (site)
 * not-found boundary shows the same content (app/(site)/not-found.tsx).
 */
export function NotFoundPage() {
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <NotFoundSignal />
      </Suspense>
    </>
  );
}
