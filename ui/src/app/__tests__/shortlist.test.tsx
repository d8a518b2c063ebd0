import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { fakeApi, people, signedIn } from '@/testing/accounts-api';
import { jsonResponse, problemResponse } from '@/testing/mock-fetch';
import { REQUIREMENT_ID as CATALOGUE_REQUIREMENT_ID, requirementDetails as catalogueRequirement } from '@/testing/catalogue-api';
import { anchorPerson, match, referenceHandlers, REQUIREMENT_ID, requirementDetails } from '@/testing/search-api';
import { renderApp } from '@/testing/test-utils';

const t = messages.shortlist;
const firstLoad = { timeout: 5000 };
const path = `/requerimientos/${REQUIREMENT_ID}/proveedores`;

const result = {
  requirementId: REQUIREMENT_ID,
  externalId: 'DEMO-2026-025',
  anchorNit: '860800732-6',
  generatedAt: '2026-11-21T23:24:28-05:00',
  candidates: 57,
  matches: [match(), match({ nit: '949818519-5', name: 'Soldaduras del Río Ltda.', rank: 2, score: 0.671 })],
  nearMisses: [
    match({
      nit: '966049475-1',
      name: 'Montajes Cafetera E.U.',
      rank: 3,
      eligible: false,
      score: 0.58,
      factors: { text: 0.7, valueChain: 0.75, certifications: 0, territory: 0.5, inclusion: 0.25 },
      reasons: ['Coincide en: overoles'],
      gaps: ['Le falta la certificación obligatoria SG-SST vigente'],
    }),
  ],
};

function shortlistApi(me: object = people.admin, matches = () => jsonResponse(result)) {
  return fakeApi({
    'GET /api/v1/me': () => jsonResponse(me),
    [`GET /api/v1/requirements/${REQUIREMENT_ID}`]: () => jsonResponse(requirementDetails),
    [`GET /api/v1/requirements/${REQUIREMENT_ID}/matches`]: matches,
  });
}

