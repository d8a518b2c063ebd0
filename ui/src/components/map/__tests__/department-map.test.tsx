import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { boundaries } from '@/testing/search-api';
import { renderWithProviders } from '@/testing/test-utils';
import { SHADES } from '../map-projection';
import { DepartmentMap } from '../department-map';

const t = messages.supplierSearch.map;
const names: Record<string, string> = { '05': 'Antioquia', '11': 'Bogotá, D.C.', '91': 'Amazonas', '88': 'San Andrés' };
const nameOf = (code: string) => names[code] ?? code;
const counts = new Map([
  ['05', 120],
  ['11', 30],
]);

function renderMap(selected: string[] = [], onToggle = vi.fn()) {
  const fetchMock = mockFetch(() => jsonResponse(boundaries));
  renderWithProviders(<DepartmentMap counts={counts} selected={selected} nameOf={nameOf} onToggle={onToggle} />);
  return { fetchMock, onToggle };
}

describe('DepartmentMap', () => {
  it('colours each department by its count: the most suppliers darkest, none in the neutral shade', async () => {
    renderMap();

    const antioquia = await screen.findByRole('button', { name: t.departmentTitle('Antioquia', 120) });
    const bogota = screen.getByRole('button', { name: t.departmentTitle('Bogotá, D.C.', 30) });
    const amazonas = screen.getByRole('button', { name: t.departmentTitle('Amazonas', 0) });
    expect(antioquia).toHaveAttribute('fill', SHADES[5]);
    expect(bogota).toHaveAttribute('fill', SHADES[2]);
    expect(amazonas).toHaveAttribute('fill', SHADES[0]);
    // each department carries its name and count in an SVG <title>
    expect(antioquia.querySelector('title')).toHaveTextContent(t.departmentTitle('Antioquia', 120));
    // the islands are drawn too (enlarged, in their own box)
    expect(screen.getByRole('button', { name: t.departmentTitle('San Andrés', 0) })).toBeInTheDocument();
  });

  it('asks for the boundaries as GeoJSON, the only format the endpoint serves', async () => {
    const { fetchMock } = renderMap();

    await screen.findAllByRole('button');
    const request = fetchMock.mock.calls[0]![0] as Request;
    expect(new URL(request.url).pathname).toBe('/api/v1/reference/department-boundaries');
    expect(request.headers.get('Accept')).toContain('application/geo+json');
  });

  it('lists the same counts in a table, the text alternative to the map', async () => {
    renderMap(['05']);

    await screen.findAllByRole('button');
    const table = screen.getByRole('table', { name: t.tableCaption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      `${t.selectedName('Antioquia')}120`,
      'Bogotá, D.C.30',
      'Amazonas0',
      'San Andrés0',
    ]);
  });

  it('filters by a department clicked, or chosen with Enter or Space, and shows which are chosen', async () => {
    const { onToggle } = renderMap(['11']);
    const user = userEvent.setup();

    const antioquia = await screen.findByRole('button', { name: t.departmentTitle('Antioquia', 120) });
    await user.click(antioquia);
    expect(onToggle).toHaveBeenLastCalledWith('05');

    const amazonas = screen.getByRole('button', { name: t.departmentTitle('Amazonas', 0) });
    amazonas.focus();
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenLastCalledWith('91');
    await user.keyboard(' ');
    expect(onToggle).toHaveBeenCalledTimes(3);

    expect(screen.getByRole('button', { name: t.departmentTitle('Bogotá, D.C.', 30) })).toHaveAttribute('aria-pressed', 'true');
    expect(antioquia).toHaveAttribute('aria-pressed', 'false');
  });

  it('says the map could not load and keeps the counts table when the boundaries fail', async () => {
    mockFetch(() => problemResponse(503, 'Servicio no disponible'));
    renderWithProviders(<DepartmentMap counts={counts} selected={[]} nameOf={nameOf} onToggle={vi.fn()} />);

    expect(await screen.findByText(t.error)).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: t.tableCaption })).getAllByRole('row')).toHaveLength(3);
  });
});
