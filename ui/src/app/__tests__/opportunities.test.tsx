import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { fakeApi, people, signedIn } from '@/testing/accounts-api';
import { jsonResponse, problemResponse } from '@/testing/mock-fetch';
import { referenceHandlers, requirement, REQUIREMENT_ID } from '@/testing/search-api';
import { renderApp } from '@/testing/test-utils';

const t = messages.opportunities;
const firstLoad = { timeout: 5000 };

function opportunitiesApi(me: object, answer: (url: URL) => Response = () => jsonResponse(page([requirement()]))) {
  const searches: URLSearchParams[] = [];
  fakeApi({
    'GET /api/v1/me': () => jsonResponse(me),
    ...referenceHandlers,
    'GET /api/v1/search/requirements': (request) => {
      const url = new URL(request.url);
      searches.push(url.searchParams);
      return answer(url);
    },
  });
  return searches;
}

const page = <T,>(items: T[]) => ({ items, total: items.length, page: 0, size: 20 });

describe('the opportunities page', () => {
  it('a mipyme sees only what fits its profile by default, and can ask for all', async () => {
    const searches = opportunitiesApi(people.supplierOwner);
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp('/oportunidades');

    const toggle = await screen.findByRole('checkbox', { name: t.fitsProfile }, firstLoad);
    expect(toggle).toBeChecked();
    await waitFor(() => expect(searches[0]?.get('fitsProfile')).toBe('true'));

    await user.click(toggle);
    await waitFor(() => expect(router.state.location.search).toBe('?todos=1'));
    await waitFor(() => expect(searches.at(-1)?.get('fitsProfile')).toBe('false'));
  });

  it('shows the anchor, the highlighted title, delivery departments, certifications and the date in es-CO', async () => {
    opportunitiesApi(people.supplierOwner, () =>
      jsonResponse(page([requirement({ highlights: { title: ['<mark>Dotación</mark> y EPP para personal de planta'] } })])),
    );
    signedIn();
    renderApp('/oportunidades?q=dotación');

    const card = await screen.findByRole('article', { name: 'Dotación y EPP para personal de planta' }, firstLoad);
    expect(card).toHaveTextContent('Puerto Multimodal del Caribe S.A.');
    expect(card.querySelector('mark')).toHaveTextContent('Dotación');
    expect(card).toHaveTextContent('31 de enero de 2027');
    await waitFor(() => expect(card).toHaveTextContent('Antioquia, Bogotá, D.C.'));
    expect(within(card).getByRole('list', { name: t.requiredCertifications })).toHaveTextContent(
      'Seguridad y salud en el trabajo',
    );
    // mipymes do not see other companies' shortlists
    expect(within(card).queryByRole('link', { name: t.shortlist })).not.toBeInTheDocument();
  });

  it('organizers search everything (no profile filter) and open each requirement’s shortlist', async () => {
    const searches = opportunitiesApi(people.organizer);
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp('/oportunidades');

    const card = await screen.findByRole('article', { name: 'Dotación y EPP para personal de planta' }, firstLoad);
    expect(screen.queryByRole('checkbox', { name: t.fitsProfile })).not.toBeInTheDocument();
    expect(searches[0]?.has('fitsProfile')).toBe(false);

    await user.selectOptions(screen.getByRole('combobox', { name: t.chain }), 'Sistema moda');
    await user.type(screen.getByRole('searchbox', { name: t.searchLabel }), 'uniformes');
    await user.click(screen.getByRole('button', { name: t.submit }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=uniformes&cadena=MODA'));
    await waitFor(() => expect(searches.at(-1)?.get('chain')).toBe('MODA'));

    expect(within(card).getByRole('link', { name: t.shortlist })).toHaveAttribute(
      'href',
      `/requerimientos/${REQUIREMENT_ID}/proveedores`,
    );
  });

  it('shows the server’s Spanish detail when search is down (503)', async () => {
    const detail = 'La búsqueda no está disponible en este momento.';
    opportunitiesApi(people.organizer, () => problemResponse(503, detail));
    signedIn();
    renderApp('/oportunidades');

    const alert = await screen.findByRole('alert', {}, firstLoad);
    expect(alert).toHaveTextContent(detail);
    expect(screen.getByRole('button', { name: t.submit })).toBeEnabled();
  });
});
