import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { fakeApi, people, signedIn } from '@/testing/accounts-api';
import { jsonResponse, problemResponse } from '@/testing/mock-fetch';
import { anchorPerson, defaultFacets, referenceHandlers, supplier, supplierResults } from '@/testing/search-api';
import { renderApp } from '@/testing/test-utils';

const t = messages.supplierSearch;

/** The search API answering with `results`, and every search's query string in order. */
function searchApi(results: (url: URL) => Response, me: object = people.admin, extra = {}) {
  const searches: URLSearchParams[] = [];
  const api = fakeApi({
    'GET /api/v1/me': () => jsonResponse(me),
    ...referenceHandlers,
    'GET /api/v1/search/suppliers': (request) => {
      const url = new URL(request.url);
      searches.push(url.searchParams);
      return results(url);
    },
    ...extra,
  });
  return { ...api, searches };
}

/** The first render loads the page's code (a lazy route), which takes longer than a re-render. */
const firstLoad = { timeout: 5000 };

const resultsCount = () => screen.getByText((_, el) => el?.getAttribute('role') === 'status' && /proveedor/.test(el.textContent ?? ''));

describe('the supplier search page', () => {
  it('searches the text in the address and says how many suppliers it found', async () => {
    const api = searchApi(() => jsonResponse(supplierResults([supplier()], defaultFacets, 15)));
    signedIn();
    renderApp('/buscar-proveedores?q=dotación');

    expect(await screen.findByRole('heading', { level: 3, name: 'Confecciones La Montaña' }, firstLoad)).toBeInTheDocument();
    expect(resultsCount()).toHaveTextContent(t.results.count(15));
    expect(api.searches[0]?.get('q')).toBe('dotación');
    expect(screen.getByRole('combobox', { name: t.box.label })).toHaveValue('dotación');
  });

  it('ticking a department facet puts it in the address and narrows the search to it', async () => {
    const api = searchApi((url) =>
      url.searchParams.get('department') === '05'
        ? jsonResponse(supplierResults([supplier()], { ...defaultFacets, department: [{ key: '05', count: 12 }] }, 12))
        : jsonResponse(supplierResults([supplier(), supplier({ id: 'b2', name: 'Textiles Bogotá', department: '11' })], defaultFacets, 15)),
    );
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp('/buscar-proveedores?q=uniformes');

    const filters = await screen.findByRole('complementary', { name: t.filters }, firstLoad);
    await user.click(await within(filters).findByRole('checkbox', { name: t.facets.option('Antioquia', '12') }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=uniformes&departamento=05'));
    await waitFor(() => expect(resultsCount()).toHaveTextContent(t.results.count(12)));
    expect(api.searches.some((s) => s.get('department') === '05' && s.get('q') === 'uniformes')).toBe(true);
    // the filter shows among those in force, and one tap removes it
    await user.click(screen.getByRole('button', { name: t.active.remove('Antioquia') }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=uniformes'));
  });

  it('Back undoes the last filter, since every choice is a new address', async () => {
    searchApi(() => jsonResponse(supplierResults([supplier()], defaultFacets)));
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp('/buscar-proveedores');

    await user.click(await screen.findByRole('checkbox', { name: t.facets.flags.womenLed }));
    await waitFor(() => expect(router.state.location.search).toBe('?mujeres=1'));
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: t.facets.flags.womenLed })).not.toBeChecked());
  });

  it('renders highlighted words in <mark> without injecting the server’s HTML', async () => {
    searchApi(() =>
      jsonResponse(
        supplierResults([
          supplier({
            highlights: {
              'offerings.name': ['<mark>Dotación</mark> industrial <img src=x onerror=alert(1)> & <b>más</b>'],
            },
          }),
        ]),
      ),
    );
    signedIn();
    renderApp('/buscar-proveedores?q=dotación');

    const card = (await screen.findByRole('heading', { level: 3, name: 'Confecciones La Montaña' })).closest('article')!;
    const marks = card.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent('Dotación');
    // the rest is text, shown as typed: no image, no bold, nothing executed
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('b')).toBeNull();
    expect(card).toHaveTextContent('industrial <img src=x onerror=alert(1)> & <b>más</b>');
  });

  it('shows the distance, the place by name, and chains and certifications by name', async () => {
    searchApi(() => jsonResponse(supplierResults([supplier({ distanceKm: 12.34 })])));
    signedIn();
    renderApp('/buscar-proveedores?cerca=05088&orden=distancia');

    const card = (await screen.findByRole('heading', { level: 3, name: 'Confecciones La Montaña' })).closest('article')!;
    expect(card).toHaveTextContent(t.results.distance('12'));
    await waitFor(() => expect(card).toHaveTextContent(t.results.place('Medellín', 'Antioquia')));
    expect(within(within(card).getByRole('list', { name: t.results.chains })).getByRole('listitem')).toHaveTextContent(
      'Sistema moda',
    );
    expect(
      within(within(card).getByRole('list', { name: t.results.certifications })).getByRole('listitem'),
    ).toHaveTextContent('Sistema de gestión de la calidad ISO 9001');
    expect(screen.getByRole('combobox', { name: t.sort.label })).toHaveValue('distance');
  });

  it('shows the server’s Spanish detail when search is down (503), and the page stays usable', async () => {
    const detail = 'La búsqueda no está disponible en este momento. Inténtelo de nuevo en unos minutos.';
    let down = true;
    const api = searchApi(() => (down ? problemResponse(503, detail) : jsonResponse(supplierResults([supplier()]))));
    signedIn();
    const user = userEvent.setup();
    renderApp('/buscar-proveedores?q=café');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(t.results.error);
    expect(alert).toHaveTextContent(detail);
    // the search box and the filters still work
    const box = screen.getByRole('combobox', { name: t.box.label });
    expect(box).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: t.facets.flags.pdet })).toBeEnabled();

    down = false;
    await user.click(within(alert).getByRole('button', { name: messages.formControls.retry }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Confecciones La Montaña' })).toBeInTheDocument();
    expect(api.searches.length).toBeGreaterThanOrEqual(2);
  });

  it('suggests while typing and searches the suggestion chosen with the keyboard', async () => {
    const suggested: string[] = [];
    const api = searchApi(() => jsonResponse(supplierResults([supplier()])), people.admin, {
      'GET /api/v1/search/suppliers/suggest': (request: Request) => {
        suggested.push(new URL(request.url).searchParams.get('q') ?? '');
        return jsonResponse(['Dotaciones del Valle', 'Dotación Industrial Andina']);
      },
    });
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp('/buscar-proveedores');

    const box = await screen.findByRole('combobox', { name: t.box.label });
    await user.type(box, 'dota');
    const listbox = await screen.findByRole('listbox', { name: t.box.suggestions });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    // debounced: one request for what was typed, not one per key
    expect(suggested).toEqual(['dota']);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = within(listbox).getByRole('option', { name: 'Dotación Industrial Andina' });
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', second.id);
    await user.keyboard('{Enter}');

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('Dotación Industrial Andina'));
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(api.searches.some((s) => s.get('q') === 'Dotación Industrial Andina')).toBe(true));
  });

  it('offers «distancia» only once a municipality is chosen in «Cerca de»', async () => {
    const api = searchApi(() => jsonResponse(supplierResults([supplier()])));
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp('/buscar-proveedores');

    const sort = await screen.findByRole('combobox', { name: t.sort.label });
    expect(within(sort).getByRole('option', { name: t.sort.distance })).toBeDisabled();

    const department = screen.getByRole('combobox', { name: t.near.department });
    await within(department).findByRole('option', { name: 'Antioquia' });
    await user.selectOptions(department, 'Antioquia');
    await user.selectOptions(await screen.findByRole('combobox', { name: t.near.municipality }), 'Bello');
    await user.selectOptions(screen.getByRole('combobox', { name: t.near.radius }), t.near.radiusOption(50));
    await user.click(screen.getByRole('button', { name: t.near.apply }));

    await waitFor(() => expect(router.state.location.search).toBe('?cerca=05088&radio=50'));
    expect(within(screen.getByRole('combobox', { name: t.sort.label })).getByRole('option', { name: t.sort.distance })).toBeEnabled();
    await user.selectOptions(screen.getByRole('combobox', { name: t.sort.label }), t.sort.distance);
    await waitFor(() =>
      expect(api.searches.some((s) => s.get('near') === '05088' && s.get('radiusKm') === '50' && s.get('sort') === 'distance')).toBe(true),
    );
  });

  it('moves to the next page and keeps it in the address', async () => {
    const api = searchApi((url) =>
      jsonResponse({ ...supplierResults([supplier({ name: `Proveedor página ${url.searchParams.get('page')}` })], defaultFacets, 45) }),
    );
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp('/buscar-proveedores?q=café');

    const pages = await screen.findByRole('navigation', { name: t.pagination.label });
    expect(pages).toHaveTextContent(t.pagination.pageOf(1, 3));
    await user.click(within(pages).getByRole('button', { name: t.pagination.next }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=caf%C3%A9&pagina=2'));
    expect(await screen.findByRole('heading', { level: 3, name: 'Proveedor página 1' })).toBeInTheDocument();
    expect(api.searches.at(-1)?.get('page')).toBe('1');
  });

  it('an anchor reaches the shortlist of each of its open requirements from the search page', async () => {
    searchApi(() => jsonResponse(supplierResults([supplier()])), anchorPerson, {
      'GET /api/v1/requirements': () =>
        jsonResponse({
          items: [{ id: 'r-1', externalId: 'REQ-7', title: 'Uniformes de planta' }],
          total: 1,
          page: 0,
          size: 50,
        }),
    });
    signedIn();
    renderApp('/buscar-proveedores');

    const link = await screen.findByRole('link', { name: t.ownRequirements.link('Uniformes de planta', 'REQ-7') });
    expect(link).toHaveAttribute('href', '/requerimientos/r-1/proveedores');
  });

  it('is closed to mipymes, who have «Oportunidades» in the menu instead', async () => {
    searchApi(() => jsonResponse(supplierResults([])), people.supplierOwner);
    signedIn();
    renderApp('/buscar-proveedores');

    expect(await screen.findByRole('heading', { name: messages.accounts.guard.forbiddenTitle })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: messages.layout.mainNavLabel });
    expect(within(nav).getByRole('link', { name: messages.searchNav.opportunities })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: messages.searchNav.supplierSearch })).not.toBeInTheDocument();
  });
});
