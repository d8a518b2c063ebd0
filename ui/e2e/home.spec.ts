import { expect, test, type Page } from '@playwright/test';
import { messages } from '../src/i18n/es-CO';

type ProgrammeStats = {
  suppliers: number;
  anchors: number;
  requirements: number;
  ruedas: number;
};

const FIGURES = [
  { testId: 'stat-suppliers', field: 'suppliers' },
  { testId: 'stat-anchors', field: 'anchors' },
  { testId: 'stat-requirements', field: 'requirements' },
  { testId: 'stat-ruedas', field: 'ruedas' },
] as const;

/** Formats in the page's own browser, so the expectation uses the same ICU data as the page. */
function formatInPage(page: Page, value: number): Promise<string> {
  return page.evaluate((n) => new Intl.NumberFormat('es-CO').format(n), value);
}

test('the home page shows the programme figures the API reports, written the Colombian way', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('stat-suppliers')).toBeVisible();

  const response = await request.get('/api/v1/stats');
  expect(response.ok(), `GET /api/v1/stats answered ${response.status()}`).toBe(true);
  const stats = (await response.json()) as ProgrammeStats;

  for (const { testId, field } of FIGURES) {
    expect(stats[field], `${field} should be positive with demo data`).toBeGreaterThan(0);
    await expect(page.getByTestId(testId)).toHaveText(await formatInPage(page, stats[field]));
  }
});

test('the page declares Colombian Spanish as its language', async ({ page }) => {
  await page.goto('/');

  expect(await page.evaluate(() => document.documentElement.lang)).toBe(messages.locale);
});

test('an unknown address shows the Spanish page-not-found message', async ({ page }) => {
  await page.goto('/esta-pagina-no-existe');

  await expect(page.getByRole('heading', { level: 1, name: messages.notFound.title })).toBeVisible();
  await page.getByRole('link', { name: messages.notFound.backHome }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('stat-suppliers')).toBeVisible();
});

test('the ruedas section asks a visitor to sign in first', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: messages.layout.mainNavLabel });

  await nav.getByRole('link', { name: messages.nav.ruedas }).click();

  await expect(page).toHaveURL(/\/ingresar/);
  await expect(page.getByLabel(messages.accounts.fields.email, { exact: true })).toBeVisible();
});

test('the home page fits a 360-pixel-wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByTestId('stat-suppliers')).toBeVisible();

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
