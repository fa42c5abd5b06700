import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortDirection } from './sort-rows';

type Props = Readonly<{
  label: ReactNode;
  /** This column is the one the rows are sorted by, in this direction. */
  active: SortDirection | null;
  onSort: () => void;
  align?: 'left' | 'right';
  width?: number | string;
  className?: string;
}>;

/** A column header that sorts the table: a real button (Enter or Space), and aria-sort on the header cell. */
export function SortableHeader({ label, active, onSort, align = 'left', width, className }: Props) {
  const { t } = useTranslation();
  const arrow = active === 'asc' ? '↑' : active === 'desc' ? '↓' : '↕';
  return (
    <Table.Th
      className={className}
      aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'}
      style={{ textAlign: align, width, verticalAlign: 'bottom' }}
    >
      <UnstyledButton
        onClick={onSort}
        className="analyst-sort"
        style={{ textAlign: align, justifyContent: align === 'right' ? 'flex-end' : 'flex-start' }}
      >
        <span>{label}</span>
        <span aria-hidden="true" className="analyst-sort-arrow" data-active={active ? 'true' : undefined}>
          {arrow}
        </span>
        {!active && <span className="analyst-visually-hidden">{t('table.sortHint')}</span>}
      </UnstyledButton>
    </Table.Th>
  );
}
