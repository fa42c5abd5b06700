import { ActionIcon, Alert, Button, FileButton, Group, Image, Input, List, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useAuth } from '@app/ui';
import { type Dispatch, type SetStateAction, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { discardPhoto, type PhotoProblem, type PhotoRules, screenFiles, uploadPhotos } from './photo-upload';

/** A photo chosen in the form: its local preview while it uploads, then the id the API gave it. */
export type ChosenPhoto = Readonly<{ key: string; name: string; preview: string; id: string | null }>;

/**
 * The photos of the form, for the page that owns them: a preview (an object URL) is released once its photo
 * has left the list, and all of them when the page goes away.
 */
export function useChosenPhotos(): [ChosenPhoto[], Dispatch<SetStateAction<ChosenPhoto[]>>] {
  const [photos, setPhotos] = useState<ChosenPhoto[]>([]);
  const previews = useRef(new Set<string>());
  useEffect(() => {
    const shown = new Set(photos.map((photo) => photo.preview));
    for (const preview of previews.current) if (!shown.has(preview)) URL.revokeObjectURL(preview);
    previews.current = shown;
  }, [photos]);
  useEffect(() => {
    const owned = previews;
    return () => owned.current.forEach((preview) => URL.revokeObjectURL(preview));
  }, []);
  return [photos, setPhotos];
}

type Props = Readonly<{
  rules: PhotoRules;
  photos: readonly ChosenPhoto[];
  onChange: Dispatch<SetStateAction<ChosenPhoto[]>>;
  error?: string | null;
  /** The appeal is being sent with the photos it has: none may be added or removed meanwhile. */
  disabled?: boolean;
}>;

type Refusal = Readonly<{ name: string; problem: PhotoProblem }>;

/**
 * "Add photos": checks type, size and count before sending, uploads each photo as soon as it is chosen,
 * shows a preview with a remove button, and says in plain words why a file was not taken. Uploads stop
 * when the form goes away.
 */
export function PhotoPicker({ rules, photos, onChange, error, disabled = false }: Props) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const id = useId();
  const [refused, setRefused] = useState<Refusal[]>([]);
  const resetRef = useRef<() => void>(null);
  const maxMb = Math.round(rules.maxPhotoBytes / 1024 / 1024);
  const accessToken = () => session.accessToken();

  // Read by uploads under way: whether their photo is still in the form.
  const photosRef = useRef(photos);
  photosRef.current = photos;
  // Aborted when the form goes away: the upload under way is cancelled, the ones waiting never start.
  const unmounted = useRef<AbortSignal>(null);
  useEffect(() => {
    const controller = new AbortController();
    unmounted.current = controller.signal;
    return () => controller.abort();
  }, []);

  const forget = (key: string) => onChange((current) => current.filter((photo) => photo.key !== key));
  const remove = async (photo: ChosenPhoto) => {
    forget(photo.key);
    if (photo.id) await discardPhoto(photo.id, accessToken);
  };

  const choose = async (files: File[]) => {
    resetRef.current?.();
    const signal = unmounted.current;
    if (!signal || signal.aborted) return;
    const { accepted, rejected } = screenFiles(files, photos.length, rules);
    setRefused(rejected);
    const chosen = accepted.map((file) => ({
      file,
      key: crypto.randomUUID?.() ?? `${Date.now()}-${Math.random()}`,
      name: file.name,
      preview: URL.createObjectURL(file),
    }));
    onChange((current) => [...current, ...chosen.map(({ file: _file, ...photo }) => ({ ...photo, id: null }))]);
    await uploadPhotos(chosen, {
      accessToken,
      signal,
      isChosen: (key) => photosRef.current.some((photo) => photo.key === key),
      onUploaded: (key, uploaded) =>
        onChange((current) => current.map((photo) => (photo.key === key ? { ...photo, id: uploaded } : photo))),
      onRefused: (photo, problem) => {
        forget(photo.key);
        setRefused((current) => [...current, { name: photo.name, problem }]);
      },
      onSignedOut: () => void session.expire(),
    });
  };

  const hintId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <Input.Wrapper
      id={id}
      label={t('photos.label')}
      description={t('photos.hint', { max: rules.maxPhotos, mb: maxMb })}
      error={error}
      errorProps={{ role: 'alert' }}
      inputContainer={(children) => <Stack gap="xs">{children}</Stack>}
    >
      {photos.length > 0 && (
        <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="xs" data-testid="chosen-photos">
          {photos.map((photo, index) => (
            <Paper key={photo.key} withBorder radius="sm" pos="relative" style={{ overflow: 'hidden' }}>
              <Image
                src={photo.preview}
                alt={t('photos.preview', { number: index + 1, name: photo.name })}
                fit="cover"
                style={{ aspectRatio: '1' }}
              />
              <Group pos="absolute" top={4} right={4} gap={4}>
                {photo.id === null && <Loader size="xs" role="status" aria-label={t('photos.uploading', { name: photo.name })} />}
                <ActionIcon
                  size="sm"
                  variant="white"
                  color="red"
                  disabled={disabled}
                  onClick={() => void remove(photo)}
                  aria-label={t('photos.remove', { name: photo.name })}
                >
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
            <Button
              {...props}
              variant="default"
              disabled={disabled || photos.length >= rules.maxPhotos}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              data-testid="add-photos"
            >
              {t('photos.add')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed">
          {t('photos.count', { count: photos.length, max: rules.maxPhotos })}
        </Text>
      </Group>
      {refused.length > 0 && (
        <Alert
          color="orange"
          title={t('photos.refusedTitle')}
          role="status"
          onClose={() => setRefused([])}
          withCloseButton
          closeButtonLabel={t('photos.dismiss')}
        >
          <List size="sm">
            {refused.map((item, index) => (
              <List.Item key={`${item.name}-${index}`}>
                {t(`photos.problem.${item.problem}`, { name: item.name, max: rules.maxPhotos, mb: maxMb })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Input.Wrapper>
  );
}
