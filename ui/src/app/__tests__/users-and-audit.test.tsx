import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { fakeApi, findStatus, invalidFields, people, signedIn } from '@/testing/accounts-api';
import { jsonResponse, problemResponse } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const t = messages.accounts.users;
const a = messages.accounts.audit;
const f = messages.accounts.fields;

const summary = (person: (typeof people)[keyof typeof people], extra: object = {}) => ({
  id: person.id,
  email: person.email,
  fullName: person.fullName,
  role: person.role,
  status: 'ACTIVE',
  owner: person.owner,
  emailVerified: true,
  organizationId: person.organizationId,
  createdAt: '2026-11-01T14:00:00Z',
  ...extra,
});

const page = <T,>(items: T[], total = items.length, number = 0, size = 50) => ({ items, total, page: number, size });

describe('the users page', () => {
  it('an administrator sees everyone and changes a role after confirming it', async () => {
    let organizer = summary(people.organizer);
    const api = fakeApi({
      'GET /api/v1/me': () => jsonResponse(people.admin),
      'GET /api/v1/users': () => jsonResponse(page([summary(people.admin), organizer])),
      [`PATCH /api/v1/users/${people.organizer.id}`]: () => {
        organizer = { ...organizer, role: 'ADMIN' };
        return jsonResponse(organizer);
      },
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/usuarios');

    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    // nobody changes their own role or status
    expect(screen.queryByRole('button', { name: t.changeRoleOf(people.admin.fullName) })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.changeRoleOf(people.organizer.fullName) }));
    const dialog = screen.getByRole('dialog', { name: t.roleDialogTitle(people.organizer.fullName) });
    await user.selectOptions(within(dialog).getByLabelText(t.newRole), messages.accounts.roles.ADMIN);
    await user.click(within(dialog).getByRole('button', { name: t.roleConfirm }));

    expect(await findStatus(screen, t.changed(people.organizer.fullName))).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.received.find((r) => r.call.startsWith('PATCH'))?.body).toEqual({ role: 'ADMIN' });
    const row = within(screen.getByRole('table')).getByRole('rowheader', { name: people.organizer.fullName }).closest('tr')!;
    await waitFor(() => expect(row).toHaveTextContent(messages.accounts.roles.ADMIN));
  });

  it('keeps the dialog open with the server’s reason when a role does not fit the organization', async () => {
    const reason = 'Ese rol no corresponde al tipo de organización del usuario.';
    fakeApi({
      'GET /api/v1/me': () => jsonResponse(people.admin),
      'GET /api/v1/users': () => jsonResponse(page([summary(people.admin), summary(people.supplierOwner)])),
      [`PATCH /api/v1/users/${people.supplierOwner.id}`]: () => invalidFields({ role: reason }, reason),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/usuarios');

    await user.click(await screen.findByRole('button', { name: t.changeRoleOf(people.supplierOwner.fullName) }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText(t.newRole), messages.accounts.roles.ORGANIZER);
    await user.click(within(dialog).getByRole('button', { name: t.roleConfirm }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(reason);
  });

  it('an administrator disables a user after a confirmation that explains the effect', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => jsonResponse(people.admin),
      'GET /api/v1/users': () => jsonResponse(page([summary(people.admin), summary(people.organizer)])),
      [`PATCH /api/v1/users/${people.organizer.id}`]: () =>
        jsonResponse(summary(people.organizer, { status: 'DISABLED' })),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/usuarios');

    await user.click(await screen.findByRole('button', { name: t.disableOf(people.organizer.fullName) }));
    const dialog = screen.getByRole('dialog', { name: t.disableTitle(people.organizer.fullName) });
    expect(dialog).toHaveTextContent(t.disableText);
    await user.click(within(dialog).getByRole('button', { name: t.disable }));

    await findStatus(screen, t.changed(people.organizer.fullName));
    expect(api.received.find((r) => r.call.startsWith('PATCH'))?.body).toEqual({ status: 'DISABLED' });
  });

  it('an administrator invites an organizer of a new organizer organization', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => jsonResponse(people.admin),
      'GET /api/v1/users': () => jsonResponse(page([summary(people.admin)])),
      'POST /api/v1/users': () => jsonResponse(summary(people.organizer), 201),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/usuarios');

    await user.type(await screen.findByLabelText(f.fullName), 'Paula Pastrana');
    await user.type(screen.getByLabelText(f.email), 'paula@ccpasto.example.co');
    await user.selectOptions(screen.getByLabelText(t.inviteRole), messages.accounts.roles.ORGANIZER);
    await user.type(screen.getByLabelText(t.newOrganizerName), 'Cámara de Comercio de Pasto');
    await user.click(screen.getByRole('button', { name: t.inviteSubmit }));

    expect(await findStatus(screen, t.invited('paula@ccpasto.example.co'))).toBeInTheDocument();
    expect(api.received.find((r) => r.call === 'POST /api/v1/users')?.body).toEqual({
      email: 'paula@ccpasto.example.co',
      fullName: 'Paula Pastrana',
      role: 'ORGANIZER',
      newOrganizerName: 'Cámara de Comercio de Pasto',
    });
  });

  it('the owner of a mipyme invites a member, who gets the owner’s own role, and cannot change roles', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => jsonResponse(people.supplierOwner),
      'GET /api/v1/users': () => jsonResponse(page([summary(people.supplierOwner)])),
      'POST /api/v1/users': () => jsonResponse(summary(people.supplierMember), 201),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/usuarios');

    expect(await screen.findByText(t.inviteRoleFixed(messages.accounts.roles.SUPPLIER))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cambiar el rol/ })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(f.fullName), people.supplierMember.fullName);
    await user.type(screen.getByLabelText(f.email), people.supplierMember.email);
    await user.click(screen.getByRole('button', { name: t.inviteSubmit }));

    await findStatus(screen, t.invited(people.supplierMember.email));
    expect(api.received.find((r) => r.call === 'POST /api/v1/users')?.body).toMatchObject({
      role: 'SUPPLIER',
      newOrganizerName: null,
    });
  });

  it('shows the server’s message next to the e-mail when it is already taken', async () => {
    const taken = 'Ya existe un usuario con este correo.';
    fakeApi({
      'GET /api/v1/me': () => jsonResponse(people.organizer),
      'GET /api/v1/users': () => jsonResponse(page([summary(people.organizer)])),
      'POST /api/v1/users': () => invalidFields({ email: taken }, taken),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/usuarios');

    await user.type(await screen.findByLabelText(f.fullName), 'Otra Persona');
    await user.type(screen.getByLabelText(f.email), people.organizer.email);
    await user.click(screen.getByRole('button', { name: t.inviteSubmit }));

    await waitFor(() => expect(screen.getByLabelText(f.email)).toHaveAccessibleDescription(taken));
  });
});

describe('the audit log', () => {
  const event = (id: number, action: string) => ({
    id,
    occurredAt: '2026-11-20T13:30:00Z',
    action,
    actorUserId: people.admin.id,
    actorEmail: people.admin.email,
    target: `user:${people.admin.id}`,
    ipAddress: '127.0.0.1',
    details: null,
  });

  it('lists the events in Spanish, filters them by action and pages through them', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => jsonResponse(people.admin),
      'GET /api/v1/audit-events': (request) => {
        const query = new URL(request.url).searchParams;
        const number = Number(query.get('page'));
        return jsonResponse(page([event(200 - number, query.get('action') ?? 'LOGIN_SUCCEEDED')], 120, number));
      },
    });
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp('/auditoria');

    const table = await screen.findByRole('table');
    expect(within(table).getByText(a.actions.LOGIN_SUCCEEDED)).toBeInTheDocument();
    expect(screen.getByText(a.pageOf(1, 3))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: a.previous })).toBeDisabled();

    await user.selectOptions(screen.getByLabelText(a.filterLabel), a.actions.LOGIN_FAILED);
    await user.click(screen.getByRole('button', { name: a.filter }));
    expect(await within(screen.getByRole('table')).findByText(a.actions.LOGIN_FAILED)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: a.next }));
    expect(await screen.findByText(a.pageOf(2, 3))).toBeInTheDocument();
    expect(router.state.location.search).toBe('?accion=LOGIN_FAILED&pagina=2');

    const asked = api.received
      .filter((r) => r.call === 'GET /api/v1/audit-events')
      .map((r) => r.call);
    expect(asked.length).toBeGreaterThanOrEqual(3);
  });

  it('says so when the server cannot give the events', async () => {
    fakeApi({
      'GET /api/v1/me': () => jsonResponse(people.admin),
      'GET /api/v1/audit-events': () => problemResponse(503, 'La base de datos no está disponible en este momento.'),
    });
    signedIn();

    renderApp('/auditoria');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(a.error);
    expect(alert).toHaveTextContent('La base de datos no está disponible en este momento.');
  });
});
