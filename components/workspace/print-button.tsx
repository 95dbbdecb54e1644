"use client";

import { Button } from "@/components/ui/button";

/** "In báo cáo": the browser's print dialog, on the page's own print layout (A4, page numbers). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
