import { mockFetch, problemResponse } from './mock-fetch';

/*
 * Proveedores, requerimientos e importación: a scripted API for the profile wizard, requirement editor and import
 * tests. Requests are recorded with their raw body (imports send files, not JSON) and Content-Type.
 */

type Handler = (request: Request) => Response | Promise<Response>;
export type Sent = { call: string; search: URLSearchParams; contentType: string | null; body: string };

export function catalogueApi(handlers: Record<string, Handler>) {
  const sent: Sent[] = [];
  mockFetch(async (request) => {
    const url = new URL(request.url);
    const call = `${request.method} ${url.pathname}`;
    const body = request.method === 'GET' ? '' : await request.clone().text();
    sent.push({ call, search: url.searchParams, contentType: request.headers.get('Content-Type'), body });
    const handler = handlers[call];
    return handler ? handler(request) : problemResponse(404, `No existe el recurso ${call}.`);
  });
  return { sent, last: (call: string) => [...sent].reverse().find((s) => s.call === call) };
}

const page = <T,>(items: T[]) => ({ items, total: items.length, page: 0, size: Math.max(items.length, 1) });

export const reference = {
  departments: page([
    { code: '05', name: 'ANTIOQUIA', displayName: 'Antioquia', region: 'Eje Cafetero', latitude: 6.9, longitude: -75.6 },
    { code: '11', name: 'BOGOTÁ, D.C.', displayName: 'Bogotá, D.C.', region: 'Centro Oriente', latitude: 4.3, longitude: -74.2 },
  ]),
  municipalities05: page([
    { code: '05001', departmentCode: '05', name: 'MEDELLÍN', displayName: 'Medellín', latitude: 6.2, longitude: -75.5, kind: 'Municipio', pdet: false, zomac: false },
    { code: '05031', departmentCode: '05', name: 'AMALFI', displayName: 'Amalfi', latitude: 6.9, longitude: -75.1, kind: 'Municipio', pdet: true, zomac: true },
  ]),
  valueChains: page([{ code: 'FARMACEUTICA', name: 'Industria farmacéutica', productiveBet: 'SALUD', source: 'x' }]),
  links: page([{ code: 'EMPAQUE', name: 'Empaque y embalaje', description: '', position: 4 }]),
  certifications: page([
    { code: 'ISO_9001', name: 'ISO 9001', kind: 'certification', issuer: 'ONAC', typicalChains: [], satisfies: [], satisfiesTransitively: [] },
  ]),
};

export const SUPPLIER_ID = '10000000-0000-4000-8000-000000000002';

/** The profile as the server answers it after the first step. */
export function supplierDetails(overrides: Record<string, unknown> = {}) {
  return {
    id: SUPPLIER_ID,
    version: 0,
    updatedAt: '2026-11-22T10:00:00Z',
    nit: '900123456-8',
    legalName: 'Dulces de Amalfi S.A.S.',
    tradeName: null,
    size: 'MICRO',
    popularEconomy: false,
    municipality: '05031',
    place: { municipalityCode: '05031', municipalityName: 'Amalfi', departmentCode: '05', departmentName: 'Antioquia', pdet: true, zomac: true },
    nationalCoverage: false,
    coverage: ['05'],
    ciiu: [],
    valueChains: [],
    offerings: [],
    certifications: [],
    inclusion: { womenLed: false, ethnicGroup: null, victims: false, youthLed: false },
    description: null,
    contact: { name: null, email: null, phone: null },
    completeness: {
      percent: 28,
      missing: [
        { field: 'description', label: 'Descripción de la empresa' },
        { field: 'offerings', label: 'Productos o servicios' },
      ],
    },
    ...overrides,
  };
}

export const REQUIREMENT_ID = '20000000-0000-4000-8000-000000000001';

export function requirementDetails(status: string, overrides: Record<string, unknown> = {}) {
  return {
    id: REQUIREMENT_ID,
    externalId: 'REQ-2026-014',
    anchorNit: '890900608-9',
    anchor: { id: '30000000-0000-4000-8000-000000000001', nit: '890900608-9', name: 'Laboratorios Ejemplo S.A.', type: 'NACIONAL' },
    status,
    version: 0,
    editable: status !== 'CLOSED',
    title: 'Estuches plegadizos impresos',
    description: null,
    valueChain: null,
    link: null,
    ciiu: [],
    unspsc: [],
    requiredCertifications: [],
    preferredCertifications: [],
    deliveryMunicipalities: [{ code: '05001', name: 'Medellín', departmentCode: '05', departmentName: 'Antioquia' }],
    maxDistanceKm: null,
    quantity: null,
    neededBy: '2027-02-01',
    inclusionPreferences: { womenLed: false, pdet: false, popularEconomy: false },
    createdAt: '2026-11-22T10:00:00Z',
    updatedAt: '2026-11-22T10:00:00Z',
    openedAt: null,
    closedAt: null,
    ...overrides,
  };
}
