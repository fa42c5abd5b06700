import { ActionIcon, Alert, Button, FileButton, Group, Image, Input, List, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useAuth } from '@app/ui';
import { type Dispatch, type SetStateAction, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { discardPhoto, type PhotoProblem, type PhotoRules, screenFiles, uploadPhoto } from './photo-upload';

/** A photo chosen in the form: its local preview while it uploads, then the id the API gave it. */
export type ChosenPhoto = Readonly<{ key: string; name: string; preview: string; id: string | null }>;

type Props = Readonly<{
  rules: PhotoRules;
  photos: readonly ChosenPhoto[];
  onChange: Dispatch<SetStateAction<ChosenPhoto[]>>;
  error?: string | null;
}>;

/**
 * "Add photos": checks type, size and count before sending, uploads each photo as soon as it is chosen,
 * shows a preview with a remove button, and says in plain words why a file was not taken.
 */
export function PhotoPicker({ rules, photos, onChange, error }: Props) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const [refused, setRefused] = useState<Array<{ name: string; problem: PhotoProblem }>>([]);
  const resetRef = useRef<() => void>(null);
  const maxMb = Math.round(rules.maxPhotoBytes / 1024 / 1024);

  // Previews are object URLs: released when a photo is removed (below) and when the form goes away.
  const photosRef = useRef(photos);
  photosRef.current = photos;
  useEffect(() => () => photosRef.current.forEach((photo) => URL.revokeObjectURL(photo.preview)), []);

  const forget = (key: string) =>
    onChange((current) => {
      current.filter((photo) => photo.key === key).forEach((photo) => URL.revokeObjectURL(photo.preview));
      return current.filter((photo) => photo.key !== key);
    });
  const remove = async (photo: ChosenPhoto) => {
    forget(photo.key);
    if (photo.id) await discardPhoto(photo.id, () => session.accessToken());
  };

  const choose = async (files: File[]) => {
    resetRef.current?.();
    const { accepted, rejected } = screenFiles(files, photos.length, rules);
    const problems = [...rejected];
    const chosen = accepted.map((file) => ({ file, key: crypto.randomUUID?.() ?? `${Date.now()}-${Math.random()}`, name: file.name, preview: URL.createObjectURL(file), id: null }));
    onChange((current) => [...current, ...chosen.map(({ file: _file, ...photo }) => photo)]);
    // One at a time: a phone on a weak connection does better with one upload than five at once.
    for (const photo of chosen) {
      const outcome = await uploadPhoto(photo.file, () => session.accessToken());
      if (outcome.ok && !photosRef.current.some((item) => item.key === photo.key)) {
        // Removed while it uploaded.
        await discardPhoto(outcome.id, () => session.accessToken());
      } else if (outcome.ok) {
        onChange((current) => current.map((item) => (item.key === photo.key ? { ...item, id: outcome.id } : item)));
      } else {
        problems.push({ name: photo.name, problem: outcome.problem });
        forget(photo.key);
        if (outcome.problem === 'SIGNED_OUT') void session.expire();
      }
    }
    setRefused(problems);
  };

  return (
    <Input.Wrapper
      label={t('photos.label')}
      description={t('photos.hint', { max: rules.maxPhotos, mb: maxMb })}
      error={error}
      inputContainer={(children) => <Stack gap="xs">{children}</Stack>}
    >
      {photos.length > 0 && (
        <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="xs" data-testid="chosen-photos">
          {photos.map((photo, index) => (
            <Paper key={photo.key} withBorder radius="sm" pos="relative" style={{ overflow: 'hidden' }}>
              <Image src={photo.preview} alt={t('photos.preview', { number: index + 1, name: photo.name })} fit="cover" style={{ aspectRatio: '1' }} />
              <Group pos="absolute" top={4} right={4} gap={4}>
                {photo.id === null && <Loader size="xs" aria-label={t('photos.uploading', { name: photo.name })} />}
                <ActionIcon size="sm" variant="white" color="red" onClick={() => void remove(photo)} aria-label={t('photos.remove', { name: photo.name })}>
                  ×
                </ActionIcon>
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <Group>
        <FileButton onChange={(files) => void choose(files)} accept={rules.photoTypes.join(',')} multiple resetRef={resetRef}>
          {(props) => (
            <Button {...props} variant="default" disabled={photos.length >= rules.maxPhotos} data-testid="add-photos">
              {t('photos.add')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed">
          {t('photos.count', { count: photos.length, max: rules.maxPhotos })}
        </Text>
      </Group>
      {refused.length > 0 && (
        <Alert color="orange" title={t('photos.refusedTitle')} role="status" onClose={() => setRefused([])} withCloseButton closeButtonLabel={t('photos.dismiss')}>
          <List size="sm">
            {refused.map((item, index) => (
              <List.Item key={`${item.name}-${index}`}>{t(`photos.problem.${item.problem}`, { name: item.name, max: rules.maxPhotos, mb: maxMb })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Input.Wrapper>
  );
}
