import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A small copy of each photo for the pages that list them, sealed like the photo. Photos stored before it
 * have none; they are served whole in its place.
 */
export class PiiAttachmentThumbnails1763900800000 implements MigrationInterface {
  name = 'PiiAttachmentThumbnails1763900800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table pii_attachments add column thumbnail bytea');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table pii_attachments drop column thumbnail');
  }
}
