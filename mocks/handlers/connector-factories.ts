import { http } from 'msw';
import { factoryDefinitions, findFactoryDefinition } from '../data/factories';
import { entityNotFound } from '../lib/errors';
import { json, param, route } from '../lib/http';

/** The catalogue is read-only; demo factories are listed too (consoles hide them), as Logto does. */
export const connectorFactoryHandlers = [
  http.get(
    '*/api/connector-factories',
    route(({ request }) => json(request, factoryDefinitions.map(({ factory }) => factory))),
  ),
  http.get(
    '*/api/connector-factories/:id',
    route(({ request, params }) => {
      const definition = findFactoryDefinition(param(params, 'id'));
      if (!definition) throw entityNotFound();
      return json(request, definition.factory);
    }),
  ),
];
