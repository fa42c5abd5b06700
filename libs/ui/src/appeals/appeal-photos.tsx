import { Image, Modal, SimpleGrid, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';

/** A photo attached to an appeal, as `appeal(id) { attachments { … } }` gives it. */
export type AppealPhoto = Readonly<{ id: string; url: string; width: number; height: number }>;

/** The fields to ask for under `attachments` in an appeal query. */
export const APPEAL_PHOTO_FIELDS = 'id url width height';

/**
 * Loads a photo with the bearer token (an `<img src>` cannot send one) and gives an object URL for it,
 * released when the page no longer shows it. `failed` once the API refused or the network failed.
 */
export function usePhotoSource(url: string): { src: string | null; failed: boolean } {
  const { session } = useAuth();
  const [state, setState] = useState<{ src: string | null; failed: boolean }>({ src: null, failed: false });
  useEffect(() => {
    let objectUrl: string | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const token = await session.accessToken();
        const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, cache: 'no-store' });
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ src: objectUrl, failed: false });
      } catch {
        if (!cancelled) setState({ src: null, failed: true });
      }
    })();
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [session, url]);
  return state;
}

/** The photos of an appeal as thumbnails; a click shows one full size. Nothing when there are none. */
export function AppealPhotos({ photos }: Readonly<{ photos: readonly AppealPhoto[] }>) {
  const { t } = useTranslation('ui');
  const [open, setOpen] = useState<number | null>(null);
  if (photos.length === 0) return null;
  const alt = (index: number) => t('photos.alt', { number: index + 1, count: photos.length });
  return (
    <Stack gap="xs" data-testid="appeal-photos">
      <Title order={3} size="h5">
        {t('photos.title', { count: photos.length })}
      </Title>
      <SimpleGrid cols={{ base: 2, xs: 3, sm: 5 }} spacing="xs">
        {photos.map((photo, index) => (
          <UnstyledButton key={photo.id} onClick={() => setOpen(index)} aria-label={t('photos.open', { name: alt(index) })}>
            <PhotoImage photo={photo} alt={alt(index)} thumbnail />
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open !== null ? alt(open) : ''} size="xl" centered>
        {open !== null && <PhotoImage photo={photos[open]} alt={alt(open)} />}
      </Modal>
    </Stack>
  );
}

function PhotoImage({ photo, alt, thumbnail = false }: Readonly<{ photo: AppealPhoto; alt: string; thumbnail?: boolean }>) {
  const { t } = useTranslation('ui');
  const { src, failed } = usePhotoSource(photo.url);
  const ratio = `${photo.width} / ${photo.height}`;
  if (failed) {
    return (
      <Text size="sm" c="dimmed" style={{ aspectRatio: thumbnail ? '1' : ratio, display: 'grid', placeItems: 'center' }}>
        {t('photos.failed')}
      </Text>
    );
  }
  if (!src) return <Skeleton style={{ aspectRatio: thumbnail ? '1' : ratio }} radius="sm" />;
  return thumbnail ? (
    <Image src={src} alt={alt} radius="sm" fit="cover" style={{ aspectRatio: '1' }} />
  ) : (
    <Image src={src} alt={alt} fit="contain" mah="75vh" style={{ aspectRatio: ratio }} />
  );
}
