import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { LoadingState, Page, useFormat } from '@app/ui';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SUBMISSION_RULES_QUERY } from '../../graphql/submission-rules';
import { policyVersionText } from './policy-version';

const SECTIONS = ['what', 'why', 'who', 'photos', 'keep', 'rights'] as const;

/**
 * The personal data policy a voter consents to with each appeal (152-ФЗ): open to everyone, with the
 * version the API records with the consent. The operator replaces this text with their own.
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading } = useQuery(SUBMISSION_RULES_QUERY);
  const rules = data?.appealSubmissionRules;
  // The limit is the API's; without the rules (the query failed) the sentence goes without a number.
  const photoLimit = rules ? t('privacy.photos.limit', { max: rules.maxPhotos }) : t('privacy.photos.limitUnknown');
  const points = (section: (typeof SECTIONS)[number]): string[] => {
    const listed = t(`privacy.${section}.points`, { returnObjects: true }) as string[];
    return section === 'photos' ? [photoLimit, ...listed] : listed;
  };
  return (
    <Page title={t('privacy.title')}>
      {loading && !rules ? (
        <LoadingState />
      ) : (
        <Stack gap="md" maw={760}>
          {rules && (
            <Text c="dimmed">{t('privacy.version', { version: policyVersionText(rules.personalDataPolicy.version, format.day) })}</Text>
          )}
          <Text>{t('privacy.lead')}</Text>
          {SECTIONS.map((section) => (
            <Stack key={section} gap={4}>
              <Title order={2} size="h4">
                {t(`privacy.${section}.title`)}
              </Title>
              <List spacing={4}>
                {points(section).map((point) => (
                  <List.Item key={point}>{point}</List.Item>
                ))}
              </List>
            </Stack>
          ))}
          <Text>
            <Anchor component={Link} to="/personal-data">
              {t('privacy.manage')}
            </Anchor>
          </Text>
        </Stack>
      )}
    </Page>
  );
}
