import { z } from 'zod';

/**
 * The recorded Logto 1.42 calls (copied from the shared reference set into ./fixtures) that concern the
 * resources the embedded API implements. Not copied, so not replayed: OIDC discovery and token calls
 * (002-007, 013), roles (008, 010, 011), authorization-uri (053, 054), missing/garbage tokens (068, 069)
 * and CORS preflights (070, 072, 074). 071 and 073 are plain paginated GETs and stay.
 */
const fixtureSchema = z.object({
  name: z.string(),
  note: z.string().nullable(),
  request: z.object({
    method: z.enum(['GET', 'POST', 'PATCH', 'DELETE']),
    path: z.string(),
    headers: z.record(z.string(), z.string()),
    body: z.unknown(),
  }),
  response: z.object({
    status: z.number(),
    headers: z.record(z.string(), z.string()),
    body: z.unknown(),
  }),
});

export type Fixture = z.infer<typeof fixtureSchema> & { file: string };

const files = import.meta.glob<unknown>('./fixtures/*.json', { eager: true, import: 'default' });

/** In recording order: later calls depend on the state earlier ones left. */
export const fixtures: Fixture[] = Object.entries(files)
  .map(([path, json]) => ({ ...fixtureSchema.parse(json), file: path.replace('./fixtures/', '') }))
  .sort((a, b) => a.file.localeCompare(b.file));

/**
 * Calls whose answer depends on rows the recording server had and the embedded API does not (its own
 * seed instead of a SQL-inserted bootstrap app, its own catalogue): only the shape is compared, plus the
 * checks in `listChecks`.
 */
export const stateDependentLists = new Set([
  '014-list-applications.json',
  '015-list-applications-paged.json',
  '016-list-applications-by-type.json',
  '038-list-connector-factories.json',
  '071-cors-get-http-localhost-5173.json',
  '073-cors-get-http-localhost-3002.json',
]);

/** Lists whose order follows ids, which differ between servers: compared after sorting. */
export const unorderedLists = new Set(['047-list-connectors.json']);

/** The parser's wording of a JSON syntax error depends on the JavaScript engine version. */
export const engineWordedMessages = new Set(['035-create-app-bad-json.json', '057-create-connector-bad-json.json']);

/** When the recording was made: `expiresAt` values are shifted by (now - this) so "future" stays future. */
export const recordedAt = 1_795_302_530_300;
