import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { invalidFields, people, signedIn } from '@/testing/accounts-api';
import {
  catalogueApi,
  reference,
  REQUIREMENT_ID,
  requirementDetails,
  SUPPLIER_ID,
  supplierDetails,
} from '@/testing/catalogue-api';
import { jsonResponse, problemResponse } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const firstLoad = { timeout: 5000 };
const referenceHandlers = {
  'GET /api/v1/reference/departments': () => jsonResponse(reference.departments),
  'GET /api/v1/reference/municipalities': () => jsonResponse(reference.municipalities05),
  'GET /api/v1/reference/value-chains': () => jsonResponse(reference.valueChains),
  'GET /api/v1/reference/value-chain-links': () => jsonResponse(reference.links),
  'GET /api/v1/reference/certifications': () => jsonResponse(reference.certifications),
};
const anchorPerson = { ...people.supplierOwner, role: 'ANCHOR', organizationId: '30000000-0000-4000-8000-000000000001' };

describe('the mipyme profile wizard', () => {
  const p = messages.supplierProfile;

  it('saves the first step, moves on and shows how complete the profile is', async () => {
    const api = catalogueApi({
      ...referenceHandlers,
      'GET /api/v1/me': () => jsonResponse(people.supplierOwner),
      [`GET /api/v1/suppliers/${SUPPLIER_ID}`]: () => problemResponse(404, 'No existe ese perfil de proveedor.'),
      [`PUT /api/v1/suppliers/${SUPPLIER_ID}`]: () => jsonResponse(supplierDetails()),
    });
    signedIn();
    renderApp('/mi-perfil');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(p.fields.nit, {}, firstLoad), '900123456-8');
    await user.type(screen.getByLabelText(p.fields.legalName), 'Dulces de Amalfi S.A.S.');
    await user.selectOptions(screen.getByLabelText(p.fields.size), 'MICRO');
    await user.selectOptions(screen.getByLabelText(p.fields.department), '05');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Amalfi' })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText(p.fields.municipality), '05031');
    await user.click(screen.getByRole('button', { name: p.saveAndContinue }));

    expect(await screen.findByText(p.completeness.percent(28))).toBeInTheDocument();
    expect(screen.getByText('Descripción de la empresa')).toBeInTheDocument();
    expect(screen.getByText(p.pdet)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: new RegExp(p.steps.market) })).toBeInTheDocument();
    const body = JSON.parse(api.last(`PUT /api/v1/suppliers/${SUPPLIER_ID}`)!.body);
    expect(body).toMatchObject({ nit: '900123456-8', legalName: 'Dulces de Amalfi S.A.S.', size: 'MICRO', municipality: '05031' });
  });

  it('shows the server’s message next to the field it concerns and stays on the step', async () => {
    catalogueApi({
      ...referenceHandlers,
      'GET /api/v1/me': () => jsonResponse(people.supplierOwner),
      [`GET /api/v1/suppliers/${SUPPLIER_ID}`]: () => jsonResponse(supplierDetails()),
      [`PUT /api/v1/suppliers/${SUPPLIER_ID}`]: () =>
        invalidFields({ nit: 'El dígito de verificación no corresponde al NIT «900123456-1».' }),
    });
    signedIn();
    renderApp('/mi-perfil');
    const user = userEvent.setup();

    const nit = await screen.findByLabelText(p.fields.nit, {}, firstLoad);
    await user.clear(nit);
    await user.type(nit, '900123456-1');
    await user.click(screen.getByRole('button', { name: p.saveAndContinue }));

    expect(await screen.findByText('El dígito de verificación no corresponde al NIT «900123456-1».')).toBeInTheDocument();
    expect(screen.getByLabelText(p.fields.nit)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { name: new RegExp(p.steps.company) })).toBeInTheDocument();
  });
});

