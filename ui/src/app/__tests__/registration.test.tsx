import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { fakeApi, findStatus, invalidFields } from '@/testing/accounts-api';
import { jsonResponse } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const t = messages.accounts.register;
const f = messages.accounts.fields;

const policy = {
  version: '2026-11',
  title: 'Política de tratamiento de datos personales de EnCadena Match',
  body: 'EnCadena Match trata los datos personales que usted registra.\n\nUsted tiene derecho a conocer sus datos.',
  publishedAt: '2026-11-01T05:00:00Z',
};

const notice = { message: 'Le enviamos un correo para confirmar su dirección. Siga el enlace para activar su cuenta.' };

async function openAs(kind: 'SUPPLIER' | 'ANCHOR', user: UserEvent) {
  await user.click(await screen.findByRole('radio', { name: new RegExp(t.kinds[kind].label) }));
  await screen.findByRole('checkbox', { name: t.consent(policy.version) });
}

async function fillSupplier(user: UserEvent) {
  await user.type(screen.getByLabelText(t.nit), '900123456-8');
  await user.type(screen.getByLabelText(t.legalName), 'Confecciones La Esperanza S.A.S.');
  await user.type(screen.getByLabelText(f.fullName), 'Luz Dary Gómez');
  await user.type(screen.getByLabelText(f.email), 'luz@esperanza.example.co');
  await user.type(screen.getByLabelText(f.password), 'hilos-y-agujas-2026');
}

describe('the registration page', () => {
  it('asks first whether the company is a mipyme or an anchor, and the anchor type only of anchors', async () => {
    fakeApi({ 'GET /api/v1/privacy-policy': () => jsonResponse(policy) });
    const user = userEvent.setup();
    renderApp('/registro');

    await screen.findByRole('group', { name: t.kindLegend });
    expect(screen.queryByLabelText(t.nit)).not.toBeInTheDocument();

    await openAs('SUPPLIER', user);
    expect(screen.getByLabelText(t.nit)).toHaveAccessibleDescription(t.nitHint);
    expect(screen.queryByLabelText(t.anchorType)).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: new RegExp(t.kinds.ANCHOR.label) }));
    expect(screen.getByLabelText(t.anchorType)).toBeInTheDocument();
  });

  it('shows the policy text collapsed, with an unchecked consent box', async () => {
    fakeApi({ 'GET /api/v1/privacy-policy': () => jsonResponse(policy) });
    const user = userEvent.setup();
    renderApp('/registro');
    await openAs('SUPPLIER', user);

    const details = screen.getByText(t.policyToggle(policy.version)).closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(screen.getByText(t.policyToggle(policy.version)));
    expect(details).toHaveAttribute('open');
    expect(within(details).getByText('Usted tiene derecho a conocer sus datos.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: t.consent(policy.version) })).not.toBeChecked();
  });

  it('the consent box must be checked to submit', async () => {
    const api = fakeApi({ 'GET /api/v1/privacy-policy': () => jsonResponse(policy) });
    const user = userEvent.setup();
    renderApp('/registro');
    await openAs('SUPPLIER', user);
    await fillSupplier(user);

    await user.click(screen.getByRole('button', { name: t.submit }));

    const consent = screen.getByRole('checkbox', { name: t.consent(policy.version) });
    expect(consent).toHaveAccessibleDescription(t.consentRequired);
    expect(consent).toHaveFocus();
    expect(api.calls()).not.toContain('POST /api/v1/registrations');
  });

  it('sends the policy version the person accepted, then says to check the e-mail', async () => {
    const api = fakeApi({
      'GET /api/v1/privacy-policy': () => jsonResponse(policy),
      'POST /api/v1/registrations': () => jsonResponse(notice, 202),
    });
    const user = userEvent.setup();
    renderApp('/registro');
    await openAs('SUPPLIER', user);
    await fillSupplier(user);
    await user.click(screen.getByRole('checkbox', { name: t.consent(policy.version) }));

    await user.click(screen.getByRole('button', { name: t.submit }));

    expect(await screen.findByRole('heading', { level: 1, name: t.doneTitle })).toHaveFocus();
    expect(await findStatus(screen, notice.message)).toBeInTheDocument();
    expect(screen.getByText(t.doneText('luz@esperanza.example.co'))).toBeInTheDocument();
    expect(api.received.find((r) => r.call === 'POST /api/v1/registrations')?.body).toEqual({
      kind: 'SUPPLIER',
      nit: '900123456-8',
      legalName: 'Confecciones La Esperanza S.A.S.',
      anchorType: null,
      fullName: 'Luz Dary Gómez',
      email: 'luz@esperanza.example.co',
      password: 'hilos-y-agujas-2026',
      acceptedPolicyVersion: '2026-11',
    });
  });

  it('sends the anchor type of an anchor company', async () => {
    const api = fakeApi({
      'GET /api/v1/privacy-policy': () => jsonResponse(policy),
      'POST /api/v1/registrations': () => jsonResponse(notice, 202),
    });
    const user = userEvent.setup();
    renderApp('/registro');
    await openAs('ANCHOR', user);
    await fillSupplier(user);
    await user.selectOptions(screen.getByLabelText(t.anchorType), t.anchorTypes.EXTRANJERA);
    await user.click(screen.getByRole('checkbox', { name: t.consent(policy.version) }));

    await user.click(screen.getByRole('button', { name: t.submit }));

    await screen.findByRole('heading', { level: 1, name: t.doneTitle });
    expect(api.received.find((r) => r.call === 'POST /api/v1/registrations')?.body).toMatchObject({
      kind: 'ANCHOR',
      anchorType: 'EXTRANJERA',
    });
  });

  it('shows the server’s field errors next to each field', async () => {
    const nitError = 'El dígito de verificación no corresponde al NIT. Revíselo en el RUT.';
    const passwordError = 'Esta contraseña es de las más usadas y fáciles de adivinar; elija otra.';
    fakeApi({
      'GET /api/v1/privacy-policy': () => jsonResponse(policy),
      'POST /api/v1/registrations': () => invalidFields({ nit: nitError, password: passwordError }),
    });
    const user = userEvent.setup();
    renderApp('/registro');
    await openAs('SUPPLIER', user);
    await fillSupplier(user);
    await user.click(screen.getByRole('checkbox', { name: t.consent(policy.version) }));

    await user.click(screen.getByRole('button', { name: t.submit }));

    const nit = screen.getByLabelText(t.nit);
    expect(await screen.findByText(nitError)).toBeInTheDocument();
    expect(nit).toHaveAttribute('aria-invalid', 'true');
    expect(nit).toHaveAccessibleDescription(`${t.nitHint} ${nitError}`);
    expect(nit).toHaveFocus();
    expect(screen.getByLabelText(f.password)).toHaveAccessibleDescription(`${f.passwordHint} ${passwordError}`);
    expect(screen.getByLabelText(t.legalName)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent(messages.accounts.validation.checkFields);
  });

  it('does not let anyone register while the policy cannot be shown', async () => {
    fakeApi({});
    const user = userEvent.setup();
    renderApp('/registro');

    await user.click(await screen.findByRole('radio', { name: new RegExp(t.kinds.SUPPLIER.label) }));

    expect(await screen.findByRole('alert')).toHaveTextContent(t.policyError);
    expect(screen.getByRole('button', { name: t.submit })).toBeDisabled();
  });
});
