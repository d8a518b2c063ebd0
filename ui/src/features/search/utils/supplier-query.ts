/*
 * The supplier search's state lives in the address (Spanish keys, so a shared link reads naturally):
 *   /buscar-proveedores?q=dotación&departamento=05,11&cadena=TEXTIL&cerca=05001&radio=50&orden=distancia&pagina=2
 * These functions turn the address into the search and back, and the search into the API's parameters.
 */

export const SIZES = ['MICRO', 'PEQUENA', 'MEDIANA', 'GRANDE'] as const;
export const FLAGS = ['womenLed', 'ethnic', 'victims', 'youthLed', 'popularEconomy', 'pdet', 'zomac'] as const;
export const SORTS = ['relevance', 'distance', 'name'] as const;
export const LIST_FACETS = ['department', 'chain', 'link', 'size', 'certification'] as const;

export type Flag = (typeof FLAGS)[number];
export type Sort = (typeof SORTS)[number];
export type ListFacet = (typeof LIST_FACETS)[number];

export type SupplierQuery = {
  q: string;
  /** Chosen codes of each facet (an empty list when none). */
  lists: Record<ListFacet, string[]>;
  flags: Record<Flag, boolean>;
  /** 5-digit municipality code the distances are measured from. */
  near: string | null;
  radiusKm: number | null;
  /** yyyy-mm-dd: certifications valid on that day (the server uses today when absent). */
  validOn: string | null;
  /** 2-digit department code the supplier must deliver to. */
  deliversTo: string | null;
  sort: Sort;
  /** 1-based, as people count pages. */
  page: number;
};

const LIST_KEYS: Record<ListFacet, string> = {
  department: 'departamento',
  chain: 'cadena',
  link: 'eslabon',
  size: 'tamano',
  certification: 'certificacion',
};

const FLAG_KEYS: Record<Flag, string> = {
  womenLed: 'mujeres',
  ethnic: 'etnico',
  victims: 'victimas',
  youthLed: 'jovenes',
  popularEconomy: 'economia-popular',
  pdet: 'pdet',
  zomac: 'zomac',
};

const SORT_WORDS: Record<Sort, string> = { relevance: 'relevancia', distance: 'distancia', name: 'nombre' };

const MAX_PAGE = 501; // the API serves pages 0–500

function csv(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((part) => part.trim()).filter(Boolean))];
}

function positiveInt(value: string | null, max: number): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const n = Number.parseInt(value, 10);
  return n >= 1 && n <= max ? n : null;
}

export function parseSupplierQuery(params: URLSearchParams): SupplierQuery {
  const lists = Object.fromEntries(LIST_FACETS.map((f) => [f, csv(params.get(LIST_KEYS[f]))])) as SupplierQuery['lists'];
  const flags = Object.fromEntries(FLAGS.map((f) => [f, params.get(FLAG_KEYS[f]) === '1'])) as SupplierQuery['flags'];
  const near = params.get('cerca');
  const sortWord = params.get('orden');
  const sort = (Object.keys(SORT_WORDS) as Sort[]).find((s) => SORT_WORDS[s] === sortWord) ?? 'relevance';
  const validOn = params.get('vigente');
  const deliversTo = params.get('entrega');
  const validNear = near && /^\d{5}$/.test(near) ? near : null;
  return {
    q: (params.get('q') ?? '').trim(),
    lists,
    flags,
    near: validNear,
    radiusKm: validNear ? positiveInt(params.get('radio'), 2000) : null,
    validOn: validOn && /^\d{4}-\d{2}-\d{2}$/.test(validOn) ? validOn : null,
    deliversTo: deliversTo && /^\d{2}$/.test(deliversTo) ? deliversTo : null,
    // Distance needs an origin: without one the server would refuse the search.
    sort: sort === 'distance' && !validNear ? 'relevance' : sort,
    page: positiveInt(params.get('pagina'), MAX_PAGE) ?? 1,
  };
}

/** The address for a search; defaults are left out so links stay short. */
export function toSearchParams(query: SupplierQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  for (const facet of LIST_FACETS) {
    if (query.lists[facet].length > 0) out.set(LIST_KEYS[facet], query.lists[facet].join(','));
  }
  for (const flag of FLAGS) {
    if (query.flags[flag]) out.set(FLAG_KEYS[flag], '1');
  }
  if (query.near) {
    out.set('cerca', query.near);
    if (query.radiusKm) out.set('radio', String(query.radiusKm));
  }
  if (query.validOn) out.set('vigente', query.validOn);
  if (query.deliversTo) out.set('entrega', query.deliversTo);
  if (query.sort !== 'relevance') out.set('orden', SORT_WORDS[query.sort]);
  if (query.page > 1) out.set('pagina', String(query.page));
  return out;
}

export const SUPPLIER_PAGE_SIZE = 20;

/** The API's query parameters (`GET /api/v1/search/suppliers`). */
export type SupplierSearchParams = {
  q?: string;
  department?: string;
  chain?: string;
  link?: string;
  size?: string;
  certification?: string;
  validOn?: string;
  near?: string;
  radiusKm?: number;
  deliversTo?: string;
  sort?: Sort;
  page: number;
  pageSize: number;
} & Partial<Record<Flag, boolean>>;

export function toApiParams(query: SupplierQuery, pageSize = SUPPLIER_PAGE_SIZE): SupplierSearchParams {
  const out: SupplierSearchParams = { page: query.page - 1, pageSize };
  if (query.q) out.q = query.q;
  for (const facet of LIST_FACETS) {
    if (query.lists[facet].length > 0) out[facet] = query.lists[facet].join(',');
  }
  for (const flag of FLAGS) {
    if (query.flags[flag]) out[flag] = true;
  }
  if (query.near) {
    out.near = query.near;
    if (query.radiusKm) out.radiusKm = query.radiusKm;
  }
  if (query.validOn) out.validOn = query.validOn;
  if (query.deliversTo) out.deliversTo = query.deliversTo;
  if (query.sort !== 'relevance') out.sort = query.sort;
  return out;
}

/** A change of filters shows the first page again: page 7 of the old results means nothing for the new ones. */
export function withChange(query: SupplierQuery, change: Partial<SupplierQuery>): SupplierQuery {
  const next = { ...query, page: 1, ...change };
  if (next.sort === 'distance' && !next.near) next.sort = 'relevance';
  if (!next.near) next.radiusKm = null;
  return next;
}

export function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** How many filters narrow the search (the text and the order are not filters). */
export function activeFilterCount(query: SupplierQuery): number {
  return (
    LIST_FACETS.reduce((n, f) => n + query.lists[f].length, 0) +
    FLAGS.filter((f) => query.flags[f]).length +
    (query.near ? 1 : 0) +
    (query.validOn ? 1 : 0) +
    (query.deliversTo ? 1 : 0)
  );
}

export const emptyQuery: SupplierQuery = parseSupplierQuery(new URLSearchParams());
