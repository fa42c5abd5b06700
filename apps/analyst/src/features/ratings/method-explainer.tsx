import { Anchor, Box, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ColorSwatch } from '@app/ui/charts/chart-figure';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnalystRatingMethodFragment as RatingMethod } from '../../gql/graphql';
import { COMPONENT_COLORS } from '../../shared/component-colors';
import { useAnalystFormat } from '../../shared/use-analyst-format';

/** Weights of the score as one bar (decoration) and as a list (the text), the same colours as a deputy's breakdown. */
export function WeightsBar({ method }: { method: RatingMethod }) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  return (
    <Stack gap="xs">
      <Box aria-hidden="true" style={{ display: 'flex', height: 14, borderRadius: 4, overflow: 'hidden', gap: 2 }}>
        {method.weights.map((weight) => (
          <Box key={weight.key} style={{ flex: weight.weight, background: COMPONENT_COLORS[weight.key] }} />
        ))}
      </Box>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing={4} verticalSpacing={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {method.weights.map((weight) => (
          <Group key={weight.key} gap={6} wrap="nowrap" component="li">
            <ColorSwatch color={COMPONENT_COLORS[weight.key]} />
            <Text size="sm">
              {t(`components.${weight.key}.name`)} — <strong>{format.percent(weight.weight)}</strong>
            </Text>
          </Group>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** How the score is computed, in a few lines, with a link to the whole method. */
export function MethodExplainer({ method }: { method: RatingMethod }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="method-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="method-title">
          {t('method.shortTitle')}
        </Title>
        <Text size="sm">{t('method.shortScore')}</Text>
        <WeightsBar method={method} />
        <Text size="sm">{t('method.shortShrink', { m: method.ratePriorWeight })}</Text>
        <Text size="sm">{t('method.shortRank', { minimum: method.minimumAnswered })}</Text>
        <Text size="sm">{t('method.shortIntervals')}</Text>
        <Anchor component={Link} to="/method" size="sm">
          {t('method.more')}
        </Anchor>
      </Stack>
    </Card>
  );
}
