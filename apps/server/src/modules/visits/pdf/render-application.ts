import type { Answers, Person, Procedure } from '@kakanai/contracts';
import { formatWareki, localDateOf, localTimeOf } from '@kakanai/domain';
import { PDFDocument } from 'pdf-lib';
import { embedFormFonts } from './fonts.ts';
import {
  drawBlocks,
  drawFooter,
  drawHeader,
  drawSignatureBox,
  type FormHeader,
  type Painter,
  SIGNATURE_SPACE,
  type SignatureMark,
} from './form-drawing.ts';
import { BODY_HEIGHT, layoutForm, PAGE, paginate } from './form-layout.ts';
import { TextMeasurer } from './text-layout.ts';

// ApplicationInput carries no time zone, and every office is in Japan: dates on the form are
// Japanese dates whatever the server's TZ.
const FORM_TIME_ZONE = 'Asia/Tokyo';

export interface ApplicationInput {
  procedures: Procedure[]; // in order; one form each, combined into one PDF
  person: Person;
  answers: Answers;
  office: { name: { ja: string; en: string }; address?: { ja: string; en: string } };
  issuedAt: Date; // printed as the 届出日/申請日 in 和暦
  reference?: string; // draft or application code, printed small in the footer
  signature?: { png: Uint8Array; signedAt: Date; hash?: string }; // placed in the 署名 box of each form
}

/** The office as the forms' footer names it, from the catalog's office row. */
export function officeOnForm(office: {
  nameJa: string;
  nameEn: string;
  addressJa: string;
  addressEn: string;
}) {
  return {
    name: { ja: office.nameJa, en: office.nameEn },
    address: { ja: office.addressJa, en: office.addressEn },
  };
}

/** One A4 PDF with every procedure's form, in Japanese as on the official forms. */
export async function renderApplicationPdf(input: ApplicationInput): Promise<Uint8Array> {
  if (input.procedures.length === 0) throw new RangeError('An application has at least one procedure');
  const doc = await PDFDocument.create();
  // Metadata names the forms only: a PDF's properties are shown and indexed where its pages aren't.
  doc.setTitle(input.procedures.map((procedure) => procedure.definition.title.ja).join('・'));
  doc.setLanguage('ja-JP');
  doc.setCreator('Kakanai');
  doc.setProducer('Kakanai');
  doc.setCreationDate(input.issuedAt);
  doc.setModificationDate(input.issuedAt);

  const fonts = await embedFormFonts(doc);
  const measurer = new TextMeasurer(fonts);
  const signature = await signatureMark(doc, input.signature);
  const issuedOn = formatWareki(localDateOf(input.issuedAt, FORM_TIME_ZONE));

  for (const procedure of input.procedures) {
    const { definition } = procedure;
    const blocks = layoutForm(measurer, {
      definition,
      person: input.person,
      answers: input.answers[procedure.id] ?? {},
    });
    const pages = paginate(blocks);
    const lastPage = pages.at(-1) ?? [];
    const lastBlock = lastPage.at(-1);
    const used = lastBlock ? lastBlock.top + lastBlock.block.height : 0;
    // The 署名 box sits at the foot of the form's last page, alone on a new page if the table is in the way.
    if (BODY_HEIGHT - used < SIGNATURE_SPACE) pages.push([]);
    const header: Omit<FormHeader, 'continued'> = {
      title: definition.title.ja,
      fee: procedure.fee.yen > 0 ? feeText(procedure.fee) : undefined,
      addressee: definition.addressee?.ja,
      dateLabel: dateLabel(definition.title.ja),
      date: issuedOn,
    };
    pages.forEach((placed, index) => {
      const painter: Painter = { page: doc.addPage([PAGE.width, PAGE.height]), fonts, measurer };
      drawHeader(painter, { ...header, continued: index > 0 });
      drawBlocks(painter, placed);
      if (index === pages.length - 1) drawSignatureBox(painter, declaration(definition.title.ja), signature);
    });
  }

  const office = [input.office.name.ja, input.office.address?.ja].filter(Boolean).join('　');
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    drawFooter(
      { page, fonts, measurer },
      { office, reference: input.reference, pageNumber: index + 1, pageCount: pages.length },
    );
  });
  return doc.save();
}

async function signatureMark(
  doc: PDFDocument,
  signature: ApplicationInput['signature'],
): Promise<SignatureMark> {
  if (!signature) return { lines: [] };
  const signedOn = localDateOf(signature.signedAt, FORM_TIME_ZONE);
  const lines = [`署名日時 ${formatWareki(signedOn)} ${localTimeOf(signature.signedAt, FORM_TIME_ZONE)}`];
  if (signature.hash) lines.push(`ハッシュ値 ${signature.hash}`);
  // Embedded once; every form's box shows the same image object.
  return { image: await doc.embedPng(signature.png), lines };
}

/** 届 (notification) forms are dated 届出日, 請求書 請求日, everything else 申請日. */
function dateLabel(title: string): string {
  if (title.includes('届')) return '届出日';
  if (title.includes('請求')) return '請求日';
  return '申請日';
}

/** The sentence above the signature, in the form's own verb. */
function declaration(title: string): string {
  if (title.includes('届')) return '上記のとおり届け出ます。';
  if (title.includes('請求')) return '上記のとおり請求します。';
  return '上記のとおり申請します。';
}

function feeText(fee: Procedure['fee']): string {
  const amount = `手数料 ${fee.yen.toLocaleString('ja-JP')}円`;
  return fee.note ? `${amount}（${fee.note.ja}）` : amount;
}
