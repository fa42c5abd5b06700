import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Checkbox, Fieldset, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { errorExtension, FormError, newCommandId, Page, useFormat, useServerFormErrors } from '@app/ui';
import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SUBMIT_APPEAL } from '../../graphql/appeals';
import { DEPUTIES_QUERY } from '../../graphql/registry';
import type { AppealSubmissionRulesQuery } from '../../gql/graphql';
import { SUBMISSION_RULES_QUERY } from '../../graphql/submission-rules';
import { PlaceFields } from '../deputies/region-territory-select';
import { policyVersionText } from '../privacy/policy-version';
import { CategorySuggestion } from './category-suggestion';
import { PhotoPicker, useChosenPhotos } from './photo-picker';
import { useCategoryOptions } from './use-category-options';

/**
 * Limits the API enforces (SubmitAppealInput) on the voter's details, checked here first; those of the
 * subject and text come with the submission rules (until they have loaded, the API's check alone).
 */
const PERSONAL_LIMITS = { name: 200, contact: 200, postalAddress: 500 } as const;
const AUTO = 'auto';

type Values = {
  regionCode: string;
  territoryId: string;
  addressedDeputyId: string;
  subject: string;
  text: string;
  categoryId: string;
  name: string;
  contact: string;
  postalAddress: string;
  consent: boolean;
};

const length = (value: string): number => [...value.trim()].length;
const orNull = (value: string): string | null => value.trim() || null;

