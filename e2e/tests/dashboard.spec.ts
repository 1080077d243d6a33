import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DESKTOP, expectAccessible } from '../fixtures.ts';
import { ConsoleDashboardPage } from '../pages/console-dashboard-page.ts';
import { ConsoleLoginPage } from '../pages/console-login-page.ts';

const MANAGER = { username: 'manager', password: 'sakuradai-demo' };
const STAFF = { username: 'staff', password: 'sakuradai-demo' };
const HOURLY = '時間帯別の来庁者数と平均待ち時間';
const BY_SERVICE = '業務別の来庁者数と待ち時間';

test.use({ locale: 'ja-JP', viewport: DESKTOP });

// The demo database starts with months of simulated history, so the dashboard has something to say.
test('a manager narrows the dashboard to a week and a service, and downloads the visit records', async ({
  page,
}) => {
  const login = new ConsoleLoginPage(page);
  const dashboard = new ConsoleDashboardPage(page);

  await dashboard.goto();
  await login.signIn(MANAGER.username, MANAGER.password);
  await expect(dashboard.heading).toBeVisible();
  await expect(dashboard.navLink).toHaveAttribute('aria-current', 'page');

  // The last 30 days, all services: the default view.
  await expect(dashboard.rangeButton('直近30日')).toHaveAttribute('aria-pressed', 'true');
  const visits = dashboard.figure('来庁者数');
  await expect(visits).toContainText(/[1-9]/);
  await expect(dashboard.chartSummary(HOURLY)).toContainText('最も多いのは');
  const monthVisits = (await visits.textContent()) ?? '';
  const monthHourly = (await dashboard.chartSummary(HOURLY).textContent()) ?? '';
  await expectAccessible(page);

  // A week: fewer visits, and the charts say something else.
  await dashboard.pickRange('直近7日');
  await expect(page).toHaveURL(/range=last7/);
  await expect(dashboard.rangeButton('直近7日')).toHaveAttribute('aria-pressed', 'true');
  await dashboard.settled();
  await expect(visits).not.toHaveText(monthVisits);
  await expect(dashboard.chartSummary(HOURLY)).not.toHaveText(monthHourly);
  const weekVisits = (await visits.textContent()) ?? '';

  // One service: its visits only, and the per-service chart has only that service.
  await dashboard.pickService('証明書発行');
  await expect(page).toHaveURL(/service=main-shomei/);
  await dashboard.settled();
  await expect(visits).not.toHaveText(weekVisits);
  await expect(dashboard.chartSummary(BY_SERVICE)).toContainText('最も多いのは証明書発行');
  await expect(dashboard.chart(BY_SERVICE).getByRole('row')).toHaveCount(2);

  // The view lives in the URL: a reload shows the same week and service.
  await page.reload();
  await expect(dashboard.service).toHaveValue('main-shomei');
  await expect(dashboard.rangeButton('直近7日')).toHaveAttribute('aria-pressed', 'true');

  // Tables sort with the buttons in their header cells.
  await dashboard.pickService('すべての業務');
  await dashboard.settled();
  const byService = dashboard.table('業務別の集計');
  const meanWait = byService.getByRole('columnheader', { name: '平均待ち' });
  await expect(byService.getByRole('columnheader', { name: '来庁者数' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await meanWait.getByRole('button').click();
  await expect(meanWait).toHaveAttribute('aria-sort', 'descending');
  await meanWait.getByRole('button').click();
  await expect(meanWait).toHaveAttribute('aria-sort', 'ascending');

  // The visit records of the filters, as Excel opens them: UTF-8 with a BOM, the agreed columns.
  await dashboard.pickService('証明書発行');
  await dashboard.settled();
  const download = await dashboard.download(dashboard.exportTickets);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFFticket_id,office_id,service_id,business_day,source,issued_at,')).toBe(true);
  const rows = csv.trim().split(/\r?\n/).slice(1);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.some((row) => row.split(',')[2] === 'main-shomei')).toBe(true);

  const figures = await dashboard.download(dashboard.exportFigures);
  expect((await readFile(await figures.path(), 'utf8')).startsWith('\uFEFF')).toBe(true);
});

test('the forecast names the peaks it applied and the calculator answers what-ifs', async ({ page }) => {
  const login = new ConsoleLoginPage(page);
  const dashboard = new ConsoleDashboardPage(page);

  // 2 April: the height of the moving season, on a weekday in any year the suite might run.
  const year = new Date().getFullYear() + 1;
  const weekday = [1, 2, 3, 4, 5]
    .map((d) => `${year}-04-0${d}`)
    .find((d) => {
      const day = new Date(`${d}T00:00:00Z`).getUTCDay();
      return day >= 1 && day <= 5;
    })!;
  await dashboard.goto(`?day=${weekday}`);
  await login.signIn(MANAGER.username, MANAGER.password);
  await expect(dashboard.forecastDate).toHaveValue(weekday);
  await expect(page.getByText(/繁忙要因：.*引越しシーズン/)).toBeVisible();
  await expect(dashboard.chart(/の来庁見込みと必要な窓口数/)).toContainText(/窓口/);

  // An overloaded counter: no number of windows keeps up, and the page says so.
  await page.getByLabel('1時間あたりの来庁者数').fill('10000');
  await page.getByLabel('平均対応時間').fill('60');
  await dashboard.calculate.click();
  await expect(page.getByText('待ち行列が伸び続けます', { exact: true })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('窓口を開けても待ち行列が伸び続けます');

  // An ordinary hour: a few windows, and the target met.
  await page.getByLabel('1時間あたりの来庁者数').fill('30');
  await page.getByLabel('平均対応時間').fill('10');
  await dashboard.calculate.click();
  await expect(page.getByText(/目標 80% を達成/)).toBeVisible();
  await expectAccessible(page);
});

test('staff do not see the dashboard in the menu, and its address says they may not', async ({ page }) => {
  const login = new ConsoleLoginPage(page);
  const dashboard = new ConsoleDashboardPage(page);

  await page.goto('/console/reservations');
  await login.signIn(STAFF.username, STAFF.password);
  await expect(page.getByRole('heading', { level: 1, name: '予約一覧' })).toBeVisible();
  await expect(dashboard.navLink).toHaveCount(0);

  await dashboard.goto();
  await expect(dashboard.forbiddenHeading).toBeVisible();
  await expect(page.getByText('管理職とシステム管理者だけが利用できます')).toBeVisible();
  await expect(dashboard.heading).toHaveCount(0);
  await expectAccessible(page);
});
