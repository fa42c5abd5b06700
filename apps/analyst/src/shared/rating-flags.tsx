import { Badge, Group, List, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RatingFlag } from '../gql/graphql';

/** A deputy's flags as short badges; each explains itself on hover or keyboard focus. */
export function RatingFlags({ flags, hide = [] }: { flags: readonly RatingFlag[]; hide?: readonly RatingFlag[] }) {
  const { t } = useTranslation();
  const shown = flags.filter((flag) => !hide.includes(flag));
  if (shown.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      {shown.map((flag) => (
        <Tooltip
          key={flag}
          label={t(`flags.${flag}.explain`)}
          multiline
          w={280}
          withArrow
          events={{ hover: true, focus: true, touch: true }}
        >
          <Badge
            variant="light"
            color={flag === 'NO_FEEDBACK' ? 'gray' : 'yellow'}
            tabIndex={0}
            style={{ cursor: 'help', textTransform: 'none' }}
            data-flag={flag}
          >
            {t(`flags.${flag}.short`)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}

/** What each flag means, written out under a table (tooltips are not enough on a phone or for a screen reader). */
export function RatingFlagsLegend({ flags }: { flags: readonly RatingFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <List size="sm" spacing={4} c="dimmed">
      {flags.map((flag) => (
        <List.Item key={flag}>
          <Text span size="sm" fw={600} c="var(--mantine-color-text)">
            {t(`flags.${flag}.short`)}
          </Text>
          {' — '}
          {t(`flags.${flag}.explain`)}
        </List.Item>
      ))}
    </List>
  );
}
