import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@app/identity/access/access.decorators';
import { HealthService } from './health.service';
import { Health, type HealthStatus } from './health.types';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly service: HealthService) {}

  @Public()
  @Query(() => Health, { description: 'Whether the platform works: database, event log, projections and their lag' })
  async health(): Promise<Health> {
    const report = await this.service.check();
    return { ...report, status: report.status as HealthStatus, projections: [...report.projections] };
  }
}
