import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { expectAccessible, PHONE } from '../fixtures.ts';
import { BookingPage } from '../pages/booking-page.ts';
import { GuidePage } from '../pages/guide-page.ts';
import { HomePage } from '../pages/home-page.ts';
import { ManagePage } from '../pages/manage-page.ts';
import { PreEntryPage } from '../pages/pre-entry-page.ts';

// A resident on a small Android phone, in Japanese, who has just moved to the city.
test.use({ viewport: PHONE, locale: 'ja-JP' });

const MOVING_IN_ANSWERS: [RegExp, string][] = [
  [/^国外から引っ越してきましたか/, 'いいえ'],
  [/^引っ越してきた方は全員、勤務先の健康保険/, 'いいえ'],
  [/^65歳以上の方がいますか/, 'いいえ'],
  [/^20歳以上60歳未満で/, 'いいえ'],
  [/^高校生年代まで/, 'いいえ'],
  [/^さくら台市で印鑑登録をしますか/, 'はい'],
  [/^運転免許証の住所変更をしますか/, 'いいえ'],
];

test('the guide finds the moving-in procedures; the resident pre-enters them once, books with them attached, and gets the PDF', async ({
  page,
}, testInfo) => {
  // The whole journey from the home page to the PDF, with an accessibility scan on each screen.
  test.setTimeout(180_000);
  const home = new HomePage(page);
  await home.goto();
  const guide = new GuidePage(page);
  await guide.openFromHome();
  await expectAccessible(page);

  await guide.chooseEvent('引越し（市外から）');
  await expectAccessible(page);
  // Follow-up questions appear only once the question they hang off is answered.
  await expect(guide.question(/^児童手当を受ける方/)).toHaveCount(0);
  await guide.answer(/^高校生年代まで/, 'はい');
  await expect(guide.question(/^児童手当を受ける方/)).toBeVisible();
  for (const [question, answer] of MOVING_IN_ANSWERS) await guide.answer(question, answer);
  await expect(guide.question(/^児童手当を受ける方/)).toHaveCount(0);
  await expect(guide.procedures).toHaveText(['転入届', '国民健康保険の加入・脱退', '印鑑登録']);
  const result = page.getByRole('region', { name: '必要な手続き' });
  await expect(result).toContainText('住民異動（転入・転出・転居）');
  await expect(result).toContainText('持ち物（まとめて確認）');
  await expect(result.getByRole('link', { name: 'この手続きの予約をする' })).toHaveAttribute(
    'href',
    '/book?office=main&service=main-juminido',
  );
  await expectAccessible(page);

  // Step 1: the person, once.
  await guide.preEnter();
  const form = new PreEntryPage(page);
  await expect(form.heading).toContainText('あなたの情報');
  await expect(form.heading).toContainText('ステップ 1/5');
  await expectAccessible(page);
  await form.field('氏名').fill('山田 太郎');
  await form.field('フリガナ').fill('やまだ たろう');
  await form.field('フリガナ').blur();
  await expect(form.field('フリガナ')).toHaveValue('ヤマダ タロウ');
  const birthDate = await form.fillDate('生年月日', {
    era: '昭和（1926〜1989）',
    year: 60,
    month: 4,
    day: 1,
  });
  await expect(birthDate).toContainText('昭和60年4月1日（1985年）');
  await form.lookUpAddress('1000001');
  await expect(form.field('住所')).toHaveValue('東京都千代田区千代田');
  await expect(form.field('住所')).toBeFocused();
  await page.keyboard.type('1-1-1 さくらハイツ101');
  await form.field('電話番号').fill('090-1234-5678');
  await expectAccessible(page);
  await form.next('転入届');

  // Step 2: 転入届. Sending it empty lists what is missing, tied to each field.
  await page.getByRole('button', { name: '次へ進む' }).click();
  const summary = page.getByRole('alert').filter({ hasText: '入力内容を確認してください' });
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole('link', { name: '「異動日（住み始めた日）」を入力してください' }),
  ).toBeVisible();
  await expect(form.field('世帯主の氏名')).toHaveAccessibleDescription(/「世帯主の氏名」を入力してください/);
  await expectAccessible(page);

  await form.fillDate('異動日', { year: 2026, month: 4, day: 1 });
  await form.choose('転入前の住所', '国内（他の市区町村）');
  // Answered "domestic": the question about the moving-out certificate follows.
  await form.choose('前の市区町村での転出の届出', '転出証明書を持参する');
  const newAddress = form.section('新しい住所');
  await form.field('郵便番号', newAddress).fill('123-4567');
  await form.field('住所', newAddress).fill('さくら台市中央1-2-3');
  await form.choose('新しい住所での世帯', '新しく世帯をつくる', newAddress);
  await form.field('世帯主の氏名', newAddress).fill('山田 太郎');
  await form.field('住所', form.section('転入前の住所')).fill('東京都千代田区千代田1-1-1');
  // The person typed once becomes the first household member.
  await page.getByRole('button', { name: '＋ 自分を追加する' }).click();
  const me = form.group('異動する人（1）');
  await expect(form.field('氏名', me)).toHaveValue('山田 太郎');
  await expect(form.field('フリガナ', me)).toHaveValue('ヤマダ タロウ');
  await expect(me).toContainText('昭和60年4月1日（1985年）');
  await form.choose('性別', '男', me);
  await form.select('続柄', '世帯主', me);
  await form.choose('国籍', '日本', me);
  await form.choose('届出人と異動者の関係', '本人（異動する人）');
  // The person's own fields are shown, not asked again.
  await expect(form.section('届出人')).toContainText('（共通の入力から）');
  await expectAccessible(page);
  await form.next('国民健康保険の加入・脱退');

  // Step 3: 国民健康保険.
  await form.choose('届出の種類', '資格取得（加入）');
  await form.select('加入の理由', '転入');
  await form.fillDate('資格取得日・喪失日', { year: 2026, month: 4, day: 1 });
  await page.getByRole('button', { name: '＋ 自分を追加する' }).click();
  const insured = form.group('対象となる方（1）');
  await form.choose('性別', '男', insured);
  await form.select('続柄', '世帯主', insured);
  await form.choose('届出人', '世帯主');
  await expectAccessible(page);
  await form.next('印鑑登録');

  // Step 4: 印鑑登録.
  await form.choose('申請の種類', '新規登録');
  await form.choose('本人確認の方法', '顔写真付きの本人確認書類（即日登録）');
  await form.choose('窓口に来る方', '本人');
  await form.next('入力内容の確認');

  // Step 5: the review, per procedure, then send.
  const main = page.getByRole('main');
  await expect(main).toContainText('山田 太郎');
  await expect(main).toContainText('昭和60年4月1日（1985年）');
  await expect(main).toContainText('東京都千代田区千代田1-1-1 さくらハイツ101');
  await expect(page.getByRole('region', { name: '転入届' })).toContainText('さくら台市中央1-2-3');
  await expectAccessible(page);
  await form.submit();
  await expect(form.draftCode).toBeVisible();
  await expect(page.getByRole('img', { name: /QRコード/ })).toBeVisible();
  await expect(main).toContainText(/\d{4}年\d{1,2}月\d{1,2}日\(.\) \d{1,2}:\d{2}まで有効/);
  const draftCode = (await form.draftCode.textContent()) ?? '';
  await expectAccessible(page);

  // Book a visit: the booking flow opens at the calendar, the name already filled in.
  await page.getByRole('button', { name: '予約する', exact: true }).click();
  const booking = new BookingPage(page, 'ja');
  await expect(booking.heading).toContainText('日時を選んでください');
  await expect(main).toContainText('住民異動（転入・転出・転居）');
  await booking.pickFirstDayWithRoom();
  await booking.pickFirstTimeWithSeats();
  await booking.expectDetailsStep();
  await expect(booking.field('name')).toHaveValue('山田 太郎');
  await expect(booking.field('nameKana')).toHaveValue('ヤマダ タロウ');
  await booking.field('email').fill('taro@example.jp');
  await booking.continueToReview();
  await expect(main).toContainText(`事前入力（番号 ${draftCode}）を添付します`);
  await booking.confirm();
  const confirmation = new ManagePage(page);
  await confirmation.expectConfirmed();
  await expect(page.getByRole('status').filter({ hasText: '事前入力を添付しました' })).toBeVisible();
  const reservationCode = (await confirmation.code.textContent()) ?? '';
  await expectAccessible(page);

  // Back on the pre-entry: attached to the booking.
  await page.getByRole('link', { name: `事前入力 ${draftCode} を見る` }).click();
  await expect(form.heading).toHaveText('事前入力の内容');
  await expect(page.getByRole('region', { name: '来庁の予約' })).toContainText(
    `の予約（${reservationCode}）に添付しています`,
  );
  await expectAccessible(page);

  // The PDF carries what was typed once, on the forms that need it.
  const pdfPath = testInfo.outputPath('application.pdf');
  await form.downloadPdf(pdfPath);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/[\s\u3000]+/g, '');
  expect(text).toContain('山田太郎');
  expect(text).toContain('東京都千代田区千代田1-1-1さくらハイツ101');
  expect(text).toContain('昭和60年4月1日');
  expect(text).toContain('さくら台市中央1-2-3');
});

