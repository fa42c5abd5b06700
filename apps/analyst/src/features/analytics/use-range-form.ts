import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { rangeProblems } from '../../shared/dates';

export type RangeValues = { regionCode: string; from: string; to: string };

/** The region and period form of the analytics pages, checked as the API checks it; it follows the address. */
export function useRangeForm(current: RangeValues, needsRegion: boolean) {
  const { t } = useTranslation();
  const form = useForm<RangeValues>({
    initialValues: current,
    validate: (values) => {
      const problems = rangeProblems(values.from, values.to);
      return {
        regionCode: needsRegion && !values.regionCode ? t('filters.errors.region') : null,
        from: problems.from ? t(`filters.errors.from.${problems.from}`) : null,
        to: problems.to ? t(`filters.errors.to.${problems.to}`) : null,
      };
    },
  });
  useEffect(() => {
    form.setValues(current);
    form.clearErrors();
  }, [current.regionCode, current.from, current.to]);
  return form;
}
