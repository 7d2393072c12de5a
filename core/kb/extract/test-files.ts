/** Real .docx and .pdf files built in the test (docx, pdf-lib), so extraction runs on the genuine formats. */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A Word document: `# title` heading then, per section, a level-2 heading and its paragraphs. */
export async function makeDocx(
  title: string,
  sections: Array<{ heading: string; paragraphs: string[] }>,
): Promise<Buffer> {
  const children = [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
    ...sections.flatMap((s) => [
      new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2 }),
      ...s.paragraphs.map((p) => new Paragraph(p)),
    ]),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A PDF with one page per entry, each line drawn as text. */
export async function makePdf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => {
      page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font });
    });
  }
  return pdf.save();
}
