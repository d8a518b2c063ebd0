import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { messages } from '../src/i18n/es-CO';

/*
 * Account journeys against the real application (scripts/test starts it with demo data and passes these):
 *   E2E_BASE_URL        the app (playwright.config.ts)
 *   E2E_ADMIN_EMAIL     the bootstrap administrator's e-mail
 *   E2E_ADMIN_PASSWORD  and password
 *   E2E_APP_LOG         the application's log file: without SMTP the app writes each e-mail there, links included
 */

const t = messages.accounts;

function required(name: string, why: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: ${why}`);
  return value;
}

function admin() {
  return {
    email: required('E2E_ADMIN_EMAIL', 'the login journeys need the administrator created at start-up'),
    password: required('E2E_ADMIN_PASSWORD', 'the login journeys need the administrator created at start-up'),
  };
}

/** The administrator's name as the API reports it, so the test does not hard-code demo data. */
async function fullNameOf(request: APIRequestContext, email: string, password: string): Promise<string> {
  const login = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(login.ok(), `POST /api/v1/auth/login answered ${login.status()}`).toBe(true);
  const session = (await login.json()) as { accessToken: string; refreshToken: string };
  const headers = { Authorization: `Bearer ${session.accessToken}` };
  const me = await request.get('/api/v1/me', { headers });
  expect(me.ok(), `GET /api/v1/me answered ${me.status()}`).toBe(true);
  const { fullName } = (await me.json()) as { fullName: string };
  await request.post('/api/v1/auth/logout', { headers, data: { refreshToken: session.refreshToken } });
  return fullName;
}

async function logIn(page: Page, email: string, password: string) {
  await page.getByLabel(t.fields.email, { exact: true }).fill(email);
  await page.getByLabel(t.fields.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: t.signIn.submit, exact: true }).click();
}

/** DIAN's check digit (dígito de verificación) of a NIT, as the server verifies it. */
function dianCheckDigit(nit: string): number {
  const weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  const sum = [...nit].reverse().reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  const r = sum % 11;
  return r <= 1 ? r : 11 - r;
}

/** A NIT nobody has registered yet (9 digits, starting with 9 as companies' do), with its check digit. */
function freshNit(): string {
  const body = `9${String(Date.now()).slice(-6)}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
  return `${body}-${dianCheckDigit(body)}`;
}

/**
 * The token of the newest link to `path` e-mailed to `address`, read from the application log after `offset`
 * (the log's size before the test acted, so an older e-mail never matches). The app logs each unsent e-mail
 * as "E-mail (not sent: no SMTP configured) to=<address> subject=…" followed by the body.
 */
function tokenFromLog(logFile: string, offset: number, address: string, path: string): string | undefined {
  const size = statSync(logFile).size;
  if (size <= offset) return undefined;
  const buffer = Buffer.alloc(size - offset);
  const fd = openSync(logFile, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  const text = buffer.toString('utf8');
  const start = text.lastIndexOf(`to=${address} `);
  if (start < 0) return undefined;
  const next = text.indexOf('E-mail (not sent', start + 1);
  const mail = text.slice(start, next < 0 ? undefined : next);
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return mail.match(new RegExp(`${escaped}\\?token=([A-Za-z0-9_-]+)`))?.[1];
}

test('an administrator logs in, sees their name in the header, and logs out', async ({ page, request }) => {
  const { email, password } = admin();
  const fullName = await fullNameOf(request, email, password);
  const header = page.getByRole('banner');

  await page.goto('/');
  await header.getByRole('link', { name: t.header.signIn }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.signIn.title })).toBeVisible();
  await logIn(page, email, password);

  await expect(page).toHaveURL(/\/mi-cuenta$/);
  await expect(header.getByText(fullName, { exact: true })).toBeVisible();
  await expect(header.getByRole('link', { name: t.header.myAccount })).toBeVisible();

  // A reload keeps the session (the refresh token is in this tab's sessionStorage; the access token is renewed).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: t.account.title })).toBeVisible();
  await expect(header.getByText(fullName, { exact: true })).toBeVisible();

  await header.getByRole('button', { name: t.header.signOut }).click();
  await expect(header.getByRole('link', { name: t.header.signIn })).toBeVisible();
  await expect(header.getByText(fullName, { exact: true })).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

  // A guarded page now leads to the login again.
  await page.goto('/mi-cuenta');
  await expect(page.getByRole('heading', { level: 1, name: t.signIn.title })).toBeVisible();
});

test('a wrong password shows the server’s Spanish error and no session starts', async ({ page }) => {
  const { email } = admin();

  await page.goto('/ingresar');
  await logIn(page, email, 'esta-no-es-la-contraseña');

  await expect(page.getByRole('alert')).toContainText('Correo o contraseña incorrectos.');
  await expect(page).toHaveURL(/\/ingresar$/);
  await expect(page.getByRole('banner').getByRole('link', { name: t.header.signIn })).toBeVisible();
});

