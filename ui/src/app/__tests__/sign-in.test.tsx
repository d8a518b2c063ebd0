import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { session } from '@/lib/session';
import { fakeApi, findStatus, people, tokens } from '@/testing/accounts-api';
import { jsonResponse, problemResponse } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const t = messages.accounts.signIn;
const f = messages.accounts.fields;

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  await screen.findByRole('heading', { level: 1, name: t.title });
  if (email) await user.type(screen.getByLabelText(f.email), email);
  if (password) await user.type(screen.getByLabelText(f.password), password);
  await user.click(screen.getByRole('button', { name: t.submit }));
  return user;
}

describe('the login page', () => {
  it('links to the registration and to "¿Olvidó su contraseña?"', async () => {
    renderApp('/ingresar');

    await screen.findByRole('heading', { level: 1, name: t.title });
    expect(screen.getByRole('link', { name: t.register })).toHaveAttribute('href', '/registro');
    expect(screen.getByRole('link', { name: t.forgotPassword })).toHaveAttribute('href', '/recuperar-contrasena');
  });

  it('shows the server’s Spanish error when the password is wrong, and stays signed out', async () => {
    fakeApi({ 'POST /api/v1/auth/login': () => problemResponse(401, 'Correo o contraseña incorrectos.') });
    renderApp('/ingresar');

    await fillAndSubmit(people.admin.email, 'no-es-la-clave');

    expect(await screen.findByRole('alert')).toHaveTextContent('Correo o contraseña incorrectos.');
    expect(session.isSignedIn()).toBe(false);
  });

  it('shows how long to wait when the server throttles the attempts', async () => {
    const detail = 'Demasiados intentos fallidos. Por seguridad, espere 5 minuto(s) e intente de nuevo.';
    fakeApi({ 'POST /api/v1/auth/login': () => problemResponse(429, detail) });
    renderApp('/ingresar');

    await fillAndSubmit(people.admin.email, 'otra-clave-mas');

    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
  });

  it('offers to resend the confirmation link when the e-mail is not confirmed yet', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/login': () =>
        problemResponse(403, 'Confirme su correo antes de ingresar: use el enlace que le enviamos o pida uno nuevo.'),
      'POST /api/v1/auth/verify-email/resend': () =>
        jsonResponse({ message: 'Si el correo corresponde a una cuenta sin confirmar, le enviamos un enlace nuevo.' }, 202),
    });
    renderApp('/ingresar');

    const user = await fillAndSubmit('nueva@mipyme.example.co', 'clave-de-diez');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Confirme su correo antes de ingresar');
    await user.click(within(alert).getByRole('button', { name: t.resend }));

    await findStatus(screen, 'le enviamos un enlace nuevo');
    expect(api.received.at(-1)).toMatchObject({
      call: 'POST /api/v1/auth/verify-email/resend',
      body: { email: 'nueva@mipyme.example.co' },
    });
  });

  it('marks an empty password and a malformed e-mail next to their fields without calling the server', async () => {
    const api = fakeApi({});
    renderApp('/ingresar');

    await fillAndSubmit('correo-sin-arroba', '');

    const email = screen.getByLabelText(f.email);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(messages.accounts.validation.email);
    expect(email).toHaveFocus();
    expect(screen.getByLabelText(f.password)).toHaveAccessibleDescription(messages.accounts.validation.required);
    expect(api.calls()).toEqual([]);
  });

  it('keeps the session after a successful login and opens "Mi cuenta"', async () => {
    fakeApi({
      'POST /api/v1/auth/login': () => jsonResponse(tokens(1)),
      'GET /api/v1/me': () => jsonResponse(people.supplierOwner),
      'GET /api/v1/me/consents': () => jsonResponse([]),
    });
    const { router } = renderApp('/ingresar');

    await fillAndSubmit(people.supplierOwner.email, 'clave-correcta-123');

    expect(await screen.findByRole('heading', { level: 1, name: messages.accounts.account.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/mi-cuenta');
    expect(session.refreshToken()).toBe('refresh-1');
  });
});
