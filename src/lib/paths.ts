/**
 * Typed links to every screen. The router (src/app/router.tsx) declares the same patterns;
 * features build links only through these helpers, so a renamed route fails the type check.
 */
const enc = encodeURIComponent;

export type ApplicationListSearch = { page?: number; search?: string };

export const routePatterns = {
  applications: '/applications',
  application: '/applications/:id',
  applicationSettings: '/applications/:id/settings',
  applicationQuickStart: '/applications/:id/quick-start',
  connectors: '/connectors',
  socialConnectors: '/connectors/social',
  connectorCreate: '/connectors/social/new/:factoryId',
  connector: '/connectors/:id',
  signInExperience: '/sign-in-experience',
  signUpAndSignIn: '/sign-in-experience/sign-up-and-sign-in',
} as const;

export const paths = {
  applications: (search: ApplicationListSearch = {}) => {
    const params = new URLSearchParams();
    if (search.page && search.page > 1) params.set('page', String(search.page));
    if (search.search) params.set('search', search.search);
    const query = params.toString();
    return query ? `/applications?${query}` : '/applications';
  },
  applicationSettings: (id: string) => `/applications/${enc(id)}/settings`,
  applicationQuickStart: (id: string) => `/applications/${enc(id)}/quick-start`,
  socialConnectors: () => '/connectors/social',
  connectorCreate: (factoryId: string) => `/connectors/social/new/${enc(factoryId)}`,
  connector: (id: string) => `/connectors/${enc(id)}`,
  signUpAndSignIn: () => '/sign-in-experience/sign-up-and-sign-in',
} as const;
