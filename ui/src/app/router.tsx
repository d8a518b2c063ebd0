import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { paths } from '@/config/paths';
import { ComingSoonRoute } from './routes/coming-soon';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RouteErrorBoundary } from './routes/route-error';

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
          { path: paths.signIn, element: <ComingSoonRoute section="signIn" /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