describe('a requirement’s shortlist', () => {
  it('is linked from the requirement’s own page for its anchor, and not for a mipyme', async () => {
    const page = `/requerimientos/${CATALOGUE_REQUIREMENT_ID}`;
    for (const [person, linked] of [
      [anchorPerson, true],
      [people.supplierOwner, false],
    ] as const) {
      fakeApi({
        'GET /api/v1/me': () => jsonResponse(person),
        ...referenceHandlers,
        [`GET /api/v1/requirements/${CATALOGUE_REQUIREMENT_ID}`]: () => jsonResponse(catalogueRequirement('OPEN')),
      });
      signedIn();
      const { unmount } = renderApp(page);

      await screen.findByRole('link', { name: messages.requirements.backToList }, firstLoad);
      const link = screen.queryByRole('link', { name: t.fromRequirement });
      if (linked) expect(link).toHaveAttribute('href', `${page}/proveedores`);
      else expect(link).not.toBeInTheDocument();
      unmount();
    }
  });

  it('shows each eligible supplier with rank, NIT, score as a percentage, five factor bars and the reasons', async () => {
    shortlistApi();
    signedIn();
    renderApp(path);

    const tab = await screen.findByRole('tab', { name: t.tabs.eligible(2) }, firstLoad);
    expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText(requirementDetails.title)).toBeInTheDocument();

    const card = screen.getByRole('article', { name: 'Servicios Industriales Cafetera S.A.S.' });
    expect(card).toHaveTextContent(t.rank(1));
    expect(card).toHaveTextContent(t.nit('942660937-4'));
    expect(card).toHaveTextContent(/85\s?%/);
    const meters = within(card).getAllByRole('meter');
    expect(meters.map((m) => m.getAttribute('aria-labelledby') && within(card).getByText(t.factors[factorOf(m)]))).toHaveLength(5);
    const certifications = within(card).getByRole('meter', { name: t.factors.certifications });
    expect(certifications).toHaveAttribute('value', '1');
    expect(certifications).toHaveAttribute('aria-valuetext', expect.stringMatching(/100\s?%/));
    expect(within(card).getByRole('meter', { name: t.factors.inclusion })).toHaveAttribute('value', '0');
    expect(within(card).getByRole('heading', { name: t.reasons })).toBeInTheDocument();
    expect(card).toHaveTextContent('Cumple 1 de 1 certificaciones obligatorias');
    expect(within(card).queryByRole('heading', { name: t.gaps })).not.toBeInTheDocument();
  });

  it('shows what each near miss lacks under «Casi elegibles», reached with the arrow keys too', async () => {
    shortlistApi();
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp(path);

    const eligible = await screen.findByRole('tab', { name: t.tabs.eligible(2) }, firstLoad);
    eligible.focus();
    await user.keyboard('{ArrowRight}');

    const nearMisses = screen.getByRole('tab', { name: t.tabs.nearMisses(1) });
    await waitFor(() => expect(nearMisses).toHaveAttribute('aria-selected', 'true'));
    expect(nearMisses).toHaveFocus();
    expect(router.state.location.search).toBe('?pestana=casi-elegibles');
    const panel = screen.getByRole('tabpanel', { name: t.tabs.nearMisses(1) });
    const card = within(panel).getByRole('article', { name: 'Montajes Cafetera E.U.' });
    const gaps = within(card).getByRole('heading', { name: t.gaps }).parentElement!;
    expect(gaps).toHaveTextContent('Le falta la certificación obligatoria SG-SST vigente');
    expect(within(panel).queryByRole('article', { name: 'Servicios Industriales Cafetera S.A.S.' })).not.toBeInTheDocument();
  });

  it('tells an anchor honestly that meeting requests are made inside a rueda, and sends nothing', async () => {
    const api = shortlistApi(anchorPerson);
    signedIn();
    const user = userEvent.setup();
    renderApp(path);

    const card = await screen.findByRole('article', { name: 'Soldaduras del Río Ltda.' }, firstLoad);
    const invite = within(card).getByRole('button', { name: t.invite });
    await user.click(invite);

    const dialog = screen.getByRole('dialog', { name: t.inviteDialog.title('Soldaduras del Río Ltda.') });
    expect(dialog).toHaveTextContent(t.inviteDialog.notYet);
    expect(dialog).toHaveTextContent(t.inviteDialog.howItWillWork);
    await user.click(within(dialog).getByRole('button', { name: t.inviteDialog.close }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(invite).toHaveFocus();
    expect(api.calls().filter((call) => !call.startsWith('GET'))).toEqual([]);
  });

  it('lets an organizer invite a supplier, approved, into a rueda open for registration or requests', async () => {
    const RUEDA = 'e0000000-0000-4000-8000-000000000001';
    const summary = (id: string, name: string, status: string) => ({
      id, name, status, startsOn: '2026-12-03', organizerName: 'Cámara de Comercio', anchors: 3, suppliers: 20,
      requests: 0, meetings: 0, version: 1,
    });
    const handlers = {
      'GET /api/v1/ruedas': () =>
        jsonResponse({ items: [summary('x', 'Rueda cerrada', 'CLOSED'), summary(RUEDA, 'Rueda Antioquia', 'REGISTRATION')], total: 2, page: 0, size: 20 }),
      [`POST /api/v1/ruedas/${RUEDA}/participants`]: () =>
        jsonResponse({ organizationId: 'o1', name: 'Soldaduras del Río Ltda.', role: 'SUPPLIER', status: 'APPROVED', sessions: [], unavailableSlots: [], version: 0 }),
    };
    const all = fakeApi({
      'GET /api/v1/me': () => jsonResponse(people.organizer),
      [`GET /api/v1/requirements/${REQUIREMENT_ID}`]: () => jsonResponse(requirementDetails),
      [`GET /api/v1/requirements/${REQUIREMENT_ID}/matches`]: () => jsonResponse(result),
      ...handlers,
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(path);

    const card = await screen.findByRole('article', { name: 'Soldaduras del Río Ltda.' }, firstLoad);
    await user.click(within(card).getByRole('button', { name: messages.ruedas.invite.action }));
    const dialog = screen.getByRole('dialog', { name: messages.ruedas.invite.title('Soldaduras del Río Ltda.') });
    const select = await within(dialog).findByRole('combobox', { name: messages.ruedas.invite.rueda });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Rueda Antioquia (Inscripción)']);
    await user.click(within(dialog).getByRole('button', { name: messages.ruedas.invite.submit }));

    expect(await within(dialog).findByText(messages.ruedas.invite.done('Soldaduras del Río Ltda.', 'Rueda Antioquia'))).toBeInTheDocument();
    expect(all.received.find((r) => r.call.startsWith('POST'))).toMatchObject({
      call: `POST /api/v1/ruedas/${RUEDA}/participants`,
      body: { nit: '949818519-5', status: 'APPROVED' },
    });
  });

  it('shows the server’s Spanish detail when matching is unavailable (503)', async () => {
    const detail = 'La búsqueda no está disponible en este momento. Inténtelo de nuevo en unos minutos.';
    shortlistApi(people.admin, () => problemResponse(503, detail));
    signedIn();
    renderApp(path);

    const alert = await screen.findByRole('alert', {}, firstLoad);
    expect(alert).toHaveTextContent(t.error);
    expect(alert).toHaveTextContent(detail);
    expect(within(alert).getByRole('button', { name: messages.formControls.retry })).toBeEnabled();
  });

  it('an anchor opens the shortlist of its own requirement', async () => {
    shortlistApi(anchorPerson);
    signedIn();
    renderApp(path);
    expect(await screen.findByRole('tab', { name: t.tabs.eligible(2) }, firstLoad)).toBeInTheDocument();
  });

  it('is closed to mipymes', async () => {
    const api = shortlistApi(people.supplierOwner);
    signedIn();
    renderApp(path);

    expect(await screen.findByRole('heading', { name: messages.accounts.guard.forbiddenTitle }, firstLoad)).toBeInTheDocument();
    expect(api.calls()).not.toContain(`GET /api/v1/requirements/${REQUIREMENT_ID}/matches`);
  });
});

function factorOf(meter: HTMLElement): keyof typeof t.factors {
  const label = document.getElementById(meter.getAttribute('aria-labelledby') ?? '')?.textContent;
  const entry = Object.entries(t.factors).find(([, text]) => text === label);
  if (!entry) throw new Error(`meter labelled «${label}» is not a known factor`);
  return entry[0] as keyof typeof t.factors;
}
