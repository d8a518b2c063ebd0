import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { demoStats, jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { ProgrammeStats } from '../programme-stats';

const t = messages.home.stats;

describe('ProgrammeStats', () => {
  it('shows the figures the API returns, written the Colombian way', async () => {
    const fetchMock = mockFetch(() => jsonResponse(demoStats));

    renderWithProviders(<ProgrammeStats />);

    expect(await screen.findByTestId('stat-suppliers')).toHaveTextContent('1.450');
    expect(screen.getByTestId('stat-anchors')).toHaveTextContent('82');
    expect(screen.getByTestId('stat-requirements')).toHaveTextContent('12.345');
    expect(screen.getByTestId('stat-ruedas')).toHaveTextContent('7');
    const [request] = fetchMock.mock.calls[0]!;
    expect(new URL((request as Request).url).pathname).toBe('/api/v1/stats');
  });

  it('labels each figure so it is read with its meaning', async () => {
    mockFetch(() => jsonResponse(demoStats));

    renderWithProviders(<ProgrammeStats />);

    const suppliers = (await screen.findByTestId('stat-suppliers')).parentElement!;
    expect(within(suppliers).getByRole('term')).toHaveTextContent(t.suppliers);
  });

  it('says it is loading while the figures are on their way', () => {
    mockFetch(() => new Promise<Response>(() => {}));

    renderWithProviders(<ProgrammeStats />);

    expect(screen.getByRole('status')).toHaveTextContent(t.loading);
  });

  it('shows a Spanish error with the server’s explanation when the API answers a problem with 503', async () => {
    const detail = 'Las cifras no están disponibles mientras se actualiza la base de datos.';
    mockFetch(() => problemResponse(503, detail));

    renderWithProviders(<ProgrammeStats />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(t.errorTitle);
    expect(alert).toHaveTextContent(detail);
    expect(within(alert).getByRole('button', { name: t.retry })).toBeEnabled();
    expect(screen.queryByTestId('stat-suppliers')).not.toBeInTheDocument();
  });

  it('falls back to a general Spanish explanation when the server gives no detail', async () => {
    mockFetch(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));

    renderWithProviders(<ProgrammeStats />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(t.errorFallback);
    expect(alert).not.toHaveTextContent('Bad gateway');
  });

  it('falls back to a general Spanish explanation when the server cannot be reached', async () => {
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    renderWithProviders(<ProgrammeStats />);

    expect(await screen.findByRole('alert')).toHaveTextContent(t.errorFallback);
  });

  it('shows the figures after the person retries a failed request', async () => {
    let calls = 0;
    mockFetch(() => (++calls === 1 ? problemResponse(503, 'Servicio en mantenimiento.') : jsonResponse(demoStats)));
    const user = userEvent.setup();

    renderWithProviders(<ProgrammeStats />);
    await user.click(await screen.findByRole('button', { name: t.retry }));

    expect(await screen.findByTestId('stat-suppliers')).toHaveTextContent('1.450');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
