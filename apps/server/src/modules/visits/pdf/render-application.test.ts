import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { movingNotice, residenceCertificateRequest, sampleApplication } from './fixtures.ts';
import { pdfImageCount, pdfPageTexts } from './poppler.ts';
import { renderApplicationPdf } from './render-application.ts';

// The server test project runs with TZ=America/New_York: 2026-11-21T01:30Z is still the 20th
// there, but the form is dated in Japan.
const ISSUED_ON = '令和8年11月21日';

describe('renderApplicationPdf', () => {
  it('prints the person, furigana, address and 和暦 dates as text that reads back exactly', async () => {
    const pdf = await renderApplicationPdf(sampleApplication({ procedures: [movingNotice] }));
    const text = pdfPageTexts(pdf).join('\n');

    expect(text).toContain('住民異動届');
    expect(text).toContain('さくら台市長 様');
    expect(text).toContain('届出日');
    expect(text).toContain(ISSUED_ON);
    expect(text).toContain('山田 太郎');
    expect(text).toContain('ヤマダ タロウ');
    expect(text).toContain('さくら台市中央1-1-1');
    expect(text).toContain('昭和60年4月1日');
    expect(text).toContain('(1985)');
    expect(text).toContain('〒123-4567');
    expect(text).toContain('090-1234-5678');
  });

  it('shows every option of a choice with the chosen one marked, like a paper form', async () => {
    const text = pdfPageTexts(
      await renderApplicationPdf(sampleApplication({ procedures: [movingNotice] })),
    ).join();

    expect(text).toMatch(/□\s*本人\s*■\s*世帯全員\s*□\s*世帯の一部/);
    expect(text).toMatch(/■\s*転入\s*□\s*転居\s*□\s*転出/);
    expect(text).toMatch(/■\s*国民健康保険\s*■\s*児童手当\s*□\s*転校手続/);
    // A yes/no checkbox answered no.
    expect(text).toMatch(/印鑑登録あり\s*□\s*はい\s*■\s*いいえ/);
  });

  it('lists each person moving on a line of the group table, with furigana and 和暦', async () => {
    const text = pdfPageTexts(
      await renderApplicationPdf(sampleApplication({ procedures: [movingNotice] })),
    ).join();

    expect(text).toContain('山田 花子');
    expect(text).toContain('ヤマダ ハナコ');
    expect(text).toContain('昭和62年9月15日');
    expect(text).toContain('令和元年5月1日');
    expect(text).toContain('続柄');
  });

  it('leaves out a field its condition hides, answer and all', async () => {
    const text = pdfPageTexts(
      await renderApplicationPdf(sampleApplication({ procedures: [movingNotice] })),
    ).join();

    expect(text).not.toContain('大阪府大阪市北区梅田9-9-9');
    expect(text).not.toContain('転出先');
  });

  it('hides a group column per row when its condition reads that row', async () => {
    const [notifier, move, people, related] = movingNotice.definition.sections;
    const group = people!.fields[0]!;
    const school = {
      id: 'school',
      type: 'text' as const,
      label: { ja: '転校先の学校', en: 'New school' },
      visibleWhen: { field: 'relationship', equals: '子' },
    };
    const procedure = {
      ...movingNotice,
      definition: {
        ...movingNotice.definition,
        sections: [
          notifier!,
          move!,
          { ...people!, fields: [{ ...group, fields: [...group.fields!, school] }] },
          related!,
        ],
      },
    };
    const application = sampleApplication({ procedures: [procedure] });
    const members = [
      { name: '山田 花子', relationship: '妻', school: '花子が書いた学校名' },
      { name: '山田 一郎', relationship: '子', school: '第一小学校' },
    ];
    const text = pdfPageTexts(
      await renderApplicationPdf({
        ...application,
        answers: { ...application.answers, idou: { ...application.answers.idou, members } },
      }),
    ).join();

    expect(text).toContain('転校先の学校');
    expect(text).toContain('第一小学校');
    expect(text).not.toContain('花子が書いた学校名');
  });

  it('prints one form per procedure, each with the person on it, numbered across the file', async () => {
    const pdf = await renderApplicationPdf(sampleApplication());
    const pages = pdfPageTexts(pdf);

    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(2);
    expect(pages).toHaveLength((await PDFDocument.load(pdf)).getPageCount());
    for (const procedure of [movingNotice, residenceCertificateRequest]) {
      const form = pages.filter((page) => page.includes(procedure.definition.title.ja));
      expect(form.length).toBeGreaterThanOrEqual(1);
      expect(form.join()).toContain('山田 太郎');
      expect(form.join()).toContain('さくら台市中央1-1-1');
    }
    const certificate = pages.find((page) => page.includes('住民票の写し等交付申請書'));
    expect(certificate).toContain('申請日');
    expect(certificate).toContain('手数料 300円');
    pages.forEach((page, index) => {
      expect(page).toContain(`p. ${index + 1} / ${pages.length}`);
      expect(page).toContain('整理番号 K7Q4-M2XD');
      expect(page).toContain('さくら台市役所 本庁舎 市民課');
    });
  });

  it('continues a form that overflows on a new page under the same header', async () => {
    const members = Array.from({ length: 30 }, (_, i) => ({
      name: `山田 ${i + 1}郎`,
      nameKana: 'ヤマダ',
      birthDate: '2000-01-01',
      sex: 'male',
      relationship: '子',
    }));
    const application = sampleApplication({ procedures: [movingNotice] });
    const pdf = await renderApplicationPdf({
      ...application,
      answers: { ...application.answers, idou: { ...application.answers.idou, members } },
    });
    const pages = pdfPageTexts(pdf);

    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[1]).toContain('住民異動届（続き）');
    expect(pages[1]).toContain(ISSUED_ON);
    expect(pages[1]).toContain('異動する人（続き）');
    expect(pages.join()).toContain('山田 30郎');
    expect(pages.at(-1)).toContain('上記のとおり届け出ます。');
  });

  it('wraps a long answer inside its cell and cuts one longer than half a page', async () => {
    const application = sampleApplication({ procedures: [movingNotice] });
    const notes = '転入前の住所で転出証明書を受け取りました。'.repeat(200);
    const pdf = await renderApplicationPdf({
      ...application,
      answers: { ...application.answers, idou: { ...application.answers.idou, notes } },
    });
    const text = pdfPageTexts(pdf).join();

    expect(text).toContain('転入前の住所で転出証明書を受け取りました。');
    expect(text).toContain('…');
    expect(text.split('転出証明書').length - 1).toBeLessThan(200);
  });

  it('places the signature in the 署名 box of every form, with when it was signed', async () => {
    const signature = { png: strokePng(), signedAt: new Date('2026-11-21T01:42:00Z'), hash: 'sha256:3f9a…' };
    const pdf = await renderApplicationPdf(sampleApplication({ signature }));
    const pages = pdfPageTexts(pdf);

    expect(pdfImageCount(pdf)).toBe(2);
    expect(pages.join()).toContain('署名日時 令和8年11月21日 10:42');
    expect(pdfImageCount(await renderApplicationPdf(sampleApplication()))).toBe(0);
  });
});

/** A small greyscale PNG of a diagonal stroke, made here so the test needs no image file. */
function strokePng(): Uint8Array {
  const width = 120;
  const height = 40;
  const rows = Buffer.alloc((width + 1) * height, 255);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0; // filter: none
    const x = Math.round((y / height) * width);
    for (let dx = 0; dx < 6 && x + dx < width; dx++) rows[y * (width + 1) + 1 + x + dx] = 0;
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