test('a new mipyme registers, confirms its e-mail with the e-mailed link, logs in and reaches Mi cuenta', async ({
  page,
}) => {
  const logFile = required(
    'E2E_APP_LOG',
    'this journey reads the confirmation link from the application log (the app writes e-mails there when no ' +
      'SMTP server is configured); pass the path of the running app’s log file',
  );
  const offset = statSync(logFile).size;
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const email = `e2e-${stamp}@mipyme.example.co`;
  const password = `Cadena-${stamp}-prueba`;
  const fullName = 'Prueba Extremo a Extremo';

  await test.step('register through the form', async () => {
    await page.goto('/registro');
    await page.getByRole('radio', { name: new RegExp(t.register.kinds.SUPPLIER.label) }).check();
    await page.getByLabel(t.register.nit, { exact: true }).fill(freshNit());
    await page.getByLabel(t.register.legalName, { exact: true }).fill(`Mipyme de prueba ${stamp} S.A.S.`);
    await page.getByLabel(t.fields.fullName, { exact: true }).fill(fullName);
    await page.getByLabel(t.fields.email, { exact: true }).fill(email);
    await page.getByLabel(t.fields.password, { exact: true }).fill(password);
    const consent = page.getByRole('checkbox', { name: /He leído y acepto la política/ });
    await expect(consent).not.toBeChecked();
    await consent.check();
    await page.getByRole('button', { name: t.register.submit }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.register.doneTitle })).toBeVisible();
  });

  let token: string | undefined;
  await test.step('find the confirmation link in the e-mail the app logged', async () => {
    await expect
      .poll(() => (token = tokenFromLog(logFile, offset, email, '/verificar-correo')), {
        message: `an e-mail to ${email} with a /verificar-correo link in ${logFile}`,
        timeout: 15_000,
      })
      .toBeTruthy();
  });

  await test.step('open the link: the address is confirmed', async () => {
    await page.goto(`/verificar-correo?token=${token}`);
    await expect(page.getByText(t.verifyEmail.successTitle)).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: t.verifyEmail.signIn }).click();
  });

  await test.step('log in with the new account and reach Mi cuenta', async () => {
    await logIn(page, email, password);
    await expect(page).toHaveURL(/\/mi-cuenta$/);
    await expect(page.getByRole('heading', { level: 1, name: t.account.title })).toBeVisible();
    await expect(page.getByRole('main').getByText(email)).toBeVisible();
    await expect(page.getByRole('banner').getByText(fullName)).toBeVisible();
    // the consent given at registration is on record, with its policy version
    await expect(page.getByRole('table', { name: t.account.consentsCaption })).toBeVisible();
  });

  await test.step('erase the test account’s personal data, leaving no e2e person behind', async () => {
    await page.getByRole('button', { name: t.account.erase }).click();
    const dialog = page.getByRole('dialog', { name: t.account.eraseTitle });
    await expect(dialog).toContainText(t.account.eraseKept);
    await dialog.getByRole('button', { name: t.account.eraseConfirm }).click();
    await expect(page.getByText(t.account.erased)).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: t.header.signIn })).toBeVisible();
  });
});

test('an administrator reaches the users list and finds their own login in the audit log', async ({ page }) => {
  const { email, password } = admin();

  await page.goto('/auditoria');
  await expect(page.getByRole('heading', { level: 1, name: t.signIn.title })).toBeVisible();
  await logIn(page, email, password);

  await expect(page).toHaveURL(/\/auditoria$/);
  await page.getByLabel(t.audit.filterLabel, { exact: true }).selectOption('LOGIN_SUCCEEDED');
  await page.getByRole('button', { name: t.audit.filter }).click();
  await expect(page).toHaveURL(/accion=LOGIN_SUCCEEDED/);
  const events = page.getByRole('table');
  await expect(events.getByRole('row').nth(1)).toContainText(email);
  await expect(events.getByRole('row').nth(1)).toContainText(t.audit.actions.LOGIN_SUCCEEDED);

  await page.goto('/usuarios');
  await expect(page.getByRole('heading', { level: 1, name: t.users.title })).toBeVisible();
  await expect(page.getByRole('table').getByText(email, { exact: true })).toBeVisible();
});

test('the home page does not download the account screens; the login page fetches its own code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  const accountChunk = /\/assets\/(sign-in|register|verify-email|forgot-password|reset-password|account|users|audit)-/;

  await page.goto('/');
  await expect(page.getByTestId('stat-suppliers')).toBeVisible();
  expect(scripts.filter((s) => accountChunk.test(s))).toEqual([]);

  await page.getByRole('banner').getByRole('link', { name: t.header.signIn }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.signIn.title })).toBeVisible();
  expect(scripts.some((s) => /\/assets\/sign-in-/.test(s))).toBe(true);
});

for (const { name, path, prepare } of [
  { name: 'login', path: '/ingresar', prepare: async () => {} },
  {
    name: 'mipyme registration',
    path: '/registro',
    prepare: async (page: Page) =>
      page.getByRole('radio', { name: new RegExp(t.register.kinds.SUPPLIER.label) }).check(),
  },
  {
    name: 'anchor registration',
    path: '/registro',
    prepare: async (page: Page) => page.getByRole('radio', { name: new RegExp(t.register.kinds.ANCHOR.label) }).check(),
  },
]) {
  test(`on a 360-pixel phone the ${name} page has no sideways scroll and every input a visible label`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await prepare(page);
    await expect(page.getByRole('button', { name: /Ingresar|Crear cuenta/ }).first()).toBeVisible();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const unlabelled = await page.evaluate(() => {
      const visible = (el: Element) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
      };
      const controls = Array.from(
        document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select, textarea'),
      ).filter((el) => el.type !== 'hidden' && visible(el));
      return controls
        .filter((el) => !Array.from(el.labels ?? []).some((label) => visible(label) && label.textContent?.trim()))
        .map((el) => el.outerHTML);
    });
    expect(unlabelled).toEqual([]);
    const inputs = await page.locator('input:visible, select:visible').count();
    expect(inputs, 'the page should show its form').toBeGreaterThan(1);
  });
}
