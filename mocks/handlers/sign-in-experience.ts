import { http } from 'msw';
import { db } from '../db';
import { json, readJsonBody, route } from '../lib/http';
import { parseSignInExperiencePatch, validateSignIn, validateSignUp } from '../rules/sign-in-experience';
import { connectorTypes, socialTargets } from './views';

/** One sign-in experience per tenant: read it, or patch top-level keys and get the whole object back. */
export const signInExperienceHandlers = [
  http.get(
    '*/api/sign-in-exp',
    route(({ request }) => json(request, db.signInExperience)),
  ),
  http.patch(
    '*/api/sign-in-exp',
    route(
      async ({ request }) => {
        const patch = parseSignInExperiencePatch(await readJsonBody(request));
        const types = connectorTypes();
        // Sign-up and sign-in rules are checked only for the keys sent, as Logto does.
        if (patch.signUp) validateSignUp(patch.signUp, types);
        if (patch.signIn) validateSignIn(patch.signIn, patch.signUp ?? db.signInExperience.signUp, types);
        // Targets without a social connector are dropped silently, keeping the order of the rest (fixture 065).
        const available = socialTargets();
        const targets = patch.socialSignInConnectorTargets?.filter((target) => available.has(target));
        db.signInExperience = {
          ...db.signInExperience,
          ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
          ...(targets ? { socialSignInConnectorTargets: targets } : {}),
        };
        return json(request, db.signInExperience);
      },
      { mutates: true },
    ),
  ),
];
