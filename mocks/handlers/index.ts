import { applicationHandlers } from './applications';
import { connectorFactoryHandlers } from './connector-factories';
import { connectorHandlers } from './connectors';
import { secretHandlers } from './secrets';
import { signInExperienceHandlers } from './sign-in-experience';
import { statusHandlers } from './status';

/**
 * Every `/api/*` call the console makes, on any origin: tests use `http://localhost`, the browser its own
 * origin. The same array backs msw/node (Vitest) and the service worker (embedded mode).
 */
export const handlers = [
  ...statusHandlers,
  ...applicationHandlers,
  ...secretHandlers,
  ...connectorFactoryHandlers,
  ...connectorHandlers,
  ...signInExperienceHandlers,
];
