import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { session } from '@/lib/session';
import { fakeApi, noContent, people, signedIn, tokens } from '@/testing/accounts-api';
import { demoStats, jsonResponse } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const h = messages.accounts.header;

function header() {
  return within(screen.getByRole('banner'));
}

describe('the session in the header and the guarded pages', () => {
  it('shows "Ingresar" to a visitor', () => {
    fakeApi({ 'GET /api/v1/stats': () => jsonResponse(demoStats) });

    renderApp('/');

    expect(header().getByRole('link', { name: h.signIn })).toHaveAttribute('href', '/ingresar');
    expect(header().queryByRole('button', { name: h.signOut })).not.toBeInTheDocument();
  });

  it('shows the person’s name, "Mi cuenta" and "Salir" once signed in', async () => {
    signedIn();
    fakeApi({
      'GET /api/v1/stats': () => jsonResponse(demoStats),
      'GET /api/v1/me': () => jsonResponse(people.organizer),
    });

    renderApp('/');

    expect(await header().findByText(people.organizer.fullName)).toBeInTheDocument();
    expect(header().getByRole('link', { name: h.myAccount })).toHaveAttribute('href', '/mi-cuenta');
    expect(header().getByRole('button', { name: h.signOut })).toBeInTheDocument();
    expect(header().queryByRole('link', { name: h.signIn })).not.toBeInTheDocument();
  });

  it('logging out clears the session, revokes the refresh token at the server and shows "Ingresar" again', async () => {
    signedIn();
    const api = fakeApi({
      'GET /api/v1/stats': () => jsonResponse(demoStats),
      'GET /api/v1/me': () => jsonResponse(people.organizer),
      'GET /api/v1/me/consents': () => jsonResponse([]),
      'POST /api/v1/auth/logout': () => noContent(),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/mi-cuenta');
    await screen.findByRole('heading', { level: 1, name: messages.accounts.account.title });

    await user.click(header().getByRole('button', { name: h.signOut }));

    expect(await header().findByRole('link', { name: h.signIn })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(session.isSignedIn()).toBe(false);
    expect(session.accessToken()).toBeNull();
    expect(sessionStorage.getItem('encadena.refreshToken')).toBeNull();
    const logout = api.received.find((r) => r.call === 'POST /api/v1/auth/logout');
    expect(logout?.body).toEqual({ refreshToken: 'refresh-1' });
    expect(logout?.authorization).toBe('Bearer access-1');
    expect(screen.queryByText(people.organizer.fullName)).not.toBeInTheDocument();
  });

  it('sends a visitor who opens a page for signed-in people to the login, and back there after logging in', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/login': () => jsonResponse(tokens(1)),
      'GET /api/v1/me': () => jsonResponse(people.admin),
      'GET /api/v1/users': () => jsonResponse({ items: [], total: 0, page: 0, size: 0 }),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/usuarios');

    expect(await screen.findByRole('heading', { level: 1, name: messages.accounts.signIn.title })).toBeInTheDocument();
    expect(screen.getByText(messages.accounts.signIn.needSignIn)).toBeInTheDocument();
    await user.type(screen.getByLabelText(messages.accounts.fields.email), people.admin.email);
    await user.type(screen.getByLabelText(messages.accounts.fields.password), 'clave-correcta-123');
    await user.click(screen.getByRole('button', { name: messages.accounts.signIn.submit }));

    expect(await screen.findByRole('heading', { level: 1, name: messages.accounts.users.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/usuarios');
    expect(api.received[0]!.body).toEqual({ email: people.admin.email, password: 'clave-correcta-123' });
  });

  it('tells a person whose role does not allow a page that it is not for them', async () => {
    signedIn();
    fakeApi({ 'GET /api/v1/me': () => jsonResponse(people.supplierMember) });

    renderApp('/usuarios');

    expect(
      await screen.findByRole('heading', { level: 1, name: messages.accounts.guard.forbiddenTitle }),
    ).toBeInTheDocument();
  });

  it('lets only administrators into the audit log', async () => {
    signedIn();
    fakeApi({ 'GET /api/v1/me': () => jsonResponse(people.organizer) });

    renderApp('/auditoria');

    expect(
      await screen.findByRole('heading', { level: 1, name: messages.accounts.guard.forbiddenTitle }),
    ).toBeInTheDocument();
  });

  it('offers the user management page to owners of a mipyme, who may invite members', async () => {
    signedIn();
    fakeApi({
      'GET /api/v1/me': () => jsonResponse(people.supplierOwner),
      'GET /api/v1/users': () => jsonResponse({ items: [], total: 0, page: 0, size: 0 }),
    });

    renderApp('/usuarios');

    expect(await screen.findByRole('heading', { level: 1, name: messages.accounts.users.title })).toBeInTheDocument();
  });
});
