import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { routePatterns } from '@/lib/paths';
import { RouteError } from './route-error';
import { Shell } from './shell/shell';

/**
 * Every route of the console. Each area is a lazy chunk: its code is fetched on first visit,
 * so the initial download stays the shell alone.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    HydrateFallback: () => null,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to={routePatterns.applications} replace /> },
          { path: routePatterns.applications, lazy: () => import('@/features/applications/pages/applications-page') },
          {
            path: routePatterns.application,
            lazy: () => import('@/features/applications/pages/application-details-page'),
            children: [
              { index: true, element: <Navigate to="settings" replace /> },
              { path: 'settings', lazy: () => import('@/features/applications/pages/application-settings-tab') },
              { path: 'quick-start', lazy: () => import('@/features/applications/pages/application-quick-start-tab') },
            ],
          },
          { path: routePatterns.connectors, element: <Navigate to={routePatterns.socialConnectors} replace /> },
          { path: routePatterns.socialConnectors, lazy: () => import('@/features/connectors/pages/social-connectors-page') },
          { path: routePatterns.connectorCreate, lazy: () => import('@/features/connectors/pages/connector-create-page') },
          { path: routePatterns.connector, lazy: () => import('@/features/connectors/pages/connector-details-page') },
          { path: routePatterns.signInExperience, element: <Navigate to={routePatterns.signUpAndSignIn} replace /> },
          {
            path: routePatterns.signUpAndSignIn,
            lazy: () => import('@/features/sign-in-experience/pages/sign-up-and-sign-in-page'),
          },
          { path: '*', lazy: () => import('./not-found-page') },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
