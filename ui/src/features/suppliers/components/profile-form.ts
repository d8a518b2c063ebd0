import type { SupplierDetails, SupplierDraft } from '../api/suppliers';

/** What the wizard's inputs hold: text as typed, lists as rows. */
export type ProfileForm = {
  nit: string;
  legalName: string;
  tradeName: string;
  size: string;
  popularEconomy: boolean;
  department: string;
  municipality: string;
  nationalCoverage: boolean;
  coverage: string[];
  ciiu: string;
  valueChains: { chain: string; link: string }[];
  offerings: { name: string; description: string; unspsc: string }[];
  certifications: { code: string; validUntil: string; issuer: string; number: string }[];
  womenLed: boolean;
  victims: boolean;
  youthLed: boolean;
  ethnicGroup: string;
  description: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
};

export const EMPTY_FORM: ProfileForm = {
  nit: '',
  legalName: '',
  tradeName: '',
  size: '',
  popularEconomy: false,
  department: '',
  municipality: '',
  nationalCoverage: false,
  coverage: [],
  ciiu: '',
  valueChains: [],
  offerings: [],
  certifications: [],
  womenLed: false,
  victims: false,
  youthLed: false,
  ethnicGroup: '',
  description: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

/** The saved profile as the wizard shows it. */
export function formFromDetails(d: SupplierDetails): ProfileForm {
  return {
    nit: d.nit,
    legalName: d.legalName,
    tradeName: d.tradeName ?? '',
    size: d.size,
    popularEconomy: d.popularEconomy,
    department: d.place.departmentCode,
    municipality: d.municipality,
    nationalCoverage: d.nationalCoverage,
    coverage: d.coverage.filter((code) => code !== d.place.departmentCode),
    ciiu: d.ciiu.join(', '),
    valueChains: d.valueChains.map((c) => ({ chain: c.chain, link: c.link })),
    offerings: d.offerings.map((o) => ({ name: o.name, description: o.description ?? '', unspsc: o.unspsc ?? '' })),
    certifications: d.certifications.map((c) => ({
      code: c.code,
      validUntil: c.validUntil ?? '',
      issuer: c.issuer ?? '',
      number: c.number ?? '',
    })),
    womenLed: d.inclusion.womenLed,
    victims: d.inclusion.victims,
    youthLed: d.inclusion.youthLed,
    ethnicGroup: d.inclusion.ethnicGroup ?? '',
    description: d.description ?? '',
    contactName: d.contact.name ?? '',
    contactEmail: d.contact.email ?? '',
    contactPhone: d.contact.phone ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Codes typed in one box, separated by commas, semicolons or spaces. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[\s,;|]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/** The body of `PUT /api/v1/suppliers/{id}` (the interchange format). Empty rows are left out. */
export function draftFromForm(f: ProfileForm): SupplierDraft {
  return {
    nit: orNull(f.nit),
    legalName: orNull(f.legalName),
    tradeName: orNull(f.tradeName),
    size: orNull(f.size),
    popularEconomy: f.popularEconomy,
    municipality: orNull(f.municipality),
    coverage: f.nationalCoverage ? ['CO', ...f.coverage] : f.coverage,
    ciiu: splitCodes(f.ciiu),
    valueChains: f.valueChains.filter((c) => c.chain || c.link).map((c) => ({ chain: orNull(c.chain), link: orNull(c.link) })),
    offerings: f.offerings
      .filter((o) => o.name || o.description || o.unspsc)
      .map((o) => ({ name: orNull(o.name), description: orNull(o.description), unspsc: orNull(o.unspsc) })),
    certifications: f.certifications
      .filter((c) => c.code || c.validUntil || c.issuer || c.number)
      .map((c) => ({
        code: orNull(c.code),
        validUntil: orNull(c.validUntil),
        issuer: orNull(c.issuer),
        number: orNull(c.number),
      })),
    inclusion: { womenLed: f.womenLed, ethnicGroup: orNull(f.ethnicGroup), victims: f.victims, youthLed: f.youthLed },
    description: orNull(f.description),
    contact: { name: orNull(f.contactName), email: orNull(f.contactEmail), phone: orNull(f.contactPhone) },
  };
}

/** The server's message for a field or any part of it (`offerings` covers `offerings[0].name`). */
export function errorFor(errors: Record<string, string>, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((k) => k.startsWith(`${field}[`) || k.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}
