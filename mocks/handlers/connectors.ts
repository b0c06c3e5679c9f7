import { http } from 'msw';
import { z } from 'zod';
import { findFactoryDefinition } from '../data/factories';
import type { FactoryDefinition } from '../data/factories/types';
import { db } from '../db';
import { ApiFailure, entityNotFound, guardFailure, issuesFailure } from '../lib/errors';
import { json, noContent, param, readJsonBody, route } from '../lib/http';
import { generateConnectorId } from '../lib/ids';
import { cleanDeep, connectorConfigIssues } from '../rules/connector-config';
import type { ConnectorMetadataOverride, JsonObject, StoredConnector } from '../types';
import { factoryOf, socialTargets, targetOf, toConnectorResponse } from './views';

/** Logto's `POST/PATCH /api/connectors` (packages/core/src/routes/connector/index.ts), rule for rule. */
const metadataSchema = z.object({
  target: z.string().optional(),
  name: z.object({ en: z.string() }).catchall(z.string()).optional(),
  logo: z.string().optional(),
  logoDark: z.string().nullable().optional(),
});
const writableFields = {
  config: z.record(z.string(), z.unknown()).optional(),
  metadata: metadataSchema.optional(),
  syncProfile: z.boolean().optional(),
  enableTokenStorage: z.boolean().optional(),
};
const createSchema = z.object({ connectorId: z.string().min(1).max(128), id: z.string().min(1).max(128).optional(), ...writableFields });
const patchSchema = z.object(writableFields);

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body, { reportInput: true });
  if (!result.success) throw guardFailure('body', result.error);
  return result.data;
}

function requireConnector(id: string): StoredConnector {
  const connector = db.connectors.find((candidate) => candidate.id === id);
  // Demo connectors are hidden from the API, as if they did not exist.
  if (!connector || factoryOf(connector).isDemo) throw entityNotFound();
  return connector;
}

function assertValidConfig(definition: FactoryDefinition, config: JsonObject): void {
  const issues = connectorConfigIssues(definition, config);
  if (issues.length > 0) throw issuesFailure('connector.invalid_config', issues);
}

/** Social connectors: one per target and platform (a standard connector's own target counts). */
function assertTargetPlatformFree(definition: FactoryDefinition, target: string): void {
  const duplicate = db.connectors.find((connector) => {
    const factory = factoryOf(connector);
    return factory.type === 'Social' && targetOf(connector) === target && factory.platform === definition.factory.platform;
  });
  if (duplicate) {
    throw new ApiFailure(422, 'connector.multiple_target_with_same_platform', {
      data: { connectorId: duplicate.connectorId, connectorName: toConnectorResponse(duplicate).name },
    });
  }
}

/** When no social connector is left for a target, its button disappears from the sign-in experience. */
function removeUnavailableSocialTargets(): void {
  const available = socialTargets();
  const experience = db.signInExperience;
  experience.socialSignInConnectorTargets = experience.socialSignInConnectorTargets.filter((target) => available.has(target));
}

async function createConnector(request: Request): Promise<Response> {
  const input = parseBody(createSchema, await readJsonBody(request));
  const definition = findFactoryDefinition(input.connectorId);
  if (!definition || definition.factory.isDemo) throw new ApiFailure(422, 'connector.not_found_with_connector_id');
  const { factory } = definition;
  if (factory.isStandard && !input.metadata?.target) throw new ApiFailure(400, 'connector.should_specify_target');
  if (!factory.isStandard && input.metadata !== undefined) {
    throw new ApiFailure(400, 'connector.cannot_overwrite_metadata_for_non_standard_connector');
  }
  if (!factory.isStandard && db.connectors.some((connector) => connector.connectorId === factory.id)) {
    throw new ApiFailure(422, 'connector.multiple_instances_not_supported');
  }
  if (factory.type === 'Social') assertTargetPlatformFree(definition, input.metadata?.target ?? factory.target);
  if (input.config) assertValidConfig(definition, input.config);
  // The console may pre-generate the id to show the redirect URI before saving; it must stay unique.
  const id = input.id ?? generateConnectorId();
  if (db.connectors.some((connector) => connector.id === id)) throw new ApiFailure(422, 'entity.unique_integrity_violation');

  const connector: StoredConnector = {
    id,
    connectorId: factory.id,
    config: cleanDeep(input.config ?? {}),
    metadata: cleanDeep<ConnectorMetadataOverride>(input.metadata ?? {}),
    syncProfile: input.syncProfile ?? false,
    enableTokenStorage: input.enableTokenStorage ?? false,
    createdAt: Date.now(),
  };
  // Only one Email and one SMS connector can work at a time: a new one replaces the old (Logto does the same).
  const replaced = factory.type === 'Social' ? [] : db.connectors.filter((existing) => factoryOf(existing).type === factory.type);
  db.connectors = [...db.connectors.filter((existing) => !replaced.includes(existing)), connector];
  return json(request, toConnectorResponse(connector));
}

async function updateConnector(request: Request, id: string): Promise<Response> {
  const input = parseBody(patchSchema, await readJsonBody(request));
  const connector = requireConnector(id);
  const factory = factoryOf(connector);
  const definition = findFactoryDefinition(factory.id);
  if (factory.isStandard && input.metadata && input.metadata.target !== targetOf(connector)) {
    throw new ApiFailure(400, 'connector.can_not_modify_target');
  }
  if (!factory.isStandard && input.metadata) {
    throw new ApiFailure(400, 'connector.cannot_overwrite_metadata_for_non_standard_connector');
  }
  if (input.syncProfile && factory.type !== 'Social') {
    throw new ApiFailure(422, 'connector.invalid_type_for_syncing_profile');
  }
  if (input.config && definition) assertValidConfig(definition, input.config);
  // `config` and `metadata` are replaced whole: a PATCH with part of the config loses the rest.
  if (input.config) connector.config = cleanDeep(input.config);
  if (input.metadata) connector.metadata = cleanDeep<ConnectorMetadataOverride>(input.metadata);
  if (input.syncProfile !== undefined) connector.syncProfile = input.syncProfile;
  if (input.enableTokenStorage !== undefined) connector.enableTokenStorage = input.enableTokenStorage;
  return json(request, toConnectorResponse(connector));
}

export const connectorHandlers = [
  http.get(
    '*/api/connectors',
    route(({ request }) => {
      const target = new URL(request.url).searchParams.get('target');
      // Logto sorts by id; demo connectors are never listed.
      const rows = db.connectors
        .filter((connector) => !factoryOf(connector).isDemo && (!target || targetOf(connector) === target))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return json(request, rows.map(toConnectorResponse));
    }),
  ),
  http.get(
    '*/api/connectors/:id',
    route(({ request, params }) => json(request, toConnectorResponse(requireConnector(param(params, 'id'))))),
  ),
  http.post('*/api/connectors', route(({ request }) => createConnector(request), { mutates: true })),
  http.patch(
    '*/api/connectors/:id',
    route(({ request, params }) => updateConnector(request, param(params, 'id')), { mutates: true }),
  ),
  http.delete(
    '*/api/connectors/:id',
    route(
      ({ params }) => {
        const connector = requireConnector(param(params, 'id'));
        db.connectors = db.connectors.filter((candidate) => candidate !== connector);
        if (factoryOf(connector).type === 'Social') removeUnavailableSocialTargets();
        return noContent();
      },
      { mutates: true },
    ),
  ),
];
