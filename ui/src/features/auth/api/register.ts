import { useMutation } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import type { Notice } from './email-links';

export type RegistrationForm = components['schemas']['RegistrationController.RegistrationForm'];
export type OrganizationKind = 'SUPPLIER' | 'ANCHOR';
export const ANCHOR_TYPES = ['NACIONAL', 'EXTRANJERA', 'ESTATAL'] as const;

export function useRegister() {
  return useMutation({
    mutationFn: (form: RegistrationForm) =>
      unwrap(api.POST('/api/v1/registrations', { body: form })) as Promise<Notice>,
  });
}
