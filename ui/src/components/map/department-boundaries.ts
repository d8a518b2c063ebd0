import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The subset of GeoJSON (RFC 7946) the map reads: polygons of the 33 departments, keyed by DIVIPOLA code. */
export type Position = [number, number];
export type Ring = Position[];
export type DepartmentBoundary = { code: string; polygons: Ring[][] };

type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
type Feature = { type: 'Feature'; properties?: { code?: unknown } | null; geometry?: Geometry | null };

/** Keeps the departments the answer describes well enough to draw; anything else is dropped, not guessed. */
export function toBoundaries(body: unknown): DepartmentBoundary[] {
  if (typeof body !== 'object' || body === null) return [];
  const features = (body as { features?: unknown }).features;
  if (!Array.isArray(features)) return [];
  const out: DepartmentBoundary[] = [];
  for (const feature of features as Feature[]) {
    const code = feature?.properties?.code;
    const geometry = feature?.geometry;
    if (typeof code !== 'string' || !geometry || !Array.isArray(geometry.coordinates)) continue;
    if (geometry.type === 'Polygon') out.push({ code, polygons: [geometry.coordinates] });
    else if (geometry.type === 'MultiPolygon') out.push({ code, polygons: geometry.coordinates });
  }
  return out;
}

/*
 * About 700 KB (240 KB compressed): requested only by the pages that draw the map, once per tab, and never
 * dropped from the cache while the tab lives. The endpoint answers application/geo+json only.
 */
export const departmentBoundariesQuery = queryOptions({
  queryKey: ['reference', 'department-boundaries'],
  queryFn: async () =>
    toBoundaries(
      await unwrap(
        api.GET('/api/v1/reference/department-boundaries', {
          headers: { Accept: 'application/geo+json, application/problem+json' },
          parseAs: 'json',
        }),
      ),
    ),
  staleTime: Infinity,
  gcTime: Infinity,
});

export function useDepartmentBoundaries() {
  return useQuery(departmentBoundariesQuery);
}
