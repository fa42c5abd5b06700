import { DiscoveryService } from '@nestjs/core';

/** Marks a provider implementing `Projection` so the projector finds and runs it. */
export const RegisterProjection = DiscoveryService.createDecorator<void>();
