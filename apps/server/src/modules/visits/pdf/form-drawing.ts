// Puts measured bands, the header, the signature box and the footer onto PDF pages: thin black
// rules, light grey label cells, black text — what a city hall's laser printer does well.
import { grayscale, type PDFImage, type PDFPage } from 'pdf-lib';
import type { FormFonts } from './fonts.ts';
import {
  BODY_HEIGHT,
  CELL_PADDING_X,
  type Cell,
  CONTENT_WIDTH,
  FOOTER_HEIGHT,
  type GroupFrame,
  HEADER_HEIGHT,
  PAGE,
  type PlacedBlock,
} from './form-layout.ts';
import { type Line, lineHeight, linesHeight, type TextMeasurer, type TextStyle } from './text-layout.ts';

const RULE_WIDTH = 0.5;
const INK = grayscale(0);
const SHADE = grayscale(0.9);
// CJK glyphs sit in roughly [-0.12, 0.88] em around the baseline: 0.38 em above it is their middle.
const GLYPH_MIDDLE = 0.38;

const LEFT = PAGE.marginX;
const RIGHT = PAGE.width - PAGE.marginX;
const BODY_TOP = PAGE.height - PAGE.marginTop - HEADER_HEIGHT;
const BODY_BOTTOM = BODY_TOP - BODY_HEIGHT;

export const SIGNATURE_BOX_HEIGHT = 66;
const SIGNATURE_GAP = 18;
/** Room the signature box needs under the table on a form's last page. */
export const SIGNATURE_SPACE = SIGNATURE_BOX_HEIGHT + SIGNATURE_GAP;

export interface Painter {
  page: PDFPage;
  fonts: FormFonts;
  measurer: TextMeasurer;
}

export interface FormHeader {
  title: string;
  continued: boolean;
  fee?: string;
  addressee?: string;
  dateLabel: string;
  date: string;
}

/** Title centred, fee under it, addressee top-left and the date top-right, as on the paper form. */
export function drawHeader(painter: Painter, header: FormHeader): void {
  const top = PAGE.height - PAGE.marginTop;
  const title: TextStyle = { weight: 'bold', size: 17 };
  const titleText = header.continued ? `${header.title}（続き）` : header.title;
  const titleWidth = painter.measurer.width(titleText, title);
  text(painter, titleText, (PAGE.width - titleWidth) / 2, top - 17, title);
  if (header.fee) {
    const style: TextStyle = { weight: 'regular', size: 8.5 };
    text(painter, header.fee, (PAGE.width - painter.measurer.width(header.fee, style)) / 2, top - 32, style);
  }
  const baseline = top - HEADER_HEIGHT + 12;
  if (header.addressee) text(painter, header.addressee, LEFT, baseline, { weight: 'regular', size: 11 });
  const label: TextStyle = { weight: 'regular', size: 8 };
  const date: TextStyle = { weight: 'regular', size: 10.5 };
  const dateWidth = painter.measurer.width(header.date, date);
  text(painter, header.date, RIGHT - dateWidth, baseline, date);
  const labelWidth = painter.measurer.width(header.dateLabel, label);
  text(painter, header.dateLabel, RIGHT - dateWidth - labelWidth - 6, baseline, label);
}

/** The table bands of one page, with each group's label cell drawn once down the group's rows. */
export function drawBlocks(painter: Painter, placed: readonly PlacedBlock[]): void {
  let frame: { group: GroupFrame; top: number; bottom: number } | undefined;
  const closeFrame = () => {
    if (frame) drawCell(painter, frame.group.label, frame.top, frame.top - frame.bottom);
    frame = undefined;
  };
  for (const { block, top } of placed) {
    const y = BODY_TOP - top;
    for (const cell of block.cells) drawCell(painter, cell, y, block.height);
    if (block.group !== frame?.group) closeFrame();
    if (block.group) frame = { group: block.group, top: frame?.top ?? y, bottom: y - block.height };
  }
  closeFrame();
}

export interface SignatureMark {
  image?: PDFImage;
  /** Small print under the image: when it was signed, the signature data's hash. */
  lines: string[];
}

/**
 * The declaration (上記のとおり届け出ます。), then a 署名 box with the signature image (empty for
 * a signature on paper) and a 受付 box for the office's stamp, at the foot of the page.
 */
