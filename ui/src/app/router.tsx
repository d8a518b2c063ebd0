import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireUser } from '@/components/auth/require-user';
import { AppLayout } from '@/components/layout/app-layout';
import { paths } from '@/config/paths';
import { canManageUsers, isAdmin } from '@/lib/auth';
import { ComingSoonRoute } from './routes/coming-soon';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RouteErrorBoundary } from './routes/route-error';

// ---- Cuentas (accounts) --------------------------------------------------------------------------------
// Loaded on demand (`lazy`): the home page does not download the account screens, which matters on a weak
// connection. The guards stay in the main bundle; each guarded page is its own chunk.
const accountRoutes: RouteObject[] = [
  { path: paths.signIn, lazy: async () => ({ Component: (await import('./routes/accounts/sign-in')).SignInRoute }) },
  {
    path: paths.register,
    lazy: async () => ({ Component: (await import('./routes/accounts/register')).RegisterRoute }),
  },
  {
    path: paths.verifyEmail,
    lazy: async () => ({ Component: (await import('./routes/accounts/verify-email')).VerifyEmailRoute }),
  },
  {
    path: paths.forgotPassword,
    lazy: async () => ({ Component: (await import('./routes/accounts/forgot-password')).ForgotPasswordRoute }),
  },
  {
    path: paths.resetPassword,
    lazy: async () => ({ Component: (await import('./routes/accounts/reset-password')).ResetPasswordRoute }),
  },
  {
    element: <RequireUser />,
    children: [
      {
        path: paths.account,
        lazy: async () => ({ Component: (await import('./routes/accounts/account')).AccountRoute }),
      },
    ],
  },
  {
    element: <RequireUser allow={canManageUsers} />,
    children: [
      { path: paths.users, lazy: async () => ({ Component: (await import('./routes/accounts/users')).UsersRoute }) },
    ],
  },
  {
    element: <RequireUser allow={isAdmin} />,
    children: [
      { path: paths.audit, lazy: async () => ({ Component: (await import('./routes/accounts/audit')).AuditRoute }) },
    ],
  },
];
// ---- end Cuentas ----------------------------------------------------------------------------------------

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        children: [
          { path: paths.home, element: <HomeRoute /> },
          { path: paths.suppliers, element: <ComingSoonRoute section="suppliers" /> },
          { path: paths.anchors, element: <ComingSoonRoute section="anchors" /> },
          { path: paths.ruedas, element: <ComingSoonRoute section="ruedas" /> },
          ...accountRoutes,
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
