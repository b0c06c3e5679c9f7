import { findFactoryDefinition } from '../data/factories';
import type { ConnectorFactory } from '../data/factories/types';
import { db } from '../db';
import { notExistsWithId } from '../lib/errors';
import { internalSecretPrefix } from '../lib/ids';
import type { ConnectorType, StoredApplication, StoredConnector } from '../types';

/**
 * How stored rows are served. Kept apart from the handlers because several areas need the same view
 * (the sign-in experience asks which social targets exist, connectors need their factory).
 */

/** Logto omits `isAdmin` from lists and writes, and never serves the internal secret placeholder. */
export function toApplicationResponse(application: StoredApplication) {
  const { tenantId, id, name, secret, isAdmin: _isAdmin, ...rest } = application;
  const legacySecret = secret && !secret.startsWith(internalSecretPrefix) ? { secret } : {};
  return { tenantId, id, name, ...legacySecret, ...rest };
}

export function requireApplication(id: string): StoredApplication {
  const application = db.applications.find((candidate) => candidate.id === id);
  // Logto names the table in this message: "The applications with ID `x` does not exist." (fixture 036).
  if (!application) throw notExistsWithId('applications', id);
  return application;
}

/** Every stored connector has a factory: the catalogue is fixed and creation checks it. */
export function factoryOf(connector: StoredConnector): ConnectorFactory {
  const definition = findFactoryDefinition(connector.connectorId);
  if (!definition) throw new Error(`Connector ${connector.id} has unknown factory ${connector.connectorId}`);
  return definition.factory;
}

/** Standard connectors may carry their own target; the rest use the factory's. */
export const targetOf = (connector: StoredConnector) => connector.metadata.target ?? factoryOf(connector).target;

/**
 * A connector is the factory's metadata (overridden by the instance's own, for standard connectors) plus
 * the instance fields, in the key order Logto answers with (fixture 045).
 */
export function toConnectorResponse(connector: StoredConnector) {
  const { id: _factoryId, type, isDemo, ...factoryMetadata } = factoryOf(connector);
  const { id, syncProfile, enableTokenStorage, config, metadata, connectorId } = connector;
  return {
    id,
    syncProfile,
    enableTokenStorage,
    config,
    metadata,
    connectorId,
    ...factoryMetadata,
    ...metadata,
    type,
    isDemo,
    extraInfo: {},
  };
}

export const connectorTypes = (): ReadonlySet<ConnectorType> =>
  new Set(db.connectors.map((connector) => factoryOf(connector).type));

/** Targets that still have a social connector: the only ones the sign-in experience may list. */
export const socialTargets = (): ReadonlySet<string> =>
  new Set(db.connectors.filter((connector) => factoryOf(connector).type === 'Social').map(targetOf));
