import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTitle } from './common';

export function HowToApplyPage() {
  const { t } = useTranslation();
  useTitle(t('howTo.title'));
  const steps = t('howTo.steps', { returnObjects: true }) as string[];
  const data = t('howTo.data', { returnObjects: true }) as [string, string][];
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('howTo.title')}
      </Heading>
      <Paragraph>{t('howTo.intro')}</Paragraph>
      <Heading level={2}>{t('howTo.stepsTitle')}</Heading>
      <ol className="stack">
        {steps.map((step) => (
          <li key={step}>
            <Paragraph>{step}</Paragraph>
          </li>
        ))}
      </ol>
      <Heading level={2}>{t('howTo.dataTitle')}</Heading>
      <Paragraph>{t('howTo.dataIntro')}</Paragraph>
      <dl className="facts">
        {data.map(([what, why]) => (
          <div key={what} style={{ display: 'contents' }}>
            <dt>{what}</dt>
            <dd>{why}</dd>
          </div>
        ))}
      </dl>
      <Paragraph>{t('howTo.whoReads')}</Paragraph>
    </div>
  );
}
