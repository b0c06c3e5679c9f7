import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/**
 * The embedded API for Vitest. `tests/setup.ts` calls `listen()` at the top level, resets handlers and
 * the db after each test. Nothing is persisted in Node.
 */
export const server = setupServer(...handlers);
