/**
 * Why the server cannot manage Logto right now. The SPA shows a page per kind (see
 * src/lib/console-config.ts), so each kind must point at one thing the operator can fix.
 * - unreachable: no answer from LOGTO_ENDPOINT (down, wrong address, 5xx, timeout).
 * - token_failed: Logto refused the client credentials or the token (wrong app id, secret or resource).
 * - forbidden: the token works but lacks the Management API role (scope `all`).
 */
export type ProblemKind = 'unreachable' | 'token_failed' | 'forbidden';

export class LogtoProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'LogtoProblem';
  }
}

const statusByKind: Record<ProblemKind, 502 | 503> = {
  // Nobody answered: the service is unavailable rather than misbehaving.
  unreachable: 503,
  token_failed: 502,
  forbidden: 502,
};

const messageByKind: Record<ProblemKind, string> = {
  unreachable: 'Torii cannot reach the Logto server at LOGTO_ENDPOINT.',
  token_failed: 'Logto refused the machine-to-machine credentials (LOGTO_M2M_APP_ID, LOGTO_M2M_APP_SECRET, LOGTO_MANAGEMENT_RESOURCE).',
  forbidden: 'The machine-to-machine app lacks the "Logto Management API access" role.',
};

/** The error body for `/api/*` while a problem lasts, in the Management API's `{code, message}` shape. */
export function problemResponse(kind: ProblemKind) {
  return {
    status: statusByKind[kind],
    body: { code: `torii.${kind}`, message: messageByKind[kind] },
  };
}

/**
 * The last known state of the connection. Every token attempt and every proxied answer updates it,
 * so `/console-config` can tell a freshly loaded SPA what is wrong without another round trip.
 */
export class ConnectionState {
  problem: ProblemKind | null = null;
  /** True once an authorised API call has succeeded since the last problem. */
  verified = false;

  fail(kind: ProblemKind) {
    this.problem = kind;
    this.verified = false;
  }

  succeed() {
    this.problem = null;
    this.verified = true;
  }
}