export function drawSignatureBox(painter: Painter, declaration: string, signature: SignatureMark): void {
  const top = BODY_BOTTOM + SIGNATURE_BOX_HEIGHT;
  text(painter, declaration, LEFT, top + 6, { weight: 'regular', size: 9 });
  const height = SIGNATURE_BOX_HEIGHT;
  const labelWidth = 76;
  const stampLabelWidth = 30;
  const stampWidth = 84;
  const signatureWidth = CONTENT_WIDTH - labelWidth - stampLabelWidth - stampWidth;
  const label = (x: number, width: number, lines: string[]) =>
    drawCell(
      painter,
      {
        x,
        width,
        lines: lines.map((line) => painter.measurer.line(line, { weight: 'regular', size: 8 })),
        shaded: true,
        align: 'center',
      },
      top,
      height,
    );
  label(0, labelWidth, ['署名']);
  drawCell(
    painter,
    { x: labelWidth, width: signatureWidth, lines: [], shaded: false, align: 'left' },
    top,
    height,
  );
  label(labelWidth + signatureWidth, stampLabelWidth, ['受', '付']);
  drawCell(
    painter,
    { x: CONTENT_WIDTH - stampWidth, width: stampWidth, lines: [], shaded: false, align: 'left' },
    top,
    height,
  );

  const small: TextStyle = { weight: 'regular', size: 6 };
  const areaLeft = LEFT + labelWidth + CELL_PADDING_X;
  const areaWidth = signatureWidth - 2 * CELL_PADDING_X;
  const notesHeight = signature.lines.length * small.size * 1.3;
  signature.lines.forEach((line, index) => {
    const baseline = top - height + 3 + (signature.lines.length - 1 - index) * small.size * 1.3;
    text(painter, line, areaLeft, baseline + 1, small);
  });
  if (signature.image) {
    const room = { width: areaWidth, height: height - notesHeight - 8 };
    const scale = Math.min(room.width / signature.image.width, room.height / signature.image.height);
    const size = { width: signature.image.width * scale, height: signature.image.height * scale };
    painter.page.drawImage(signature.image, { x: areaLeft, y: top - 4 - size.height, ...size });
  }
}

export interface Footer {
  office: string;
  reference?: string;
  pageNumber: number;
  pageCount: number;
}

/** Office, reference code and page number under a hairline at the foot of every page. */
export function drawFooter(painter: Painter, footer: Footer): void {
  const style: TextStyle = { weight: 'regular', size: 7 };
  const baseline = PAGE.marginBottom + 2;
  const ruleY = PAGE.marginBottom + FOOTER_HEIGHT - 7;
  painter.page.drawLine({
    start: { x: LEFT, y: ruleY },
    end: { x: RIGHT, y: ruleY },
    thickness: RULE_WIDTH / 2,
    color: INK,
  });
  text(painter, footer.office, LEFT, baseline, style);
  if (footer.reference) {
    const reference = `整理番号 ${footer.reference}`;
    text(painter, reference, (PAGE.width - painter.measurer.width(reference, style)) / 2, baseline, style);
  }
  const pages = `p. ${footer.pageNumber} / ${footer.pageCount}`;
  text(painter, pages, RIGHT - painter.measurer.width(pages, style), baseline, style);
}

function drawCell(painter: Painter, cell: Cell, top: number, height: number): void {
  painter.page.drawRectangle({
    x: LEFT + cell.x,
    y: top - height,
    width: cell.width,
    height,
    borderWidth: RULE_WIDTH,
    borderColor: INK,
    ...(cell.shaded ? { color: SHADE } : {}),
  });
  let lineTop = top - (height - linesHeight(cell.lines)) / 2;
  for (const line of cell.lines) {
    const baseline = lineTop - lineHeight(line) / 2 - GLYPH_MIDDLE * line.size;
    const indent = cell.align === 'center' ? (cell.width - line.width) / 2 : CELL_PADDING_X;
    drawLine(painter, line, LEFT + cell.x + Math.max(CELL_PADDING_X / 2, indent), baseline);
    lineTop -= lineHeight(line);
  }
}

function drawLine(painter: Painter, line: Line, x: number, baseline: number): void {
  for (const run of line.runs) text(painter, run.text, x + run.x, baseline, run.style);
}

function text(painter: Painter, value: string, x: number, y: number, style: TextStyle): void {
  if (value === '') return;
  painter.page.drawText(value, { x, y, size: style.size, font: painter.fonts[style.weight], color: INK });
}
