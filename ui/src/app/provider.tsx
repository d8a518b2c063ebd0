import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { clearCacheOnIdentityChange } from '@/lib/auth';
import { createQueryClient } from '@/lib/react-query';

type AppProviderProps = {
  children: ReactNode;
  /** Tests pass their own, without retries. */
  queryClient?: QueryClient;
};

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // Cuentas: when someone signs in or out, nothing cached for the previous person may show.
  useEffect(() => clearCacheOnIdentityChange(client), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
