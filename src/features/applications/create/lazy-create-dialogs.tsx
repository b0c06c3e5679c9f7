import { lazy, Suspense, useState } from 'react';
import type { CreateFlow } from './create-flow';

// The catalogue, type choice and create form (with their dialog and form libraries) load on the first
// "Create application", keeping them out of the list's first download. Once loaded they stay mounted,
// so focus return and closing animations behave as if they had always been there.
const CreateDialogs = lazy(() => import('./create-dialogs').then((module) => ({ default: module.CreateDialogs })));

export function LazyCreateDialogs({ flow }: { flow: CreateFlow }) {
  const [wanted, setWanted] = useState(false);
  if (!wanted && flow.step.kind !== 'closed') setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <CreateDialogs flow={flow} />
    </Suspense>
  );
}
