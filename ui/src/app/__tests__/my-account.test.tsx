import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { session } from '@/lib/session';
import { fakeApi, findStatus, invalidFields, noContent, people, signedIn, tokens } from '@/testing/accounts-api';
import { jsonResponse } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const t = messages.accounts.account;
const f = messages.accounts.fields;

const consents = [{ policyVersion: '2026-11', consentedAt: '2026-11-03T15:04:00Z', ipAddress: '190.24.7.12' }];

function accountApi(extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/v1/me': () => jsonResponse(people.supplierOwner),
    'GET /api/v1/me/consents': () => jsonResponse(consents),
    ...extra,
  });
}

async function openAccount() {
  signedIn();
  const result = renderApp('/mi-cuenta');
  await screen.findByRole('heading', { level: 1, name: t.title });
  return result;
}

describe('Mi cuenta', () => {
  it('shows who the person is and the policy versions they accepted, with the date in Colombian time', async () => {
    accountApi();
    await openAccount();

    const main = within(screen.getByRole('main'));
    expect(main.getByText(people.supplierOwner.fullName)).toBeInTheDocument();
    expect(main.getByText(people.supplierOwner.email)).toBeInTheDocument();
    expect(main.getByText(messages.accounts.roles.SUPPLIER)).toBeInTheDocument();
    const table = await main.findByRole('table', { name: t.consentsCaption });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('2026-11');
    // 15:04 UTC is 10:04 in Bogotá
    expect(row).toHaveTextContent('3/11/2026, 10:04');
    expect(row).toHaveTextContent('190.24.7.12');
  });

  it('offers the user management page to an owner, but not the audit log', async () => {
    accountApi();
    await openAccount();

    expect(screen.getByRole('link', { name: t.users })).toHaveAttribute('href', '/usuarios');
    expect(screen.queryByRole('link', { name: t.audit })).not.toBeInTheDocument();
  });

  it('downloads the personal data as a JSON file with the name the server gives', async () => {
    const data = { exportedAt: '2026-11-20T12:00:00Z', user: people.supplierOwner, consents, activity: [] };
    accountApi({
      'GET /api/v1/me/data': () =>
        new Response(JSON.stringify(data), {
          headers: {
            'Content-Type': 'application/json',
            'Content-Disposition': 'attachment; filename="mis-datos-encadena-2026-11-20.json"',
          },
        }),
    });
    const saved: { blob?: Blob; fileName?: string } = {};
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => ((saved.blob = blob), 'blob:x')), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.fileName = this.download;
    });
    const user = userEvent.setup();
    await openAccount();

    await user.click(screen.getByRole('button', { name: t.download }));

    expect(await findStatus(screen, t.downloaded('mis-datos-encadena-2026-11-20.json'))).toBeInTheDocument();
    expect(saved.fileName).toBe('mis-datos-encadena-2026-11-20.json');
    expect(JSON.parse(await saved.blob!.text())).toEqual(data);
  });

  it('asks before erasing, explaining what is deleted and what anonymisation keeps, and cancelling erases nothing', async () => {
    const api = accountApi();
    const user = userEvent.setup();
    await openAccount();

    await user.click(screen.getByRole('button', { name: t.erase }));

    const dialog = screen.getByRole('dialog', { name: t.eraseTitle });
    expect(dialog).toHaveTextContent(t.eraseRemoved);
    expect(dialog).toHaveTextContent(t.eraseKept);
    expect(dialog).toHaveTextContent(t.eraseFinal);
    expect(within(dialog).getByRole('button', { name: messages.formControls.cancel })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: messages.formControls.cancel }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.calls()).not.toContain('DELETE /api/v1/me');
  });

  it('after erasure ends the session and the login page says the account was closed', async () => {
    const api = accountApi({ 'DELETE /api/v1/me': () => noContent() });
    const user = userEvent.setup();
    const { router } = await openAccount();

    await user.click(screen.getByRole('button', { name: t.erase }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: t.eraseConfirm }));

    expect(await findStatus(screen, t.erased)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ingresar');
    expect(session.isSignedIn()).toBe(false);
    expect(api.calls()).toContain('DELETE /api/v1/me');
    expect(screen.queryByText(people.supplierOwner.fullName)).not.toBeInTheDocument();
  });

  it('changes the password and logs in again with the new one, since the server ends every session', async () => {
    const api = accountApi({
      'PUT /api/v1/me/password': () => noContent(),
      'POST /api/v1/auth/login': () => jsonResponse(tokens(2)),
    });
    const user = userEvent.setup();
    await openAccount();

    await user.type(screen.getByLabelText(f.currentPassword), 'la-clave-de-antes');
    await user.type(screen.getByLabelText(f.newPassword), 'la-clave-de-ahora-2026');
    await user.type(screen.getByLabelText(f.confirmPassword), 'la-clave-de-ahora-2026');
    await user.click(screen.getByRole('button', { name: t.passwordSubmit }));

    expect(await findStatus(screen, t.passwordChanged)).toBeInTheDocument();
    expect(api.received.find((r) => r.call === 'PUT /api/v1/me/password')?.body).toEqual({
      currentPassword: 'la-clave-de-antes',
      newPassword: 'la-clave-de-ahora-2026',
    });
    expect(api.received.find((r) => r.call === 'POST /api/v1/auth/login')?.body).toEqual({
      email: people.supplierOwner.email,
      password: 'la-clave-de-ahora-2026',
    });
    expect(session.refreshToken()).toBe('refresh-2');
    expect(screen.getByLabelText(f.currentPassword)).toHaveValue('');
  });

  it('shows the server’s message when the current password is wrong', async () => {
    const wrong = 'La contraseña actual no es correcta.';
    accountApi({ 'PUT /api/v1/me/password': () => invalidFields({ currentPassword: wrong }, wrong) });
    const user = userEvent.setup();
    await openAccount();

    await user.type(screen.getByLabelText(f.currentPassword), 'me-equivoque');
    await user.type(screen.getByLabelText(f.newPassword), 'la-clave-de-ahora-2026');
    await user.type(screen.getByLabelText(f.confirmPassword), 'la-clave-de-ahora-2026');
    await user.click(screen.getByRole('button', { name: t.passwordSubmit }));

    await waitFor(() => expect(screen.getByLabelText(f.currentPassword)).toHaveAccessibleDescription(wrong));
    expect(screen.getByLabelText(f.currentPassword)).toHaveFocus();
  });
});
