/**
 * What the page is talking to. The connected-mode server answers `/console-config`;
 * anywhere else (vite preview, a static host, tests) we fall back to the embedded API.
 */
export type ConsoleConfig = {
  mode: 'embedded' | 'connected';
  /** The origin end users and providers see: used in redirect URIs and guides. */
  tenantEndpoint: string;
  /**
   * Set by the connected server when it cannot reach or authenticate to Logto; `server_unavailable`
   * when Torii's own server answered `/console-config` with an error (so it is not a static host).
   */
  problem?: 'unreachable' | 'token_failed' | 'forbidden' | 'server_unavailable' | null;
  /** With a problem: the address the server called (LOGTO_ENDPOINT), which the messages name. */
  logtoEndpoint?: string;
};

const PROBLEMS = ['unreachable', 'token_failed', 'forbidden'] as const;

/**
 * Checked by hand rather than with zod: this runs before the first paint, and three fields of our
 * own server's answer do not justify putting a schema library on that path.
 */
export function parseConsoleConfig(value: unknown): ConsoleConfig | null {
  if (!value || typeof value !== 'object') return null;
  const { mode, tenantEndpoint, problem, logtoEndpoint } = value as Record<string, unknown>;
  if ((mode !== 'embedded' && mode !== 'connected') || typeof tenantEndpoint !== 'string') return null;
  if (problem !== undefined && problem !== null && !PROBLEMS.includes(problem as never)) return null;
  return {
    mode,
    tenantEndpoint,
    problem: (problem ?? null) as ConsoleConfig['problem'],
    ...(typeof logtoEndpoint === 'string' ? { logtoEndpoint } : {}),
  };
}

/** The Logto address a connection problem is about: the one the server called, else the public one. */
export const problemEndpoint = (config: ConsoleConfig = current) => config.logtoEndpoint ?? config.tenantEndpoint;

export const EMBEDDED_TENANT_ENDPOINT = 'http://localhost:3001';
const embeddedConfig: ConsoleConfig = { mode: 'embedded', tenantEndpoint: EMBEDDED_TENANT_ENDPOINT };

let current: ConsoleConfig = embeddedConfig;

/**
 * A static host (vite preview, a CDN) answers `/console-config` with a 404 or its index.html: the
 * embedded API it is. A 5xx comes from a server that is meant to answer (ours, or a proxy in front
 * of it): falling back to demo data there would let an admin edit the demo thinking it is their tenant.
 */
export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  try {
    const response = await fetch('/console-config', { headers: { accept: 'application/json' } });
    const type = response.headers.get('content-type') ?? '';
    if (response.status >= 500) {
      current = { mode: 'connected', tenantEndpoint: window.location.origin, problem: 'server_unavailable' };
    } else if (response.ok && type.includes('application/json')) {
      const parsed = parseConsoleConfig(await response.json());
      if (parsed) current = parsed;
    }
  } catch {
    // No answer at all while the page itself loaded: a static copy, the embedded API it is.
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
