import { messages } from '@/i18n/es-CO';

/*
 * The report pages' arithmetic: progress against a target, bar lengths of a breakdown, and the department
 * breakdown (keyed by the department's display name) as the map's counts (keyed by DIVIPOLA code).
 */

/**
 * How much of a target is done, as a whole-or-one-decimal percentage for the label and a 0–100 width for the bar
 * (a programme past its target shows "112,5 %" but a full bar). A target of zero counts as met.
 */
export function percentOfTarget(actual: number, target: number): { percent: number; width: number } {
  const percent = target <= 0 ? 100 : Math.round((actual * 1000) / target) / 10;
  return { percent, width: Math.max(0, Math.min(100, percent)) };
}

const decimal1 = new Intl.NumberFormat(messages.locale, { maximumFractionDigits: 1 });

/** 87.5 → "87,5 %" (non-breaking space, as Colombian style writes it). */
export function formatPercent(percent: number): string {
  return `${decimal1.format(percent)}\u00a0%`;
}

export type Bucket = {
  key: string;
  mipymes: number;
  anchors: number;
  meetingsHeld: number;
  connections: number;
  businessExpectationsCop: number;
};

export type BucketMeasure = 'firms' | 'meetingsHeld' | 'connections' | 'businessExpectationsCop';

export function measureOf(bucket: Bucket, measure: BucketMeasure): number {
  return measure === 'firms' ? bucket.mipymes + bucket.anchors : bucket[measure];
}

/** A breakdown's bars, largest first (ties by name), each with its width relative to the largest. */
export function bars(buckets: readonly Bucket[], measure: BucketMeasure) {
  const rows = buckets
    .map((b) => ({ key: b.key, value: measureOf(b, measure) }))
    .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key, messages.locale));
  const max = Math.max(0, ...rows.map((r) => r.value));
  return rows.map((r) => ({ ...r, width: max === 0 ? 0 : Math.round((r.value / max) * 1000) / 10 }));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * The department breakdown's mipymes by department code, for the map. The report names departments by their
 * display name; names that match no department (or none at all) are left out of the map but stay in the table.
 */
export function countsByDepartmentCode(
  buckets: readonly Bucket[],
  departments: readonly { code: string; name: string; displayName: string }[],
): Map<string, number> {
  const codeOf = new Map<string, string>();
  for (const d of departments) {
    codeOf.set(fold(d.displayName), d.code);
    codeOf.set(fold(d.name), d.code);
  }
  const counts = new Map<string, number>();
  for (const b of buckets) {
    const code = codeOf.get(fold(b.key));
    if (code) counts.set(code, (counts.get(code) ?? 0) + b.mipymes);
  }
  return counts;
}

/** A target typed in the form: digits only (thousands dots allowed); blank means "leave as it is". */
export function parseTarget(raw: string): number | null | 'invalid' {
  const text = raw.replace(/[\s.$]/g, '');
  if (text === '') return null;
  return /^\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : 'invalid';
}

/**
 * How a group of a breakdown reads for people: value chains by name (from the reference data), sizes, anchor
 * types and ethnic groups in Spanish, yes/no flags; anything unknown as the code itself.
 */
export function breakdownKeyLabel(dimension: string, key: string, chainNames: ReadonlyMap<string, string>): string {
  const named: Record<string, Record<string, string>> = {
    size: messages.supplierProfile.sizes,
    anchorType: messages.requirements.anchorTypes,
    ethnicGroup: messages.supplierProfile.ethnicGroups,
  };
  if (dimension === 'valueChain') return chainNames.get(key) ?? key;
  return named[dimension]?.[key] ?? messages.reports.keys[key] ?? key;
}
