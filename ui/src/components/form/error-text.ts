import { messages } from '@/i18n/es-CO';
import { ApiError, fieldErrors, problemDetail } from '@/lib/api-client';

/**
 * What to tell the person about a failed request: the server's Spanish detail when it sent one; otherwise a
 * general sentence, distinguishing "the server answered badly" from "the request never got through".
 */
export function errorText(error: unknown, fallback: string = messages.accounts.errors.fallback): string {
  return problemDetail(error) ?? (error instanceof ApiError ? fallback : messages.accounts.errors.network);
}

/**
 * The sentences for a form's alert after the server refused it. When the server named fields, their messages
 * go next to the inputs and the alert only says to look at them, plus any message for a field this form does
 * not show (so nothing the server said is lost).
 */
export function formProblem(error: unknown, formFields: readonly string[]): string[] {
  const byField = fieldErrors(error);
  const fields = Object.keys(byField);
  if (fields.length === 0) return [errorText(error)];
  const elsewhere = fields.filter((field) => !formFields.includes(field)).map((field) => byField[field]!);
  return [messages.accounts.validation.checkFields, ...elsewhere];
}
