import { messages } from '@/i18n/es-CO';

/*
 * Only the obvious rules, to spare a round trip on a slow connection; the server checks everything again and
 * its messages are the ones that count (NIT check digit, common passwords, e-mail already registered…).
 */
const t = messages.accounts.validation;

export const MIN_PASSWORD_LENGTH = 10;

export function required(value: string): string | undefined {
  return value.trim() === '' ? t.required : undefined;
}

export function emailShape(value: string): string | undefined {
  if (value.trim() === '') return t.required;
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : t.email;
}

export function newPassword(value: string): string | undefined {
  if (value === '') return t.required;
  return value.length < MIN_PASSWORD_LENGTH ? t.passwordTooShort : undefined;
}

export function samePassword(value: string, original: string): string | undefined {
  if (value === '') return t.required;
  return value === original ? undefined : t.passwordsDiffer;
}

/** Drops the fields without a problem, so `Object.keys(errors).length` says whether the form may be sent. */
export function compact<K extends string>(errors: Record<K, string | undefined>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of Object.keys(errors) as K[]) {
    if (errors[key] !== undefined) out[key] = errors[key];
  }
  return out;
}
