import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

export const DEFAULT_MANAGEMENT_RESOURCE = 'https://default.logto.app/api';
/** Where the embedded API pretends Logto lives (Logto's default port); see docs/management-api.md. */
export const EMBEDDED_TENANT_ENDPOINT = 'http://localhost:3001';

export type LogtoConnection = {
  /** Where this server reaches Logto (may be a private address such as http://logto:3001). */
  endpoint: string;
  /** What browsers and identity providers see: shown in redirect URIs and guides. */
  publicEndpoint: string;
  appId: string;
  appSecret: string;
  resource: string;
};

export type ServerConfig = {
  /** null: no Logto configured, the SPA runs its embedded API. */
  logto: LogtoConnection | null;
  port: number;
  host: string;
  /** Absolute path of the built SPA. */
  distDir: string;
};

/** `.env` files and compose files often leave a variable present but empty: treat that as unset. */
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

// Messages never echo the received value: the same code path validates the secret.
const httpUrl = z.preprocess(
  blankAsUnset,
  z
    .string()
    .trim()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      message: 'must be an http:// or https:// URL',
    })
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
);
const text = z.preprocess(blankAsUnset, z.string().optional());

const envSchema = z
  .object({
    LOGTO_ENDPOINT: httpUrl,
    LOGTO_PUBLIC_ENDPOINT: httpUrl,
    LOGTO_M2M_APP_ID: text,
    LOGTO_M2M_APP_SECRET: text,
    LOGTO_MANAGEMENT_RESOURCE: z.preprocess(
      blankAsUnset,
      z.string().trim().min(1).default(DEFAULT_MANAGEMENT_RESOURCE),
    ),
    PORT: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ message: 'must be a port number between 0 and 65535' })
        .int({ message: 'must be a port number between 0 and 65535' })
        .min(0, { message: 'must be a port number between 0 and 65535' })
        .max(65535, { message: 'must be a port number between 0 and 65535' })
        .default(3000),
    ),
    HOST: z.preprocess(blankAsUnset, z.string().trim().min(1).default('127.0.0.1')),
    TORII_DIST_DIR: z.preprocess(blankAsUnset, z.string().default('dist')),
  })
  .superRefine((env, context) => {
    if (!env.LOGTO_ENDPOINT) {
      for (const name of ['LOGTO_PUBLIC_ENDPOINT', 'LOGTO_M2M_APP_ID', 'LOGTO_M2M_APP_SECRET'] as const) {
        if (env[name]) context.addIssue({ code: 'custom', path: [name], message: 'is set but LOGTO_ENDPOINT is not' });
      }
      return;
    }
    for (const name of ['LOGTO_M2M_APP_ID', 'LOGTO_M2M_APP_SECRET'] as const) {
      if (!env[name]) context.addIssue({ code: 'custom', path: [name], message: 'is required when LOGTO_ENDPOINT is set' });
    }
  });

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; message: string };

/** Validates the environment. On failure, `message` is one line naming every bad variable, never a value. */
export function parseConfig(env: Record<string, string | undefined>, cwd = process.cwd()): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    return { ok: false, message: `Torii: invalid configuration: ${problems.join('; ')}.` };
  }
  const value = parsed.data;
  const logto =
    value.LOGTO_ENDPOINT && value.LOGTO_M2M_APP_ID && value.LOGTO_M2M_APP_SECRET
      ? {
          endpoint: value.LOGTO_ENDPOINT,
          publicEndpoint: value.LOGTO_PUBLIC_ENDPOINT ?? value.LOGTO_ENDPOINT,
          appId: value.LOGTO_M2M_APP_ID,
          appSecret: value.LOGTO_M2M_APP_SECRET,
          resource: value.LOGTO_MANAGEMENT_RESOURCE,
        }
      : null;
  return {
    ok: true,
    config: { logto, port: value.PORT, host: value.HOST, distDir: resolve(cwd, value.TORII_DIST_DIR) },
  };
}

/** Reads an optional `.env` (variables already in the environment win, as with `node --env-file`). */
export function loadDotEnv(cwd = process.cwd()) {
  const file = resolve(cwd, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