test('a pre-entry saved half-way opens again from its link on another device', async ({ page, browser }) => {
  await page.goto('/pre-entry?procedures=inkan_toroku');
  const form = new PreEntryPage(page);
  await expect(form.heading).toContainText('あなたの情報');
  await form.field('氏名').fill('佐藤 花子');
  await form.field('フリガナ').fill('さとう はなこ');
  await form.fillDate('生年月日', { year: 1990, month: 12, day: 24 });
  await expect(form.group('生年月日')).toContainText('1990年12月24日（平成2年）');
  const link = await form.saveForLater();
  expect(link).toMatch(/\/pre-entry\/[2-9A-Z]{4}-[2-9A-Z]{4}#t=[\w-]{20,}$/);
  await expectAccessible(page);

  const elsewhere = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
  const other = await elsewhere.newPage();
  await other.goto(link);
  const again = new PreEntryPage(other);
  await expect(again.heading).toHaveText('入力の途中です');
  await expectAccessible(other);
  await other.getByRole('button', { name: '続きを入力する' }).click();
  // What is missing is pointed out at once; what was typed is there.
  await expect(again.heading).toContainText('あなたの情報');
  await expect(again.field('氏名')).toHaveValue('佐藤 花子');
  await expect(again.field('フリガナ')).toHaveValue('サトウ ハナコ');
  await expect(again.group('生年月日')).toContainText('平成2年12月24日（1990年）');
  await expect(other.getByRole('alert').filter({ hasText: '入力内容を確認してください' })).toContainText(
    '「郵便番号」を入力してください',
  );
  await elsewhere.close();
});
