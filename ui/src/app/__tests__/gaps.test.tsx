import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { fakeApi, people, signedIn } from '@/testing/accounts-api';
import { jsonResponse } from '@/testing/mock-fetch';
import { referenceHandlers } from '@/testing/search-api';
import { renderApp } from '@/testing/test-utils';

const t = messages.gaps;
const firstLoad = { timeout: 5000 };

function report(overrides: Record<string, unknown> = {}) {
  return {
    chain: null,
    department: null,
    requirements: 40,
    suppliers: 1200,
    relevantPairs: 5000,
    eligiblePairs: 1800,
    blockedPairs: 3200,
    // Out of order on purpose: the page ranks them.
    certifications: [
      { code: 'ISO_9001', name: 'ISO 9001 Gestión de calidad', pairsBlocked: 300, suppliersUnlocked: 25 },
      { code: 'SST', name: 'Seguridad y salud en el trabajo', pairsBlocked: 1450, suppliersUnlocked: 120 },
      { code: 'INVIMA', name: 'Registro sanitario INVIMA', pairsBlocked: 800, suppliersUnlocked: 60 },
    ],
    territories: [{ code: '91', name: 'Amazonas', pairsBlocked: 210, suppliersUnlocked: 4 }],
    byDepartment: [
      { department: '05', name: 'Antioquia', suppliers: 300, blockedPairs: 900, eligiblePairs: 400 },
      { department: '11', name: 'Bogotá, D.C.', suppliers: 500, blockedPairs: 1200, eligiblePairs: 700 },
    ],
    truncated: false,
    ...overrides,
  };
}

function gapsApi() {
  const requests: URLSearchParams[] = [];
  fakeApi({
    'GET /api/v1/me': () => jsonResponse(people.organizer),
    ...referenceHandlers,
    'GET /api/v1/analytics/gaps': (request) => {
      const params = new URL(request.url).searchParams;
      requests.push(params);
      return jsonResponse(report({ chain: params.get('chain') }));
    },
  });
  return requests;
}

describe('the gap dashboard', () => {
  it('ranks certifications by the pairs they block and shows how many suppliers closing each would unlock', async () => {
    gapsApi();
    signedIn();
    renderApp('/brechas');

    const table = await screen.findByRole('table', { name: t.certificationsHeading }, firstLoad);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Seguridad y salud en el trabajo',
      'Registro sanitario INVIMA',
      'ISO 9001 Gestión de calidad',
    ]);
    expect(within(table).getByRole('columnheader', { name: t.suppliersUnlocked })).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('1.450');
    expect(rows[0]).toHaveTextContent('120');
    expect(screen.getByText(t.blockedPairs, { selector: 'dt' }).nextSibling).toHaveTextContent('3.200');
    expect(screen.getByRole('link', { name: messages.searchNav.gaps })).toBeInTheDocument();
  });

  it('choosing a value chain asks again with ?chain=', async () => {
    const requests = gapsApi();
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp('/brechas');

    const select = await screen.findByRole('combobox', { name: t.chain }, firstLoad);
    await screen.findByRole('option', { name: 'Sistema moda' }, firstLoad);
    await waitFor(() => expect(requests.length).toBeGreaterThan(0));
    expect(requests[0]?.get('chain')).toBeNull();

    await user.selectOptions(select, 'MODA');
    await waitFor(() => expect(requests.at(-1)?.get('chain')).toBe('MODA'));
    expect(router.state.location.search).toBe('?cadena=MODA');
  });

  it('is not offered to a mipyme', async () => {
    fakeApi({ 'GET /api/v1/me': () => jsonResponse(people.supplierOwner), ...referenceHandlers });
    signedIn();
    renderApp('/');
    await screen.findByRole('link', { name: messages.searchNav.opportunities }, firstLoad);
    expect(screen.queryByRole('link', { name: messages.searchNav.gaps })).not.toBeInTheDocument();
  });
});
