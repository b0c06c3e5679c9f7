import { z } from 'zod/mini';

/**
 * What the page is talking to. The connected-mode server answers `/console-config`;
 * anywhere else (vite preview, a static host, tests) we fall back to the embedded API.
 */
export const consoleConfigSchema = z.object({
  mode: z.enum(['embedded', 'connected']),
  /** The origin end users and providers see: used in redirect URIs and guides. */
  tenantEndpoint: z.string(),
  /** Set by the connected server when it cannot reach or authenticate to Logto. */
  problem: z.optional(z.nullable(z.enum(['unreachable', 'token_failed', 'forbidden']))),
});
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

export const EMBEDDED_TENANT_ENDPOINT = 'http://localhost:3001';
const embeddedConfig: ConsoleConfig = { mode: 'embedded', tenantEndpoint: EMBEDDED_TENANT_ENDPOINT };

let current: ConsoleConfig = embeddedConfig;

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  try {
    const response = await fetch('/console-config', { headers: { accept: 'application/json' } });
    const type = response.headers.get('content-type') ?? '';
    if (response.ok && type.includes('application/json')) {
      const parsed = consoleConfigSchema.safeParse(await response.json());
      if (parsed.success) current = parsed.data;
    }
  } catch {
    // No server of ours: the embedded API it is.
  }
  return current;
}

export function getConsoleConfig(): ConsoleConfig {
  return current;
}

/** For tests and the embedded API's own settings. */
export function setConsoleConfig(config: ConsoleConfig) {
  current = config;
}

export type ConnectionProblem = NonNullable<ConsoleConfig['problem']>;

/** The `torii.*` error codes the connected server answers `/api` with when Logto is out of reach. */
export function connectionProblem(code: string | undefined): ConnectionProblem | null {
  switch (code) {
    case 'torii.unreachable':
      return 'unreachable';
    case 'torii.token_failed':
      return 'token_failed';
    case 'torii.forbidden':
      return 'forbidden';
    default:
      return null;
  }
}
