import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireUser } from '@/components/auth/require-user';
import { AppLayout } from '@/components/layout/app-layout';
import { paths } from '@/config/paths';
import { canManageUsers, isAdmin } from '@/lib/auth';
import { isAnchorOrStaff, isStaff, isSupplier } from '@/lib/catalogue-access';
import { canOrganizeRuedas } from '@/lib/rueda-access';
import { canSearchRequirements, canSearchSuppliers, canSeeGaps, canSeeShortlists } from '@/lib/search-access';
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

// ---- Búsqueda y emparejamiento (search and matching) ----------------------------------------------------
// Lazy like the account screens; the map's boundaries (~240 KB compressed) load only with the supplier search.
const searchRoutes: RouteObject[] = [
  {
    element: <RequireUser allow={canSearchSuppliers} />,
    children: [
      {
        path: paths.supplierSearch,
        lazy: async () => ({ Component: (await import('./routes/search/supplier-search')).SupplierSearchRoute }),
      },
    ],
  },
  {
    element: <RequireUser allow={canSearchRequirements} />,
    children: [
      {
        path: paths.opportunities,
        lazy: async () => ({ Component: (await import('./routes/search/opportunities')).OpportunitiesRoute }),
      },
    ],
  },
  {
    element: <RequireUser allow={canSeeShortlists} />,
    children: [
      {
        path: paths.shortlist,
        lazy: async () => ({ Component: (await import('./routes/matching/shortlist')).ShortlistRoute }),
      },
    ],
  },
  {
    element: <RequireUser allow={canSeeGaps} />,
    children: [
      { path: paths.gaps, lazy: async () => ({ Component: (await import('./routes/gaps/gaps')).GapsRoute }) },
    ],
  },
];
// ---- end Búsqueda y emparejamiento ----------------------------------------------------------------------

// ---- Proveedores, requerimientos e importación (suppliers, requirements, imports) ----------------------
const catalogueRoutes: RouteObject[] = [
  {
    element: <RequireUser allow={isSupplier} />,
    children: [
      {
        path: paths.myProfile,
        lazy: async () => ({ Component: (await import('./routes/suppliers/my-profile')).MyProfileRoute }),
      },
    ],
  },
  {
    element: <RequireUser allow={isStaff} />,
    children: [
      {
        path: paths.supplierDirectory,
        lazy: async () => ({ Component: (await import('./routes/suppliers/supplier-directory')).SupplierDirectoryRoute }),
      },
      {
        path: paths.imports,
        lazy: async () => ({ Component: (await import('./routes/imports/imports')).ImportsRoute }),
      },
    ],
  },
  {
    element: <RequireUser allow={isAnchorOrStaff} />,
    children: [
      {
        path: paths.requirementNew,
        lazy: async () => ({ Component: (await import('./routes/requirements/requirement')).NewRequirementRoute }),
      },
    ],
  },
  {
    element: <RequireUser />,
    children: [
      {
        path: paths.requirements,
        lazy: async () => ({ Component: (await import('./routes/requirements/requirements')).RequirementsRoute }),
      },
      {
        path: paths.requirement,
        lazy: async () => ({ Component: (await import('./routes/requirements/requirement')).RequirementRoute }),
      },
    ],
  },
];
// ---- end Proveedores, requerimientos e importación -------------------------------------------------------

// ---- Ruedas de encadenamiento --------------------------------------------------------------------------
// Lazy like the rest; the agenda board (the largest screen) is its own chunk, as is the participant's agenda.
const ruedaRoutes: RouteObject[] = [
  {
    element: <RequireUser />,
    children: [
      { path: paths.ruedas, lazy: async () => ({ Component: (await import('./routes/ruedas/ruedas')).RuedasRoute }) },
      { path: paths.rueda, lazy: async () => ({ Component: (await import('./routes/ruedas/ruedas')).RuedaRoute }) },
      {
        path: paths.ruedaRequests,
        lazy: async () => ({ Component: (await import('./routes/ruedas/requests')).RuedaRequestsRoute }),
      },
      {
        path: paths.ruedaMyAgenda,
        lazy: async () => ({ Component: (await import('./routes/ruedas/my-agenda')).MyAgendaRoute }),
      },
      {
        path: paths.meetingOutcome,
        lazy: async () => ({ Component: (await import('./routes/ruedas/day')).OutcomeRoute }),
      },
    ],
  },
  {
    element: <RequireUser allow={canOrganizeRuedas} />,
    children: [
      { path: paths.ruedaNew, lazy: async () => ({ Component: (await import('./routes/ruedas/ruedas')).NewRuedaRoute }) },
      {
        path: paths.ruedaAgenda,
        lazy: async () => ({ Component: (await import('./routes/ruedas/agenda')).AgendaRoute }),
      },
      // The rueda day: the check-in desk, the live board and the follow-up are one chunk (route module).
      { path: paths.ruedaCheckIn, lazy: async () => ({ Component: (await import('./routes/ruedas/day')).CheckInRoute }) },
      { path: paths.ruedaLive, lazy: async () => ({ Component: (await import('./routes/ruedas/day')).LiveRoute }) },
      {
        path: paths.ruedaFollowUp,
        lazy: async () => ({ Component: (await import('./routes/ruedas/day')).FollowUpRoute }),
      },
      {
        path: paths.ruedaReport,
        lazy: async () => ({ Component: (await import('./routes/reports/reports')).RuedaReportRoute }),
      },
      {
        path: paths.programmeReport,
        lazy: async () => ({ Component: (await import('./routes/reports/reports')).ProgrammeReportRoute }),
      },
    ],
  },
];
// ---- end Ruedas ------------------------------------------------------------------------------------------

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
          ...accountRoutes,
          ...catalogueRoutes,
          ...searchRoutes,
          ...ruedaRoutes,
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
