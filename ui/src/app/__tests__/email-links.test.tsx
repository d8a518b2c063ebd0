import { render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { fakeApi, findStatus, invalidFields, noContent } from '@/testing/accounts-api';
import { jsonResponse, problemResponse } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const v = messages.accounts.verifyEmail;
const r = messages.accounts.resetPassword;
const f = messages.accounts.fields;
const linkRefused = 'El enlace no es válido, ya se usó o expiró. Pida uno nuevo.';

describe('the page the confirmation e-mail links to', () => {
  it('confirms the address as soon as it opens, sending the token once, and offers the login', async () => {
    const api = fakeApi({ 'POST /api/v1/auth/verify-email': () => noContent() });

    renderApp('/verificar-correo?token=abc123');

    expect(await findStatus(screen, v.successTitle)).toHaveTextContent(v.successText);
    expect(within(screen.getByRole('main')).getByRole('link', { name: v.signIn })).toHaveAttribute('href', '/ingresar');
    expect(api.received).toEqual([
      { call: 'POST /api/v1/auth/verify-email', authorization: null, body: { token: 'abc123' } },
    ]);
  });

  it('sends the single-use token only once even when React runs effects twice (StrictMode, as in development)', async () => {
    const api = fakeApi({ 'POST /api/v1/auth/verify-email': () => noContent() });
    const router = createMemoryRouter(routes, { initialEntries: ['/verificar-correo?token=una-vez'] });

    render(
      <StrictMode>
        <AppProvider>
          <RouterProvider router={router} />
        </AppProvider>
      </StrictMode>,
    );

    await findStatus(screen, v.successTitle);
    expect(api.calls()).toEqual(['POST /api/v1/auth/verify-email']);
  });

  it('offers to send a new link when the server refuses the token', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/verify-email': () => problemResponse(400, linkRefused),
      'POST /api/v1/auth/verify-email/resend': () =>
        jsonResponse({ message: 'Si el correo corresponde a una cuenta sin confirmar, le enviamos un enlace nuevo.' }, 202),
    });
    const user = userEvent.setup();
    renderApp('/verificar-correo?token=usado');

    expect(await screen.findByRole('alert')).toHaveTextContent(linkRefused);
    await user.type(screen.getByLabelText(f.email), 'luz@esperanza.example.co');
    await user.click(screen.getByRole('button', { name: messages.accounts.resend.submit }));

    await findStatus(screen, 'le enviamos un enlace nuevo');
    expect(api.received.at(-1)?.body).toEqual({ email: 'luz@esperanza.example.co' });
  });

  it('says the link is incomplete when it has no token, without calling the server', async () => {
    const api = fakeApi({});

    renderApp('/verificar-correo');

    expect(await screen.findByRole('alert')).toHaveTextContent(v.missingToken);
    expect(api.calls()).toEqual([]);
  });
});

describe('the page the password-reset and invitation e-mails link to', () => {
  it('requires both passwords to match before anything is sent', async () => {
    const api = fakeApi({});
    const user = userEvent.setup();
    renderApp('/restablecer-contrasena?token=t1');

    await user.type(await screen.findByLabelText(f.newPassword), 'montañas-verdes-2026');
    await user.type(screen.getByLabelText(f.confirmPassword), 'montanas-verdes-2026');
    await user.click(screen.getByRole('button', { name: r.submit }));

    const confirmation = screen.getByLabelText(f.confirmPassword);
    expect(confirmation).toHaveAccessibleDescription(messages.accounts.validation.passwordsDiffer);
    expect(confirmation).toHaveFocus();
    expect(api.calls()).toEqual([]);
  });

  it('asks for at least 10 characters before calling the server', async () => {
    const api = fakeApi({});
    const user = userEvent.setup();
    renderApp('/restablecer-contrasena?token=t1');

    await user.type(await screen.findByLabelText(f.newPassword), 'corta');
    await user.type(screen.getByLabelText(f.confirmPassword), 'corta');
    await user.click(screen.getByRole('button', { name: r.submit }));

    expect(screen.getByLabelText(f.newPassword)).toHaveAccessibleDescription(
      `${f.passwordHint} ${messages.accounts.validation.passwordTooShort}`,
    );
    expect(api.calls()).toEqual([]);
  });

  it('shows the server’s password policy message next to the new password', async () => {
    const common = 'Esta contraseña es de las más usadas y fáciles de adivinar; elija otra.';
    fakeApi({ 'POST /api/v1/auth/password-reset/confirm': () => invalidFields({ newPassword: common }, common) });
    const user = userEvent.setup();
    renderApp('/restablecer-contrasena?token=t1');

    await user.type(await screen.findByLabelText(f.newPassword), '1234567890');
    await user.type(screen.getByLabelText(f.confirmPassword), '1234567890');
    await user.click(screen.getByRole('button', { name: r.submit }));

    await waitFor(() =>
      expect(screen.getByLabelText(f.newPassword)).toHaveAccessibleDescription(`${f.passwordHint} ${common}`),
    );
  });

  it('saves the new password with the link’s token and offers the login', async () => {
    const api = fakeApi({ 'POST /api/v1/auth/password-reset/confirm': () => noContent() });
    const user = userEvent.setup();
    renderApp('/restablecer-contrasena?token=t1');

    await user.type(await screen.findByLabelText(f.newPassword), 'montañas-verdes-2026');
    await user.type(screen.getByLabelText(f.confirmPassword), 'montañas-verdes-2026');
    await user.click(screen.getByRole('button', { name: r.submit }));

    expect(await findStatus(screen, r.successTitle)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: r.signIn })).toHaveAttribute('href', '/ingresar');
    expect(api.received[0]!.body).toEqual({ token: 't1', newPassword: 'montañas-verdes-2026' });
  });

  it('offers a new link when the server says this one expired', async () => {
    fakeApi({ 'POST /api/v1/auth/password-reset/confirm': () => problemResponse(400, linkRefused) });
    const user = userEvent.setup();
    renderApp('/restablecer-contrasena?token=viejo');

    await user.type(await screen.findByLabelText(f.newPassword), 'montañas-verdes-2026');
    await user.type(screen.getByLabelText(f.confirmPassword), 'montañas-verdes-2026');
    await user.click(screen.getByRole('button', { name: r.submit }));

    expect(await screen.findByRole('alert')).toHaveTextContent(linkRefused);
    expect(screen.getByRole('link', { name: r.requestNew })).toHaveAttribute('href', '/recuperar-contrasena');
  });
});

describe('the page to ask for a password-reset link', () => {
  it('shows the server’s answer, which never tells whether the account exists', async () => {
    const answer =
      'Si el correo corresponde a una cuenta, le enviamos un enlace para restablecer la contraseña. Revise también la carpeta de correo no deseado.';
    const api = fakeApi({ 'POST /api/v1/auth/password-reset': () => jsonResponse({ message: answer }, 202) });
    const user = userEvent.setup();
    renderApp('/recuperar-contrasena');

    await user.type(await screen.findByLabelText(f.email), 'quien@sabe.example.co');
    await user.click(screen.getByRole('button', { name: messages.accounts.forgotPassword.submit }));

    expect(await findStatus(screen, answer)).toBeInTheDocument();
    expect(api.received[0]!.body).toEqual({ email: 'quien@sabe.example.co' });
  });
});
