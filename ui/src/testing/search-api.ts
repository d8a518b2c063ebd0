import { jsonResponse } from './mock-fetch';

/*
 * Búsqueda y emparejamiento: fixtures in the API's shapes for the search, map and shortlist tests. The answers
 * are small on purpose (three departments drawn as squares), but every field the screens read is there.
 */

const page = <T,>(items: T[]) => ({ items, total: items.length, page: 0, size: items.length });

export const departments = page([
  { code: '05', name: 'ANTIOQUIA', displayName: 'Antioquia', region: 'Eje Cafetero', latitude: 6.9, longitude: -75.6 },
  { code: '11', name: 'BOGOTÁ, D.C.', displayName: 'Bogotá, D.C.', region: 'Centro Oriente', latitude: 4.3, longitude: -74.2 },
  { code: '91', name: 'AMAZONAS', displayName: 'Amazonas', region: 'Llano', latitude: -1.5, longitude: -71.5 },
]);

export const valueChains = page([
  { code: 'MODA', name: 'Sistema moda', productiveBet: 'X', source: 'Y' },
  { code: 'MANTENIMIENTO_INDUSTRIAL', name: 'Mantenimiento y servicios a la industria', productiveBet: 'X', source: 'Y' },
]);

export const valueChainLinks = page([
  { code: 'TRANSFORMACION', name: 'Transformación y manufactura', description: '', position: 3 },
  { code: 'SERVICIOS_APOYO', name: 'Servicios de apoyo', description: '', position: 7 },
]);

const cert = (code: string, name: string) => ({
  code,
  name,
  kind: 'certification',
  issuer: 'ICONTEC',
  typicalChains: [],
  satisfies: [],
  satisfiesTransitively: [],
});

export const certifications = page([
  cert('ISO_9001', 'Sistema de gestión de la calidad ISO 9001'),
  cert('SG_SST', 'Seguridad y salud en el trabajo'),
]);

const municipality = (code: string, displayName: string) => ({
  code,
  departmentCode: code.slice(0, 2),
  name: displayName.toUpperCase(),
  displayName,
  latitude: 6,
  longitude: -75,
  kind: 'Municipio',
  pdet: false,
  zomac: false,
});

export const municipalities = page([
  municipality('05001', 'Medellín'),
  municipality('05088', 'Bello'),
  municipality('11001', 'Bogotá, D.C.'),
  municipality('91001', 'Leticia'),
]);

const square = (lon: number, lat: number, size: number) => [
  [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ],
];

/** Three departments as squares, and the islands (drawn in the inset). */
export const boundaries = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: '05', name: 'ANTIOQUIA' }, geometry: { type: 'Polygon', coordinates: square(-77, 6, 2) } },
    { type: 'Feature', properties: { code: '11', name: 'BOGOTÁ' }, geometry: { type: 'Polygon', coordinates: square(-74.5, 4, 0.5) } },
    { type: 'Feature', properties: { code: '91', name: 'AMAZONAS' }, geometry: { type: 'Polygon', coordinates: square(-72, -4, 3) } },
    {
      type: 'Feature',
      properties: { code: '88', name: 'SAN ANDRÉS' },
      geometry: { type: 'MultiPolygon', coordinates: [square(-81.7, 12.5, 0.1), square(-81.4, 13.3, 0.05)] },
    },
  ],
};

export function supplier(overrides: Record<string, unknown> = {}) {
  return {
    id: 'a1',
    nit: '900123456-8',
    name: 'Confecciones La Montaña',
    municipality: '05001',
    department: '05',
    distanceKm: null,
    score: 12.3,
    chains: ['MODA'],
    certifications: ['ISO_9001'],
    size: 'PEQUENA',
    highlights: {},
    ...overrides,
  };
}

export function supplierResults(items: ReturnType<typeof supplier>[], facets: Record<string, { key: string; count: number }[]> = {}, total = items.length) {
  return { items, total, page: 0, size: 20, facets };
}

export const defaultFacets = {
  department: [
    { key: '05', count: 12 },
    { key: '11', count: 3 },
  ],
  chain: [{ key: 'MODA', count: 15 }],
  link: [{ key: 'TRANSFORMACION', count: 15 }],
  size: [
    { key: 'PEQUENA', count: 9 },
    { key: 'MICRO', count: 6 },
  ],
  certification: [{ key: 'ISO_9001', count: 4 }],
};

/** Answers for the reference endpoints the search pages read. */
export const referenceHandlers = {
  'GET /api/v1/reference/departments': () => jsonResponse(departments),
  'GET /api/v1/reference/value-chains': () => jsonResponse(valueChains),
  'GET /api/v1/reference/value-chain-links': () => jsonResponse(valueChainLinks),
  'GET /api/v1/reference/certifications': () => jsonResponse(certifications),
  'GET /api/v1/reference/municipalities': () => jsonResponse(municipalities),
  'GET /api/v1/reference/department-boundaries': () =>
    new Response(JSON.stringify(boundaries), { status: 200, headers: { 'Content-Type': 'application/geo+json' } }),
};

export function match(overrides: Record<string, unknown> = {}) {
  return {
    supplierId: 's1',
    nit: '942660937-4',
    name: 'Servicios Industriales Cafetera S.A.S.',
    rank: 1,
    eligible: true,
    score: 0.854,
    factors: { text: 0.869, valueChain: 0.875, certifications: 1, territory: 0.877, inclusion: 0 },
    reasons: ['Coincide en: EPP, dotación y overoles', 'Cumple 1 de 1 certificaciones obligatorias'],
    gaps: [],
    ...overrides,
  };
}

export const REQUIREMENT_ID = '017936b3-8e1a-34c4-a0ba-31ff780dcd00';

export const requirementDetails = {
  id: REQUIREMENT_ID,
  externalId: 'DEMO-2026-025',
  anchorNit: '860800732-6',
  anchor: { id: 'x', nit: '860800732-6', name: 'Puerto Multimodal del Caribe S.A.', type: 'NACIONAL' },
  status: 'OPEN',
  version: 0,
  editable: true,
  title: 'Dotación y EPP para personal de planta',
  description: null,
  valueChain: null,
  link: null,
  ciiu: [],
  unspsc: [],
  requiredCertifications: [],
  preferredCertifications: [],
  deliveryMunicipalities: [],
  maxDistanceKm: null,
  quantity: null,
  neededBy: '2027-04-14',
  inclusionPreferences: { womenLed: false, pdet: false, popularEconomy: false },
  createdAt: '2026-11-22T03:40:35Z',
  updatedAt: '2026-11-22T03:40:35Z',
  openedAt: null,
  closedAt: null,
};

export function requirement(overrides: Record<string, unknown> = {}) {
  return {
    id: REQUIREMENT_ID,
    externalId: 'DEMO-2026-025',
    anchorNit: '860800732-6',
    anchorName: 'Puerto Multimodal del Caribe S.A.',
    title: 'Dotación y EPP para personal de planta',
    valueChain: 'MANTENIMIENTO_INDUSTRIAL',
    link: 'SERVICIOS_APOYO',
    deliveryDepartments: ['05', '11'],
    requiredCertifications: ['SG_SST'],
    neededBy: '2027-01-31',
    score: 18.4,
    highlights: {},
    ...overrides,
  };
}

/** The anchor of the demo (for role tests); the other roles come from accounts-api's `people`. */
export const anchorPerson = {
  id: '00000000-0000-4000-8000-000000000005',
  email: 'compras@altamira.example.co',
  fullName: 'Andrea Ancla',
  role: 'ANCHOR',
  organizationId: '10000000-0000-4000-8000-000000000009',
  owner: true,
} as const;
