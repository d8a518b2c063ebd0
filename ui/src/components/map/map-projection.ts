import type { DepartmentBoundary, Ring } from './department-boundaries';

/*
 * An equirectangular projection with longitudes shrunk by cos(4.5°), Colombia's middle latitude, so the country
 * keeps its shape: x = lon · cos(4.5°), y = −lat, scaled into a viewBox `WIDTH` units wide. Rounded to tenths and
 * thinned to one point per `MIN_STEP` units, the ~34 000 points of the boundaries become a few thousand, which a
 * phone draws without effort; at this scale the difference is not visible.
 */
export const WIDTH = 400;
const COS_LAT = Math.cos((4.5 * Math.PI) / 180);
const MIN_STEP = 0.7;
const PADDING = 4;

/** The archipelago is ~700 km from the mainland and tiny: it is drawn enlarged in a box of its own. */
export const ISLANDS_CODE = '88';
export const INSET = { x: PADDING, y: PADDING, width: 56, height: 80 } as const;

export type ProjectedDepartment = { code: string; d: string; inset: boolean };
export type ProjectedMap = { width: number; height: number; departments: ProjectedDepartment[] };

type Box = { minX: number; maxX: number; minY: number; maxY: number };

function boundsOf(rings: Ring[]): Box {
  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      const x = lon * COS_LAT;
      const y = -lat;
      if (x < box.minX) box.minX = x;
      if (x > box.maxX) box.maxX = x;
      if (y < box.minY) box.minY = y;
      if (y > box.maxY) box.maxY = y;
    }
  }
  return box;
}

const rings = (department: DepartmentBoundary): Ring[] => department.polygons.flat();

function pathOf(department: DepartmentBoundary, box: Box, scale: number, offsetX: number, offsetY: number): string {
  let d = '';
  for (const ring of rings(department)) {
    let ringPath = '';
    let points = 0;
    let lastX = NaN;
    let lastY = NaN;
    for (const [lon, lat] of ring) {
      const x = Math.round(((lon * COS_LAT - box.minX) * scale + offsetX) * 10) / 10;
      const y = Math.round(((-lat - box.minY) * scale + offsetY) * 10) / 10;
      if (points > 0 && Math.abs(x - lastX) < MIN_STEP && Math.abs(y - lastY) < MIN_STEP) continue;
      ringPath += `${points === 0 ? 'M' : 'L'}${x} ${y}`;
      lastX = x;
      lastY = y;
      points += 1;
    }
    // A ring thinned to fewer than three points is an islet smaller than a pixel.
    if (points >= 3) d += `${ringPath}Z`;
  }
  return d;
}

/** SVG paths for the departments; Bogotá comes last so it is drawn over Cundinamarca, which surrounds it. */
export function projectDepartments(boundaries: readonly DepartmentBoundary[]): ProjectedMap {
  const mainland = boundaries.filter((b) => b.code !== ISLANDS_CODE);
  if (mainland.length === 0) return { width: WIDTH, height: WIDTH, departments: [] };
  const box = boundsOf(mainland.flatMap(rings));
  const scale = (WIDTH - 2 * PADDING) / (box.maxX - box.minX);
  const height = Math.ceil((box.maxY - box.minY) * scale + 2 * PADDING);

  const ordered = [...boundaries].sort((a, b) => Number(a.code === '11') - Number(b.code === '11'));
  const departments = ordered.map((department) => {
    if (department.code !== ISLANDS_CODE) {
      return { code: department.code, d: pathOf(department, box, scale, PADDING, PADDING), inset: false };
    }
    const islands = boundsOf(rings(department));
    const inner = 6;
    const islandScale = Math.min(
      (INSET.width - 2 * inner) / Math.max(islands.maxX - islands.minX, 1e-6),
      (INSET.height - 2 * inner) / Math.max(islands.maxY - islands.minY, 1e-6),
    );
    const offsetX = INSET.x + (INSET.width - (islands.maxX - islands.minX) * islandScale) / 2;
    const offsetY = INSET.y + (INSET.height - (islands.maxY - islands.minY) * islandScale) / 2;
    return { code: department.code, d: pathOf(department, islands, islandScale, offsetX, offsetY), inset: true };
  });
  return { width: WIDTH, height, departments };
}

/**
 * Five shades of one hue from light to dark (the darkest has the most), and a neutral grey for "no suppliers",
 * so none and few never look alike; a single hue reads the same with any colour vision.
 */
export const SHADES = ['#dfe3e8', '#c4e4ee', '#8ccadb', '#4aa3be', '#1d7a96', '#0a4d68'] as const;

/** 0 for none; otherwise 1–5, in equal steps up to the largest count. */
export function shadeLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil((count / max) * 5)));
}
