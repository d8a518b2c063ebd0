import { expect, test, type Locator, type Page } from '@playwright/test';
import { messages } from '../src/i18n/es-CO';

/*
 * Search and matching journeys against the real application with demo data (300 suppliers, 40 requirements):
 *   E2E_BASE_URL        the app (playwright.config.ts)
 *   E2E_ADMIN_EMAIL     the bootstrap administrator's e-mail
 *   E2E_ADMIN_PASSWORD  and password
 * The search index is fed from the database a few seconds after start: the journeys poll for results (reloading
 * the page, which asks the server again) instead of sleeping.
 */

// Room for openWhenIndexed's 90 s of polling on a freshly started app (the global budget is 30 s).
test.describe.configure({ timeout: 120_000 });

const t = messages.supplierSearch;
const o = messages.opportunities;
const s = messages.shortlist;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the search journeys log in as the administrator created at start-up`);
  return value;
}

async function logInAsAdmin(page: Page) {
  await page.goto('/ingresar');
  await page.getByLabel(messages.accounts.fields.email, { exact: true }).fill(required('E2E_ADMIN_EMAIL'));
  await page.getByLabel(messages.accounts.fields.password, { exact: true }).fill(required('E2E_ADMIN_PASSWORD'));
  await page.getByRole('button', { name: messages.accounts.signIn.submit, exact: true }).click();
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
}

/** "29 proveedores encontrados" → 29. */
async function supplierCount(status: Locator): Promise<number> {
  const text = (await status.textContent()) ?? '';
  const match = /^([\d.]+) proveedor/.exec(text.trim());
  return match ? Number(match[1]!.replace(/\./g, '')) : 0;
}

/** Opens `path` until `ready` is visible: the index may still be filling right after the app starts. */
async function openWhenIndexed(page: Page, path: string, ready: () => Locator) {
  await expect(async () => {
    await page.goto(path);
    await expect(ready()).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000, intervals: [1_000, 2_000, 5_000] });
}

test('an administrator searches «dotación», sees highlighted matches, narrows by department and widens again on the map', async ({
  page,
}) => {
  await logInAsAdmin(page);
  await page.getByRole('navigation', { name: messages.layout.mainNavLabel }).getByRole('link', { name: messages.searchNav.supplierSearch }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();

  const box = page.getByRole('combobox', { name: t.box.label });
  await box.fill('dotación');
  await box.press('Enter');
  await expect(page).toHaveURL(/\?q=dotaci%C3%B3n$/);

  const results = page.getByRole('list', { name: t.results.listLabel });
  await openWhenIndexed(page, '/buscar-proveedores?q=dotaci%C3%B3n', () => results.locator('mark').first());
  await expect(results.locator('mark').first()).toHaveText(/dotaci[oó]n/i);

  const status = page.getByRole('status').filter({ hasText: /proveedor/ });
  const total = await supplierCount(status);
  expect(total).toBeGreaterThan(1);

  // A department holding some, not all, of the results: ticking it must narrow the list.
  const filters = page.getByRole('complementary', { name: t.filters });
  const departments = filters.getByRole('group', { name: t.facets.department }).getByRole('checkbox');
  let chosen: { name: string; count: number } | null = null;
  for (const label of await departments.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent ?? ''))) {
    const match = /^(.*) \((\d+)\)$/.exec(label);
    if (match && Number(match[2]) < total) {
      chosen = { name: match[1]!, count: Number(match[2]) };
      break;
    }
  }
  expect(chosen, 'some department should hold only part of the results').not.toBeNull();
  // click, then wait: the address (and so the box) changes in a React transition, a moment after the click
  await filters.getByRole('checkbox', { name: t.facets.option(chosen!.name, String(chosen!.count)) }).click();
  await expect(filters.getByRole('checkbox', { name: new RegExp(`^${escape(chosen!.name)} \\(`) })).toBeChecked();

  await expect(page).toHaveURL(/departamento=\d{2}/);
  await expect.poll(() => supplierCount(status)).toBe(chosen!.count);
  await expect(results.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(
    Math.min(chosen!.count, 20),
  );

  // The map shows the department as chosen; choosing it there again (keyboard) removes the filter.
  const map = page.getByRole('group', { name: t.map.heading });
  const onMap = map.getByRole('button', { name: new RegExp(`^${escape(chosen!.name)}: `) });
  await expect(onMap).toHaveAttribute('aria-pressed', 'true');
  await onMap.focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/departamento=/);
  await expect.poll(() => supplierCount(status)).toBe(total);

  // The text alternative lists the same counts.
  await expect(page.getByRole('table', { name: t.map.tableCaption })).toBeAttached();

  // Back brings the filter back: the address holds the search.
  await page.goBack();
  await expect(page).toHaveURL(/departamento=\d{2}/);
  await expect.poll(() => supplierCount(status)).toBe(chosen!.count);
});

test('an administrator opens a requirement’s shortlist and sees factor bars and reasons', async ({ page }) => {
  await logInAsAdmin(page);
  const shortlistLink = () => page.getByRole('link', { name: o.shortlist }).first();
  await openWhenIndexed(page, '/oportunidades', shortlistLink);
  await shortlistLink().click();

  await expect(page).toHaveURL(/\/requerimientos\/[0-9a-f-]{36}\/proveedores$/);
  await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: s.tabs.label });
  await expect(tabs.getByRole('tab')).toHaveCount(2);

  // Whichever tab has suppliers (a requirement may have no eligible one yet).
  const eligible = tabs.getByRole('tab', { name: /^Elegibles \(\d+\)$/ });
  if (/\(0\)$/.test((await eligible.textContent()) ?? '')) {
    await tabs.getByRole('tab', { name: /^Casi elegibles/ }).click();
  }
  const card = page.getByRole('tabpanel').getByRole('article').first();
  await expect(card).toBeVisible();
  const meters = card.getByRole('meter');
  await expect(meters).toHaveCount(5);
  for (const factor of Object.values(s.factors)) {
    await expect(card.getByRole('meter', { name: factor })).toHaveAttribute('aria-valuetext', /\d+\s?%/);
  }
  await expect(card.getByRole('heading', { name: s.reasons })).toBeVisible();
  await expect(card.getByRole('heading', { name: s.reasons }).locator('xpath=following-sibling::ul[1]/li').first()).not.toBeEmpty();

  // Staff invite the supplier into a rueda open for registration (the demo has one), approved at once.
  const invite = messages.ruedas.invite;
  await card.getByRole('button', { name: invite.action }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(invite.rueda)).toBeVisible();
  await dialog.getByRole('button', { name: invite.submit }).click();
  await expect(dialog).toContainText(/quedó aprobada en|ya participa en esta rueda/);
  await dialog.getByRole('button', { name: invite.close }).click();
  await expect(dialog).toBeHidden();
});

test('on a 360 px phone the filters fold into «Filtros» and the map comes after the list', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await logInAsAdmin(page);
  const results = page.getByRole('list', { name: t.results.listLabel });
  await openWhenIndexed(page, '/buscar-proveedores?q=dotaci%C3%B3n', () => results);

  const toggle = page.getByRole('button', { name: t.filters, exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('checkbox', { name: t.facets.flags.pdet })).toBeHidden();
  await toggle.click();
  await expect(page.getByRole('checkbox', { name: t.facets.flags.pdet })).toBeVisible();

  const listBox = await results.boundingBox();
  const mapBox = await page.getByRole('group', { name: t.map.heading }).boundingBox();
  expect(mapBox!.y).toBeGreaterThan(listBox!.y + listBox!.height - 1);
  // nothing wider than the screen
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
