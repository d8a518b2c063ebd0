import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { demoStats, jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

describe('the app routes', () => {
  it('shows the Spanish 404 page for an unknown path', async () => {
    renderApp('/esta/ruta/no-existe');

    expect(await screen.findByRole('heading', { level: 1, name: messages.notFound.title })).toBeInTheDocument();
    expect(screen.getByText(messages.notFound.text)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: messages.notFound.backHome })).toHaveAttribute('href', '/');
  });

  it('opens on the home page with the product explained and the live figures', async () => {
    mockFetch(() => jsonResponse(demoStats));

    renderApp('/');

    expect(screen.getByRole('heading', { level: 1, name: messages.home.title })).toBeInTheDocument();
    expect(await screen.findByTestId('stat-requirements')).toHaveTextContent('12.345');
  });

  it('offers a skip link that leads to the main content', () => {
    mockFetch(() => jsonResponse(demoStats));

    renderApp('/');

    const skip = screen.getByRole('link', { name: messages.layout.skipToContent });
    const main = screen.getByRole('main');
    expect(skip).toHaveAttribute('href', `#${main.id}`);
  });

  it('marks the current section in the main navigation', async () => {
    renderApp('/proveedores');

    const nav = screen.getByRole('navigation', { name: messages.layout.mainNavLabel });
    expect(within(nav).getByRole('link', { name: messages.nav.suppliers })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: messages.nav.home })).not.toHaveAttribute('aria-current');
  });

  it('tells honestly that a section not built yet arrives soon', async () => {
    mockFetch(() => jsonResponse(demoStats));
    const user = userEvent.setup();
    renderApp('/');

    await user.click(screen.getByRole('link', { name: messages.nav.suppliers }));

    expect(screen.getByRole('heading', { level: 1, name: messages.comingSoon.suppliers.title })).toBeInTheDocument();
    expect(screen.getByText(messages.comingSoon.suppliers.text)).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
