import { lazy, Suspense } from 'react';
import type { CreateFlow } from './create-flow';

// The catalogue, type choice and create form (with their dialog and form libraries) are a separate chunk:
// it starts downloading once the list has rendered, rather than holding up the list's first paint. It is
// mounted (closed) as soon as it arrives, so opening it is instant and focus return works as always.
const CreateDialogs = lazy(() => import('./create-dialogs').then((module) => ({ default: module.CreateDialogs })));

export function LazyCreateDialogs({ flow }: { flow: CreateFlow }) {
  return (
    <Suspense fallback={null}>
      <CreateDialogs flow={flow} />
    </Suspense>
  );
}
