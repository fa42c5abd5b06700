import { SetMetadata } from '@nestjs/common';
import { PROJECTION_METADATA } from './tokens';

/** Marks a provider implementing `Projection` so the projector finds and runs it. */
export const RegisterProjection = (): ClassDecorator => SetMetadata(PROJECTION_METADATA, true);
