// A small, correct one-page PDF (A4, 595 × 842 points), written as a PDF writer would, with its
// cross-reference table: the demo seed's documents and the tests' fixtures (tests/pdf-fixtures.ts).
// Text is set in the standard Helvetica, whose encoding has no Vietnamese tone marks: the demo
// writes its lines without them, which is enough for a sample file and its preview.

export type SimplePdfPage = {
  /** Fills the top half (0–1 each), as a band of colour the preview shows. */
  band: [number, number, number];
  /** Lines of ASCII text, top to bottom; the first one larger, as a title. */
  lines?: string[];
  /** A JavaScript action the file runs when a viewer opens it (tests: such a file is stored, never shown inline). */
  script?: string;
};

const escapePdfText = (text: string) => text.replace(/[^\x20-\x7e]/g, "?").replace(/([\\()])/g, "\\$1");

function pageContent({ band, lines = [] }: SimplePdfPage): string {
  const fill = `${band.join(" ")} rg 0 421 595 421 re f`;
  if (lines.length === 0) return fill;
  const text = lines.map((line, index) => `BT /F1 ${index === 0 ? 18 : 12} Tf 56 ${380 - index * 24} Td (${escapePdfText(line)}) Tj ET`);
  return [fill, "0 0 0 rg", ...text].join("\n");
}

/** A one-page PDF with a coloured band and, optionally, a few lines of text. */
export function simplePdf(page: SimplePdfPage): Buffer {
  const content = pageContent(page);
  const openAction = page.script === undefined ? "" : ` /OpenAction << /S /JavaScript /JS (${escapePdfText(page.script)}) >>`;
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R${openAction} >>`,
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}