describe('the organizers’ import page', () => {
  const t = messages.imports;

  it('sends a CSV as CSV and lists each rejected line with its field and reason', async () => {
    const api = catalogueApi({
      'GET /api/v1/me': () => jsonResponse(people.organizer),
      'POST /api/v1/imports/suppliers': () =>
        jsonResponse({
          accepted: 158,
          rejected: 2,
          errorsOmitted: 0,
          errors: [
            { line: 7, field: 'nit', message: 'El dígito de verificación no corresponde al NIT «900123456-1».' },
            { line: 9, field: null, message: 'La línea no es un JSON válido (columna 41): revise comillas, comas y llaves.' },
          ],
        }),
    });
    signedIn();
    renderApp('/importar');
    const user = userEvent.setup();

    const file = new File(['nit;legalName\n900123456-8;Empaques\n'], 'proveedores.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText(t.file, {}, firstLoad), file);
    await user.click(screen.getByRole('button', { name: t.submit }));

    expect(await screen.findByText(t.accepted(158))).toBeInTheDocument();
    expect(screen.getByText(t.rejected(2))).toBeInTheDocument();
    const rows = within(screen.getByRole('region', { name: t.errorsTableLabel })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('7nitEl dígito de verificación no corresponde');
    expect(rows[2]).toHaveTextContent(t.wholeLine);
    const request = api.last('POST /api/v1/imports/suppliers')!;
    // the file goes as the body itself (jsdom cannot read a File back from a Request, browsers stream it)
    expect(request.contentType).toBe('text/csv');
  });

  it('asks for a file before sending anything', async () => {
    const api = catalogueApi({ 'GET /api/v1/me': () => jsonResponse(people.organizer) });
    signedIn();
    renderApp('/importar');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: t.submit }, firstLoad));
    expect(await screen.findByText(t.chooseFile)).toBeInTheDocument();
    expect(api.sent.some((s) => s.call.startsWith('POST'))).toBe(false);
  });
});

describe('the anchor’s requirement editor', () => {
  const t = messages.requirements;

  it('creates a draft, opens its page and publishes it', async () => {
    let status = 'DRAFT';
    const api = catalogueApi({
      ...referenceHandlers,
      'GET /api/v1/me': () => jsonResponse(anchorPerson),
      'POST /api/v1/requirements': () => jsonResponse(requirementDetails('DRAFT'), 201),
      [`GET /api/v1/requirements/${REQUIREMENT_ID}`]: () => jsonResponse(requirementDetails(status)),
      [`POST /api/v1/requirements/${REQUIREMENT_ID}/open`]: () => {
        status = 'OPEN';
        return jsonResponse(requirementDetails('OPEN'));
      },
    });
    signedIn();
    const { router } = renderApp('/requerimientos/nuevo');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(t.fields.title, {}, firstLoad), 'Estuches plegadizos impresos');
    await user.type(screen.getByLabelText(t.fields.deliveryMunicipalities), '05001');
    await user.click(screen.getByRole('button', { name: t.save }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/requerimientos/${REQUIREMENT_ID}`));
    const created = JSON.parse(api.last('POST /api/v1/requirements')!.body);
    expect(created).toMatchObject({ title: 'Estuches plegadizos impresos', deliveryMunicipalities: ['05001'], anchor: null });
    expect(await screen.findByText(t.status.DRAFT!)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: t.open }));
    expect(await screen.findByText(t.status.OPEN!)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t.open })).not.toBeInTheDocument();
  });

  it('says a requirement it may not see does not exist', async () => {
    catalogueApi({
      'GET /api/v1/me': () => jsonResponse(people.supplierOwner),
      [`GET /api/v1/requirements/${REQUIREMENT_ID}`]: () => problemResponse(404, 'No existe ese requerimiento.'),
    });
    signedIn();
    renderApp(`/requerimientos/${REQUIREMENT_ID}`);
    expect(await screen.findByText(t.notFound, {}, firstLoad)).toBeInTheDocument();
  });
});

describe('the organizers’ supplier list', () => {
  const t = messages.supplierList;

  it('sends the filters in the address to the API and shows each certification’s state', async () => {
    const api = catalogueApi({
      ...referenceHandlers,
      'GET /api/v1/me': () => jsonResponse(people.organizer),
      'GET /api/v1/suppliers': () =>
        jsonResponse({
          items: [
            {
              id: SUPPLIER_ID,
              nit: '900123456-8',
              legalName: 'Dulces de Amalfi S.A.S.',
              tradeName: null,
              size: 'MICRO',
              popularEconomy: false,
              place: { municipalityCode: '05031', municipalityName: 'Amalfi', departmentCode: '05', departmentName: 'Antioquia', pdet: true, zomac: true },
              valueChains: [],
              certifications: [{ code: 'ISO_9001', validUntil: '2025-01-01', status: 'EXPIRED' }],
              inclusion: { womenLed: true, ethnicGroup: null, victims: false, youthLed: false },
              completeness: 64,
              updatedAt: '2026-11-22T10:00:00Z',
            },
          ],
          total: 1,
          page: 0,
          size: 20,
        }),
    });
    signedIn();
    renderApp('/proveedores-registrados?department=05&inclusion=WOMEN_LED');

    const row = await screen.findByRole('row', { name: /Dulces de Amalfi/ }, firstLoad);
    expect(row).toHaveTextContent(messages.certificationStatus.EXPIRED);
    expect(row).toHaveTextContent(messages.supplierProfile.completeness.percent(64));
    const request = api.last('GET /api/v1/suppliers')!;
    expect(request.search.get('department')).toBe('05');
    expect(request.search.getAll('inclusion')).toEqual(['WOMEN_LED']);
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(t.title).toBeTruthy();
  });
});
