import { notFound } from "next/navigation";
import { Suspense } from "react";
import { NotFoundContent } from "./not-found-content";
import { NotFoundSignalBoundary } from "./not-found-signal-boundary";

async function NotFoundSignal(): Promise<null> {
  notFound();
}

/**
 * What a public page renders for a slug that leads nowhere, in place of calling notFound() itself.
 * A notFound() thrown by the page leaves Next 16 with no HTML to send (an empty body that only
 * JavaScript fills in). Thrown inside a Suspense boundary, it still makes the answer a 404, while
 * the content around it, rendered on the server, stays in the HTML; in the browser the signal's own
 * error boundary keeps it there, so no not-found boundary of the site has to draw it again.
 */
export function NotFoundPage() {
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <NotFoundSignalBoundary>
          <NotFoundSignal />
        </NotFoundSignalBoundary>
      </Suspense>
    </>
  );
}
