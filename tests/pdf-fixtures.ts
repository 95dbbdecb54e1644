// Real PDF files for tests: one page of A4 whose top half is filled with a colour, written by the
// same small writer as the demo seed's documents (seeds/simple-pdf.ts).
import { simplePdf } from "@/seeds/simple-pdf";

/** A one-page PDF; `rgb` fills the top half (0–1 each). */
export function onePagePdf(rgb: [number, number, number] = [1, 0, 0]): Buffer {
  return simplePdf({ band: rgb });
}

/** A one-page PDF that runs JavaScript when opened: accepted like any PDF, and only ever sent as an attachment. */
export function pdfWithScript(): Buffer {
  return simplePdf({ band: [0, 0, 1], script: "app.alert('Xin chao')" });
}
