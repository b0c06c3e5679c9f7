import type { ReactNode } from 'react';
import { CopyableText } from '@/components/ui/secret';
import styles from './guide.module.css';
import { SafeMarkdown } from './safe-markdown';

export type GuideStep = { id: string; title: string; body: string; extra?: ReactNode };

/** Numbered steps; bodies are Markdown (links, bold, code) rendered by the same safe renderer as READMEs. */
export function GuideSteps({ intro, steps }: { intro: string; steps: GuideStep[] }) {
  return (
    <div className={styles.guide}>
      <p className={styles.intro}>{intro}</p>
      <ol className={styles.steps}>
        {steps.map((step) => (
          <li key={step.id} className={styles.step}>
            <h3 className={styles.stepTitle}>{step.title}</h3>
            <div className={styles.stepBody}>
              <SafeMarkdown>{step.body}</SafeMarkdown>
              {step.extra}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The redirect URI inside a step, copyable where the admin reads about it. */
export function GuideUri({ value, label }: { value: string; label: string }) {
  return (
    <div className={styles.uri}>
      <CopyableText value={value} label={label} />
    </div>
  );
}