export function NewAppealPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [commandId] = useState(newCommandId);
  const categories = useCategoryOptions();
  const rules = useQuery(SUBMISSION_RULES_QUERY).data?.appealSubmissionRules;
  const [photos, setPhotos] = useChosenPhotos();
  const maxSubject = rules?.maxSubjectLength;
  const maxText = rules?.maxTextLength;

  const tooLong = (max: number | undefined) => (value: string) =>
    max !== undefined && length(value) > max ? t('form.tooLong', { max: format.count(max) }) : null;
  const form = useForm<Values>({
    initialValues: {
      regionCode: params.get('region') ?? '',
      territoryId: params.get('territory') ?? '',
      addressedDeputyId: params.get('deputy') ?? AUTO,
      subject: '',
      text: '',
      categoryId: '',
      name: '',
      contact: '',
      postalAddress: '',
      consent: false,
    },
    validate: {
      regionCode: (value) => (value ? null : t('newAppeal.errors.region')),
      territoryId: (value) => (value ? null : t('newAppeal.errors.territory')),
      categoryId: (value) => (value ? null : t('newAppeal.errors.category')),
      subject: (value) => (length(value) === 0 ? t('newAppeal.errors.subject') : tooLong(maxSubject)(value)),
      text: (value) => (length(value) === 0 ? t('newAppeal.errors.text') : tooLong(maxText)(value)),
      name: (value, values) =>
        length(value) === 0 && (length(values.contact) > 0 || length(values.postalAddress) > 0)
          ? t('newAppeal.errors.name')
          : tooLong(PERSONAL_LIMITS.name)(value),
      contact: tooLong(PERSONAL_LIMITS.contact),
      postalAddress: tooLong(PERSONAL_LIMITS.postalAddress),
      consent: (value) => (value ? null : t('newAppeal.errors.consent')),
    },
  });
  const { formError, handleError, clearFormError } = useServerFormErrors(form, {
    regionCode: { path: 'regionCode', message: t('newAppeal.errors.regionServer') },
    territoryId: { path: 'territoryId', message: t('newAppeal.errors.territoryServer') },
    categoryId: { path: 'categoryId', message: t('newAppeal.errors.categoryServer') },
    addressedDeputyId: { path: 'addressedDeputyId', message: t('newAppeal.errors.deputyServer') },
    subject: { path: 'subject' },
    text: { path: 'text' },
    name: { path: 'name', message: t('newAppeal.errors.name') },
    contact: { path: 'contact' },
    postalAddress: { path: 'postalAddress' },
    consent: { path: 'consent', message: t('newAppeal.errors.consent') },
    attachmentIds: { path: 'photos' as keyof Values },
  });

  const [submit, { loading: sending }] = useMutation(SUBMIT_APPEAL, {
    // The list is projected from the events a moment later: drop the cached one so it is read afresh.
    update: (cache) => void cache.evict({ fieldName: 'myAppeals' }),
  });

  const onSubmit = form.onSubmit(async (values) => {
    clearFormError();
    if (photos.some((photo) => photo.id === null)) {
      form.setFieldError('photos' as keyof Values, t('photos.errors.stillUploading'));
      return;
    }
    try {
      const { data } = await submit({
        variables: {
          input: {
            ...(commandId ? { commandId } : {}),
            regionCode: values.regionCode,
            territoryId: values.territoryId,
            categoryId: values.categoryId,
            addressedDeputyId: values.addressedDeputyId === AUTO ? null : values.addressedDeputyId,
            subject: values.subject.trim(),
            text: values.text.trim(),
            consent: values.consent,
            attachmentIds: photos.flatMap((photo) => (photo.id ? [photo.id] : [])),
            name: orNull(values.name),
            contact: orNull(values.contact),
            postalAddress: orNull(values.postalAddress),
          },
        },
      });
      if (!data) return;
      notifications.show({ color: 'green', title: t('newAppeal.sentTitle'), message: t('newAppeal.sentText') });
      void navigate(`/appeals/${data.submitAppeal.appealId}`, { state: { justSubmitted: true } });
    } catch (error) {
      // Photos the server could no longer take (sent with another appeal, or a day old) leave the form.
      const gone = errorExtension(error, 'attachmentIds');
      handleError(error);
      if (Array.isArray(gone) && gone.length > 0) {
        setPhotos((chosen) => chosen.filter((photo) => !photo.id || !gone.includes(photo.id)));
        form.setFieldError('photos' as keyof Values, t('photos.errors.server'));
      }
    }
  });

  return (
    <Page title={t('newAppeal.title')}>
      <form onSubmit={onSubmit} noValidate aria-describedby="new-appeal-intro">
        <Stack gap="lg">
          <Text id="new-appeal-intro">{t('newAppeal.intro')}</Text>

          <Fieldset legend={t('newAppeal.where')}>
            <Stack gap="sm">
              <PlaceFields
                required
                regionCode={form.values.regionCode}
                territoryId={form.values.territoryId}
                errors={{ regionCode: errorText(form.errors.regionCode), territoryId: errorText(form.errors.territoryId) }}
                onChange={(place) => {
                  form.setValues({ ...place, addressedDeputyId: AUTO });
                  form.clearFieldError('regionCode');
                  form.clearFieldError('territoryId');
                }}
              />
              <DeputyChoice
                regionCode={form.values.regionCode}
                territoryId={form.values.territoryId}
                value={form.values.addressedDeputyId}
                onChange={(deputyId) => form.setFieldValue('addressedDeputyId', deputyId)}
                error={form.errors.addressedDeputyId}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('newAppeal.what')}>
            <Stack gap="sm">
              <TextInput
                label={t('newAppeal.subject')}
                description={
                  maxSubject === undefined ? t('newAppeal.subjectHint') : t('newAppeal.subjectHintMax', { max: format.count(maxSubject) })
                }
                required
                maxLength={maxSubject}
                {...form.getInputProps('subject')}
              />
              <Textarea
                label={t('newAppeal.text')}
                description={maxText === undefined ? t('newAppeal.textHint') : t('newAppeal.textHintMax', { max: format.count(maxText) })}
                required
                autosize
                minRows={6}
                maxRows={16}
                {...form.getInputProps('text')}
              />
              <Select
                label={t('newAppeal.category')}
                placeholder={categories.loading ? t('ui:states.loading') : t('newAppeal.categoryPlaceholder')}
                data={categories.groups}
                searchable
                required
                nothingFoundMessage={t('places.nothingFound')}
                disabled={categories.loading}
                {...form.getInputProps('categoryId')}
                error={form.errors.categoryId ?? (categories.error ? t('newAppeal.errors.categoriesFailed') : undefined)}
                data-testid="category-select"
              />
              <CategorySuggestion
                text={`${form.values.subject}\n${form.values.text}`}
                categories={categories.categories}
                selected={form.values.categoryId}
                fullName={categories.fullName}
                onAccept={(categoryId) => form.setFieldValue('categoryId', categoryId)}
              />
              {rules && (
                <PhotoPicker
                  rules={rules}
                  photos={photos}
                  onChange={(next) => {
                    form.clearFieldError('photos' as keyof Values);
                    setPhotos(next);
                  }}
                  error={errorText(form.errors.photos)}
                  disabled={sending}
                />
              )}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('newAppeal.aboutYou')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('newAppeal.aboutYouHint')}
              </Text>
              <TextInput label={t('personal.name')} autoComplete="name" {...form.getInputProps('name')} />
              <TextInput
                label={t('personal.contact')}
                description={t('personal.contactHint')}
                autoComplete="email"
                {...form.getInputProps('contact')}
              />
              <TextInput label={t('personal.postalAddress')} autoComplete="street-address" {...form.getInputProps('postalAddress')} />
            </Stack>
          </Fieldset>

          <Checkbox label={<ConsentLabel policy={rules?.personalDataPolicy} />} {...form.getInputProps('consent', { type: 'checkbox' })} />
          <FormError error={formError} />
          <Group>
            <Button type="submit" loading={sending} data-testid="submit-appeal">
              {t('newAppeal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}

const errorText = (error: unknown): string | null => (typeof error === 'string' ? error : null);

/** The consent sentence, naming the policy's version and linking its text (opens beside the form, which keeps what was typed). */
function ConsentLabel({
  policy,
}: Readonly<{ policy: AppealSubmissionRulesQuery['appealSubmissionRules']['personalDataPolicy'] | undefined }>) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!policy) return <>{t('newAppeal.consent')}</>;
  return (
    <Trans
      i18nKey="newAppeal.consentWithPolicy"
      values={{ version: policyVersionText(policy.version, format.day) }}
      components={{ policy: <Anchor component={Link} to={policy.url} target="_blank" rel="noopener" inherit underline="always" /> }}
    />
  );
}

type DeputyChoiceProps = Readonly<{
  regionCode: string;
  territoryId: string;
  value: string;
  onChange: (deputyId: string) => void;
  error?: unknown;
}>;

/** "Choose automatically" (the region's routing rules) or one of the territory's deputies. */
function DeputyChoice({ regionCode, territoryId, value, onChange, error }: DeputyChoiceProps) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(DEPUTIES_QUERY, { variables: { regionCode, territoryId }, skip: !regionCode || !territoryId });
  const options = useMemo(
    () => [
      { value: AUTO, label: t('newAppeal.deputyAuto') },
      ...(data?.deputies ?? []).map((deputy) => ({ value: deputy.id, label: deputy.fullName })),
    ],
    [data, t],
  );
  return (
    <Select
      label={t('newAppeal.deputy')}
      description={t('newAppeal.deputyHint')}
      data={options}
      value={value}
      onChange={(next) => onChange(next ?? AUTO)}
      allowDeselect={false}
      disabled={!territoryId || loading}
      error={errorText(error)}
    />
  );
}
