import { http } from 'msw';
import { db } from '../db';
import { issuesFailure } from '../lib/errors';
import { json, noContent, param, readJsonBody, route } from '../lib/http';
import { generateInternalSecret, generateStandardId, generateStandardSecret } from '../lib/ids';
import { invalidEnumIssue } from '../lib/issues';
import { pageOf, paginationHeaders, parsePagination } from '../lib/pagination';
import { buildSearchFilter, parseSearch } from '../lib/search';
import { completeOidcClientMetadata, parseApplicationCreate, parseApplicationPatch } from '../rules/application';
import { applicationTypes, type ApplicationType, type StoredApplication } from '../types';
import { requireApplication, toApplicationResponse } from './views';

const searchableFields = ['id', 'name', 'description'] as const;
const isApplicationType = (value: string): value is ApplicationType => (applicationTypes as readonly string[]).includes(value);

/** Types that get a "Default secret" on creation (Logto's `hasSecrets`). */
const typesWithSecrets: readonly ApplicationType[] = ['Traditional', 'MachineToMachine', 'Protected'];

function parseTypes(url: URL): ReadonlySet<ApplicationType> | undefined {
  const values = url.searchParams.getAll('types');
  if (values.length === 0) return undefined;
  const invalid = values.filter((value) => !isApplicationType(value));
  if (invalid.length > 0) {
    throw issuesFailure('guard.invalid_input', invalid.map((value) => invalidEnumIssue(['types'], applicationTypes, value)), {
      type: 'query',
    });
  }
  return new Set(values.filter(isApplicationType));
}

export const applicationHandlers = [
  http.get(
    '*/api/applications',
    route(({ request }) => {
      const url = new URL(request.url);
      const pagination = parsePagination(url);
      const types = parseTypes(url);
      const thirdParty = url.searchParams.get('isThirdParty');
      const matchesSearch = buildSearchFilter(
        parseSearch(url.searchParams, searchableFields),
        (application: StoredApplication) => ({ id: application.id, name: application.name, description: application.description }),
        searchableFields,
      );
      const rows = db.applications.filter(
        (application) =>
          (!types || types.has(application.type)) &&
          (thirdParty === null || String(application.isThirdParty) === thirdParty) &&
          matchesSearch(application),
      );
      const body = pageOf(rows, pagination).map(toApplicationResponse);
      return json(request, body, { headers: paginationHeaders(url, rows.length, pagination) });
    }),
  ),

  http.post(
    '*/api/applications',
    route(
      async ({ request }) => {
        const input = parseApplicationCreate(await readJsonBody(request));
        const { oidcClientMetadata, protectedAppMetadata, ...rest } = input;
        const application: StoredApplication = {
          tenantId: 'default',
          id: generateStandardId(),
          name: rest.name,
          secret: generateInternalSecret(),
          description: rest.description ?? null,
          type: rest.type,
          oidcClientMetadata: completeOidcClientMetadata(oidcClientMetadata),
          customClientMetadata: rest.customClientMetadata ?? {},
          protectedAppMetadata: protectedAppMetadata
            ? { host: `${protectedAppMetadata.subDomain}.protected.app`, origin: protectedAppMetadata.origin, sessionDuration: 1_209_600, pageRules: [] }
            : null,
          customData: rest.customData ?? {},
          isThirdParty: rest.isThirdParty ?? false,
          appLevelAccessControlEnabled: false,
          createdAt: Date.now(),
          isAdmin: false,
        };
        db.applications.unshift(application);
        if (typesWithSecrets.includes(application.type)) {
          // The secret lives in the secrets list only; the create answer never contains it (fixture 012).
          db.secrets.push({
            tenantId: 'default',
            applicationId: application.id,
            name: 'Default secret',
            value: generateStandardSecret(),
            createdAt: application.createdAt,
            expiresAt: null,
          });
        }
        return json(request, toApplicationResponse(application));
      },
      { mutates: true },
    ),
  ),

  http.get(
    '*/api/applications/:id',
    route(({ request, params }) => {
      const application = requireApplication(param(params, 'id'));
      return json(request, { ...toApplicationResponse(application), isAdmin: application.isAdmin });
    }),
  ),

  http.patch(
    '*/api/applications/:id',
    route(
      async ({ request, params }) => {
        const application = requireApplication(param(params, 'id'));
        const { isAdmin, oidcClientMetadata, ...changes } = parseApplicationPatch(await readJsonBody(request), application.type);
        // JSON columns are replaced whole, never merged: clients must send complete objects.
        Object.assign(application, {
          ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
          ...(oidcClientMetadata ? { oidcClientMetadata: completeOidcClientMetadata(oidcClientMetadata) } : {}),
          ...(isAdmin === undefined ? {} : { isAdmin }),
        });
        return json(request, toApplicationResponse(application));
      },
      { mutates: true },
    ),
  ),

  http.delete(
    '*/api/applications/:id',
    route(
      ({ params }) => {
        const application = requireApplication(param(params, 'id'));
        db.applications = db.applications.filter((candidate) => candidate !== application);
        db.secrets = db.secrets.filter((secret) => secret.applicationId !== application.id);
        return noContent();
      },
      { mutates: true },
    ),
  ),
];
