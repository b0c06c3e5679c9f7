import { useState } from 'react';
import type { CreatableApplicationType } from '@/api/applications';
import { categoryApplicationType, type Framework } from '../catalogue/frameworks';

/**
 * Where the admin is in "Create application": the catalogue, the bare type choice, or the name form.
 * Each later step remembers the one before it, so Back returns exactly there.
 */
export type CreateStep =
  | { kind: 'closed' }
  | { kind: 'catalogue' }
  | { kind: 'types'; previous: CreateStep }
  | { kind: 'form'; type: CreatableApplicationType; framework: Framework | undefined; previous: CreateStep };

const closed: CreateStep = { kind: 'closed' };

export function useCreateFlow() {
  const [step, setStep] = useState<CreateStep>(closed);
  return {
    step,
    openCatalogue: () => setStep({ kind: 'catalogue' }),
    close: () => setStep(closed),
    back: () => setStep((current) => ('previous' in current ? current.previous : closed)),
    pickFramework: (framework: Framework) =>
      setStep((current) => ({ kind: 'form', type: categoryApplicationType[framework.category], framework, previous: current })),
    withoutFramework: () => setStep((current) => ({ kind: 'types', previous: current })),
    pickType: (type: CreatableApplicationType) => setStep((current) => ({ kind: 'form', type, framework: undefined, previous: current })),
  };
}
export type CreateFlow = ReturnType<typeof useCreateFlow>;
