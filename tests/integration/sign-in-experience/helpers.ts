import { configure, screen, within } from '@testing-library/react';
import { http } from 'msw';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';

export const PAGE = '/sign-in-experience/sign-up-and-sign-in';

// Lazy route chunks, locale files and the embedded API all answer asynchronously; on a shared, busy
// machine the default 1 s for findBy/waitFor is too tight. Vitest isolates files, so this stays here.
configure({ asyncUtilTimeout: 5000 });

/**
 * Adds configured connectors straight to the embedded API's store (configs are not the point here;
 * the connectors area tests creation). Ids are predictable so tests can delete them.
 */
export function seedConnectors(...factoryIds: string[]) {
  for (const connectorId of factoryIds) {
    db.connectors.push({
      id: `test-${connectorId}`,
      connectorId,
      config: {},
      metadata: {},
      syncProfile: false,
      enableTokenStorage: false,
      createdAt: Date.now(),
    });
  }
}

export const seedTargets = (...targets: string[]) => {
  db.signInExperience.socialSignInConnectorTargets = targets;
};

/** Records every PATCH body, then lets the embedded API's own handler answer. */
export function spyOnPatches() {
  const bodies: unknown[] = [];
  server.use(
    http.patch('*/api/sign-in-exp', async ({ request }) => {
      bodies.push(await request.clone().json());
      return undefined;
    }),
  );
  return bodies;
}

/** The chosen social targets, top to bottom, read from their remove buttons' names. */
export function listedNames(language: 'en' | 'ja' = 'en') {
  const list = screen.queryByRole('list', { name: language === 'en' ? 'Social sign-in buttons, in order' : 'ソーシャルサインインのボタン（表示順）' });
  if (!list) return [];
  const prefix = language === 'en' ? /^Remove (.+)$/ : /^(.+) を削除$/;
  return within(list)
    .getAllByRole('button', { name: prefix })
    .map((button) => prefix.exec(button.getAttribute('aria-label') ?? '')?.[1]);
}

/** The preview's buttons, top to bottom, as an end user reads them. */
export function previewButtons() {
  const preview = screen.getByRole('figure', { name: /preview|プレビュー/ });
  const list = within(preview).queryByRole('list');
  return list ? within(list).getAllByRole('listitem').map((item) => item.textContent) : [];
}

/** The first visit loads the route chunk and its locale lazily: allow a shared, busy CI machine some time. */
export const SLOW = { timeout: 10_000 };

export const waitForForm = () => screen.findByRole('radiogroup', { name: /Sign-up identifier|サインアップ識別子/ }, SLOW);
