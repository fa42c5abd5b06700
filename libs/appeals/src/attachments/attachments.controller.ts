import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  PayloadTooLargeException,
  Post,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import {
  type AttachmentInfo,
  type AttachmentVariant,
  PersonalDataErasedError,
  PhotoVault,
  UnsentAttachmentLimitError,
} from '@app/identity';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { HttpErrorFilter } from '@app/platform/nest';
import { DomainError, type ErrorCode } from '@app/platform/errors/domain-error';
import { canSeeAppeal } from '../appeals-api/appeal-access';
import { AppealQueries } from '../read-model';
import { megabytes, PHOTO_RULES, preparePhoto } from './photos';

/** Photos one voter may hold uploaded but not yet sent: a few appeals' worth, not a photo store. */
export const MAX_UNSENT_PHOTOS = 4 * PHOTO_RULES.maxPhotos;

type Reply = { headers(values: Record<string, string>): unknown };

/** What the upload answers, and what `Appeal.attachments` lists. */
export type PhotoView = Readonly<{
  id: string;
  contentType: string;
  byteSize: number;
  width: number;
  height: number;
  url: string;
  thumbnailUrl: string;
}>;

export const photoView = (info: AttachmentInfo): PhotoView => ({
  id: info.id,
  contentType: info.contentType,
  byteSize: info.byteSize,
  width: info.width,
  height: info.height,
  url: `/attachments/${info.id}`,
  thumbnailUrl: `/attachments/${info.id}/thumbnail`,
});

/**
 * The upload's refusals in the API's own shape, about the `file` field: a file over the limit stops the
 * upload mid-stream with 413 and the limit; a malformed form (another field, two files) is a 400; too many
 * unsent photos is a 429; an erased author is told why nothing can be stored.
 */
@Catch()
export class UploadErrorFilter extends HttpErrorFilter {
  override catch(error: unknown, host: ArgumentsHost): void {
    const refuse = (code: ErrorCode, message: string) => super.catch(new DomainError(code, message, { field: 'file' }), host);
    if (error instanceof PayloadTooLargeException) {
      host
        .switchToHttp()
        .getResponse<{ status(code: number): { send(body: unknown): void } }>()
        .status(413)
        .send({
          code: 'BAD_USER_INPUT',
          field: 'file',
          message: `The photo is larger than ${megabytes(PHOTO_RULES.maxBytes)} MB, the limit per photo: send a smaller one`,
        });
    } else if (error instanceof BadRequestException) {
      refuse('BAD_USER_INPUT', `Send one photo as multipart/form-data in a field named "file", and nothing else (${error.message})`);
    } else if (error instanceof UnsentAttachmentLimitError) {
      refuse('RATE_LIMITED', error.message);
    } else if (error instanceof PersonalDataErasedError) {
      super.catch(new DomainError('INVALID_STATE', 'You erased your personal data, so photos can no longer be stored for you'), host);
    } else {
      super.catch(error, host);
    }
  }
}

/**
 * Photos for appeals. `POST /attachments` (multipart, field `file`) takes one photo from a voter and keeps
 * a cleaned copy in the personal data vault; the appeal then lists its id in `attachmentIds`.
 * `GET /attachments/:id` gives it to whoever may see that appeal; reads by anyone but the author are in
 * the voter's access log; `DELETE /attachments/:id` takes back an unsent one. All take the bearer token, as
 * GraphQL does.
 */
@Controller('attachments')
@UseFilters(HttpErrorFilter)
export class AttachmentsController {
  constructor(
    private readonly photos: PhotoVault,
    private readonly appeals: AppealQueries,
  ) {}

  @Roles('VOTER')
  @Post()
  @HttpCode(201)
  @UseFilters(UploadErrorFilter)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: PHOTO_RULES.maxBytes, files: 1, fields: 0 } }))
  async upload(@CurrentViewer() viewer: Viewer, @UploadedFile() file: UploadedMultipartFile | undefined): Promise<PhotoView> {
    if (!file?.buffer)
      throw new DomainError('BAD_USER_INPUT', 'Send the photo as multipart/form-data in a field named "file"', { field: 'file' });
    // Checked before the photo is decoded, and again where it is stored (parallel uploads all pass this one).
    if ((await this.photos.unsentAttachmentCount(viewer.id)) >= MAX_UNSENT_PHOTOS) throw new UnsentAttachmentLimitError(MAX_UNSENT_PHOTOS);
    const photo = await preparePhoto(file.buffer);
    return photoView(await this.photos.saveAttachment(viewer.id, photo, { maxUnsent: MAX_UNSENT_PHOTOS }));
  }

  /** A voter takes back a photo they uploaded but have not sent; a sent one stays with its appeal. */
  @Roles('VOTER')
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentViewer() viewer: Viewer, @Param('id') id: string): Promise<void> {
    if (!(await this.photos.deleteUnsentAttachment(viewer.id, id))) throw new DomainError('NOT_FOUND', `No unsent photo ${id}`);
  }

  @Roles('VOTER', 'DEPUTY', 'ASSISTANT', 'MODERATOR')
  @Get(':id')
  read(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res({ passthrough: true }) reply: Reply): Promise<Buffer> {
    return this.serve(viewer, id, 'photo', reply);
  }

  /** The small copy the appeal pages list (the photo itself for photos stored before thumbnails were made). */
  @Roles('VOTER', 'DEPUTY', 'ASSISTANT', 'MODERATOR')
  @Get(':id/thumbnail')
  thumbnail(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res({ passthrough: true }) reply: Reply): Promise<Buffer> {
    return this.serve(viewer, id, 'thumbnail', reply);
  }

  private async serve(viewer: Viewer, id: string, variant: AttachmentVariant, reply: Reply): Promise<Buffer> {
    const [info] = await this.photos.attachmentInfo([id]);
    // One answer for "no such photo" and "not yours to see", so ids cannot be probed.
    const notFound = new DomainError('NOT_FOUND', `No photo ${id}`);
    if (!info) throw notFound;
    if (info.subjectId !== viewer.id.toLowerCase()) {
      const appeal = info.appealId ? await this.appeals.row(info.appealId) : null;
      if (!appeal || !canSeeAppeal(viewer, appeal)) throw notFound;
    }
    const purpose = variant === 'thumbnail' ? 'appeal photo preview' : 'appeal photo';
    const photo = await this.photos.readAttachment(
      id,
      { readerId: viewer.id, role: viewer.role, purpose, appealId: info.appealId ?? undefined },
      variant,
    );
    if (!photo) throw notFound;
    reply.headers({
      'content-type': photo.info.contentType,
      // Personal data: kept by no shared cache, and not by the browser past the page either.
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'content-disposition': `inline; filename="photo-${id}${variant === 'thumbnail' ? '-small' : ''}.jpg"`,
    });
    return photo.bytes;
  }
}
