import { http } from 'msw';

/** Logto's anonymous health check (fixture 001); handy for "is the API up" probes. */
export const statusHandlers = [http.get('*/api/status', () => new Response(null, { status: 204 }))];
