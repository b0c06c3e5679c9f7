import { useTranslation } from 'react-i18next';
import { GuideSteps, GuideUri, type GuideStep } from './guide-steps';

export type GuideProps = { redirectUri: string; name: string };

const ALIPAY_STEPS = ['account', 'create_app', 'abilities', 'bind', 'sign', 'keys', 'public_key', 'redirect', 'review'] as const;
const PATREON_STEPS = ['account', 'client', 'redirect', 'credentials', 'troubleshoot'] as const;

function useAfterSaving(name: string): GuideStep {
  const { t } = useTranslation('connectors');
  return { id: 'after', title: t('guide.after.title'), body: t('guide.after.body', { name }) };
}

/** Torii's own Alipay (Web) guide, in the admin's language (facts: docs/connectors.md). */
export function AlipayGuide({ redirectUri, name }: GuideProps) {
  const { t } = useTranslation('connectors');
  const after = useAfterSaving(name);
  const uriLabel = t('fields.redirect_uri');
  const steps: GuideStep[] = ALIPAY_STEPS.map((id) => ({
    id,
    title: t(`guide.alipay.steps.${id}.title`),
    body: t(`guide.alipay.steps.${id}.body`),
    ...(id === 'redirect' ? { extra: <GuideUri value={redirectUri} label={uriLabel} /> } : {}),
  }));
  return <GuideSteps intro={t('guide.alipay.intro')} steps={[...steps, after]} />;
}

/** Torii's own Patreon guide. */
export function PatreonGuide({ redirectUri, name }: GuideProps) {
  const { t } = useTranslation('connectors');
  const after = useAfterSaving(name);
  const uriLabel = t('fields.redirect_uri');
  const steps: GuideStep[] = PATREON_STEPS.map((id) => ({
    id,
    title: t(`guide.patreon.steps.${id}.title`),
    body: t(`guide.patreon.steps.${id}.body`),
    ...(id === 'redirect' ? { extra: <GuideUri value={redirectUri} label={uriLabel} /> } : {}),
  }));
  return <GuideSteps intro={t('guide.patreon.intro')} steps={[...steps, after]} />;
}
