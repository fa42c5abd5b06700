import { Image, Modal, SimpleGrid, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import type { AppealPhotoFieldsFragment as AppealPhoto } from '../gql/graphql';

/**
 * Loads a photo with the bearer token (an `<img src>` cannot send one) and gives an object URL for it,
 * released when the page no longer shows it. `failed` once the API refused or the network failed.
 */
function usePhotoSource(url: string): { src: string | null; failed: boolean } {
  const { session } = useAuth();
  const [state, setState] = useState<{ url: string; src: string | null; failed: boolean }>({ url, src: null, failed: false });
  useEffect(() => {
    const abort = new AbortController();
    let objectUrl: string | null = null;
    setState({ url, src: null, failed: false });
    void (async () => {
      try {
        const token = await session.accessToken();
        const response = await fetch(url, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
          cache: 'no-store',
          signal: abort.signal,
        });
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        if (abort.signal.aborted) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ url, src: objectUrl, failed: false });
      } catch {
        if (!abort.signal.aborted) setState({ url, src: null, failed: true });
      }
    })();
    return () => {
      abort.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [session, url]);
  // Until the effect has run for a new url, the old one's (soon revoked) source is not shown.
  return state.url === url ? { src: state.src, failed: state.failed } : { src: null, failed: false };
}

/**
 * The photos of an appeal as thumbnails (small copies); a click shows one whole, downloaded then (each
 * download by staff is a line in the voter's access log). Nothing when there are none.
 */
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
          <PhotoThumbnail key={photo.id} photo={photo} alt={alt(index)} onOpen={() => setOpen(index)} />
        ))}
      </SimpleGrid>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open !== null ? alt(open) : ''} size="xl" centered>
        {open !== null && <WholePhoto photo={photos[open]} alt={alt(open)} />}
      </Modal>
    </Stack>
  );
}

const Unavailable = () => {
  const { t } = useTranslation('ui');
  return (
    <Text size="sm" c="dimmed" style={{ aspectRatio: '1', display: 'grid', placeItems: 'center' }}>
      {t('photos.failed')}
    </Text>
  );
};

function PhotoThumbnail({ photo, alt, onOpen }: Readonly<{ photo: AppealPhoto; alt: string; onOpen: () => void }>) {
  const { t } = useTranslation('ui');
  const { src, failed } = usePhotoSource(photo.thumbnailUrl);
  if (failed) return <Unavailable />;
  if (!src) return <Skeleton style={{ aspectRatio: '1' }} radius="sm" />;
  return (
    <UnstyledButton onClick={onOpen} aria-label={t('photos.open', { name: alt })}>
      <Image src={src} alt={alt} radius="sm" fit="cover" style={{ aspectRatio: '1' }} />
    </UnstyledButton>
  );
}

function WholePhoto({ photo, alt }: Readonly<{ photo: AppealPhoto; alt: string }>) {
  const { src, failed } = usePhotoSource(photo.url);
  const shape = { aspectRatio: `${photo.width} / ${photo.height}` };
  if (failed) return <Unavailable />;
  if (!src) return <Skeleton style={{ ...shape, maxHeight: '75vh' }} radius="sm" />;
  return <Image src={src} alt={alt} fit="contain" mah="75vh" style={shape} />;
}
