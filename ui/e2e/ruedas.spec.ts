import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { messages } from '../src/i18n/es-CO';

/*
 * Ruedas journeys against the real application with demo data:
 *   E2E_BASE_URL           the app (playwright.config.ts)
 *   E2E_DEMO_LOGINS_FILE   demo-logins.txt written at the first start ("ROLE email password   (organization)")
 */

const t = messages.ruedas;

function demoLogin(role: 'ORGANIZER' | 'ANCHOR' | 'SUPPLIER'): { email: string; password: string } {
  const file = process.env.E2E_DEMO_LOGINS_FILE;
  if (!file) throw new Error('E2E_DEMO_LOGINS_FILE is not set: the ruedas journeys log in as the demo organizer');
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((parts) => parts[0] === role);
  if (!line || !line[1] || !line[2]) throw new Error(`No ${role} login in ${file}`);
  return { email: line[1], password: line[2] };
}

async function logIn(page: Page, role: 'ORGANIZER' | 'ANCHOR' | 'SUPPLIER') {
  const { email, password } = demoLogin(role);
  await page.goto('/ingresar');
  await page.getByLabel(messages.accounts.fields.email, { exact: true }).fill(email);
  await page.getByLabel(messages.accounts.fields.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: messages.accounts.signIn.submit, exact: true }).click();
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
}

test('an organizer creates a rueda with a morning session and a break, and sees its slots', async ({ page }) => {
  await logIn(page, 'ORGANIZER');
  await page.getByRole('navigation', { name: messages.layout.mainNavLabel }).getByRole('link', { name: messages.nav.ruedas }).click();
  await page.getByRole('link', { name: t.newRueda }).click();

  const name = `Rueda de prueba ${Date.now()}`;
  await page.getByLabel(t.form.name).fill(name);
  await page.getByLabel(t.form.municipalityCode).fill('05001');
  await page.getByLabel(t.form.venue).fill('Plaza Mayor');
  await page.getByLabel(t.form.slotMinutes).fill('20');
  await page.getByLabel(t.form.tables).fill('4');
  await page.getByLabel(t.form.date).fill('2027-03-04');
  await page.getByLabel(t.form.start, { exact: true }).fill('08:00');
  await page.getByLabel(t.form.end, { exact: true }).fill('10:00');
  await page.getByRole('button', { name: t.form.addBreak }).click();
  await page.getByLabel(`${t.form.breakLabel(1)} · ${t.form.start}`).fill('09:00');
  await page.getByLabel(`${t.form.breakLabel(1)} · ${t.form.end}`).fill('09:20');
  await page.getByRole('button', { name: t.form.create }).click();

  await expect(page).toHaveURL(/\/ruedas\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.getByRole('list', { name: t.detail.stepperLabel })).toContainText(t.status.DRAFT!);
  // 08:00–10:00 less a 20-minute break, in 20-minute slots: 5 slots, 4 tables.
  await expect(page.locator('dt', { hasText: t.detail.slots }).locator('xpath=following-sibling::dd[1]')).toHaveText('5');
  await expect(page.locator('dt', { hasText: t.detail.tables }).locator('xpath=following-sibling::dd[1]')).toHaveText('4');
  await expect(page.getByRole('button', { name: t.moveTo.REGISTRATION })).toBeVisible();
});

test('the ruedas list fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await logIn(page, 'SUPPLIER');
  await page.goto('/ruedas');
  await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

/** Signs in through the API (set-up steps a person would do elsewhere in the UI) and returns the token. */
async function apiToken(request: APIRequestContext, role: 'ORGANIZER' | 'ANCHOR' | 'SUPPLIER'): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: demoLogin(role) });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { accessToken: string }).accessToken;
}

test('the organizer generates a proven-optimal agenda on the board, and the mipyme then finds its meeting in «Mi agenda»', async ({
  page,
  browser,
  request,
}) => {
  const organizer = { Authorization: `Bearer ${await apiToken(request, 'ORGANIZER')}` };
  const orgOf = async (role: 'ANCHOR' | 'SUPPLIER') => {
    const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${await apiToken(request, role)}` } });
    return ((await me.json()) as { organizationId: string }).organizationId;
  };
  const anchor = await orgOf('ANCHOR');
  const supplier = await orgOf('SUPPLIER');
  const created = await request.post('/api/v1/ruedas', {
    headers: organizer,
    data: {
      settings: {
        name: `Rueda con agenda ${Date.now()}`, municipalityCode: '05001', venue: 'Plaza Mayor', slotMinutes: 20, tables: 3,
        sessions: [{ code: 'AM', name: 'Mañana', date: '2027-03-04', start: '08:00', end: '09:00' }],
      },
    },
  });
  expect(created.status()).toBe(201);
  let rueda = (await created.json()) as { id: string; version: number };
  const path = `/api/v1/ruedas/${rueda.id}`;
  const moveTo = async (status: string) => {
    const r = await request.post(`${path}/status`, { headers: { ...organizer, 'If-Match': `"${rueda.version}"` }, data: { status } });
    expect(r.status()).toBe(200);
    rueda = (await r.json()) as { id: string; version: number };
  };
  await moveTo('REGISTRATION');
  for (const organizationId of [anchor, supplier]) {
    const r = await request.post(`${path}/participants`, { headers: organizer, data: { organizationId, status: 'APPROVED' } });
    expect(r.status()).toBe(201);
  }
  await moveTo('REQUESTS');
  expect((await request.post(`${path}/requests`, { headers: organizer, data: { requesterId: anchor, counterpartId: supplier } })).status()).toBe(201);
  await moveTo('SCHEDULING');

  await logIn(page, 'ORGANIZER');
  await page.goto(`/ruedas/${rueda.id}/agenda`);
  await page.getByRole('button', { name: t.agenda.generate }).click();
  await expect(page.getByText(t.agenda.optimal)).toBeVisible();
  const board = (await (await request.get(`${path}/agenda`, { headers: organizer })).json()) as {
    version: number;
    meetings: { a: string; aName: string; bName: string }[];
  };
  expect(board.meetings).toHaveLength(1);
  const meeting = board.meetings[0]!;
  const anchorName = meeting.a === anchor ? meeting.aName : meeting.bName;
  await expect(page.getByText(anchorName).first()).toBeVisible();

  // adding the same pair by hand is refused before anything is sent
  await page.getByRole('button', { name: t.agenda.add.action }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('ya tienen una cita programada');
  await expect(dialog.getByRole('button', { name: t.agenda.add.confirm })).toBeDisabled();
  await page.keyboard.press('Escape');

  rueda.version = board.version;
  await moveTo('PUBLISHED');
  const mipyme = await browser.newContext();
  const phone = await mipyme.newPage();
  await phone.setViewportSize({ width: 360, height: 740 });
  await logIn(phone, 'SUPPLIER');
  await phone.goto(`/ruedas/${rueda.id}/mi-agenda`);
  const list = phone.getByRole('list', { name: t.myAgenda.listLabel });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText(anchorName);
  await expect(phone.getByText(t.myAgenda.checkIn)).toBeVisible();
  await mipyme.close();
});
