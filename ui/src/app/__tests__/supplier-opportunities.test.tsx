import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { fakeApi, people, signedIn } from '@/testing/accounts-api';
import { jsonResponse } from '@/testing/mock-fetch';
import { referenceHandlers } from '@/testing/search-api';
import { renderApp } from '@/testing/test-utils';

const t = messages.supplierOpportunities;
const firstLoad = { timeout: 5000 };

function opportunity(overrides: Record<string, unknown> = {}) {
  return {
    requirementId: 'r1',
    externalId: 'REQ-001',
    title: 'Dotación para personal de planta',
    anchorName: 'Puerto Multimodal del Caribe S.A.',
    neededBy: '2027-01-31',
    eligible: true,
    score: 0.86,
    factors: {},
    reasons: ['Entrega en Antioquia, donde se necesita.'],
    gaps: [],
    lacks: [],
    ...overrides,
  };
}

describe('what a mipyme meets and what it lacks', () => {
  it('lists what it meets, and for a near miss what it lacks and who issues it; the search stays', async () => {
    const asked: string[] = [];
    fakeApi({
      'GET /api/v1/me': () => jsonResponse(people.supplierOwner),
      ...referenceHandlers,
      'GET /api/v1/search/requirements': () => jsonResponse({ items: [], total: 0, page: 0, size: 20 }),
      [`GET /api/v1/suppliers/${people.supplierOwner.organizationId}/opportunities`]: (request) => {
        asked.push(request.url);
        return jsonResponse({
          supplierId: people.supplierOwner.organizationId,
          nit: '900123456',
          eligible: [opportunity()],
          nearlyEligible: [
            opportunity({
              requirementId: 'r2',
              externalId: 'REQ-002',
              title: 'Empaques para alimentos',
              eligible: false,
              score: 0.61,
              gaps: ['Le falta la certificación Registro sanitario INVIMA.'],
              lacks: [{ code: 'INVIMA', name: 'Registro sanitario INVIMA', issuer: 'Invima' }],
            }),
          ],
        });
      },
    });
    signedIn();
    renderApp('/oportunidades');

    const section = await screen.findByRole('region', { name: t.heading }, firstLoad);
    const met = await within(section).findByRole('article', { name: 'Dotación para personal de planta' }, firstLoad);
    expect(met).toHaveTextContent('Entrega en Antioquia, donde se necesita.');
    expect(met).toHaveTextContent('31 de enero de 2027');

    const nearly = within(section).getByRole('article', { name: 'Empaques para alimentos' });
    expect(nearly).toHaveTextContent('Le falta la certificación Registro sanitario INVIMA.');
    const lacks = within(nearly).getByRole('list', { name: t.lacksLabel('Empaques para alimentos') });
    expect(lacks).toHaveTextContent('Registro sanitario INVIMA');
    expect(lacks).toHaveTextContent('Se obtiene con: Invima');
    expect(within(section).getByRole('heading', { name: `${t.nearlyHeading} (1)` })).toBeInTheDocument();

    // The existing search is still there.
    expect(screen.getByRole('checkbox', { name: messages.opportunities.fitsProfile })).toBeInTheDocument();
    expect(asked).toHaveLength(1);
  });
});
