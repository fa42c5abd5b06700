import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum HealthStatus {
  OK = 'ok',
  DEGRADED = 'degraded',
  DOWN = 'down',
}
registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'ok; degraded: a projection is failing and retrying; down: no database',
});

@ObjectType({ description: 'The read-model database' })
export class DatabaseHealth {
  @Field()
  ok!: boolean;

  @Field(() => Float, { nullable: true, description: 'Round trip of a trivial query' })
  latencyMs!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

@ObjectType({ description: 'The event log' })
export class EventLogHealth {
  @Field({ description: '"postgres" or "kurrentdb"' })
  adapter!: string;

  @Field()
  ok!: boolean;

  @Field(() => String, { nullable: true, description: 'Position of the newest readable event, "<commit>/<prepare>"' })
  head!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

@ObjectType({ description: 'Where a read-model projection stands' })
export class ProjectionHealth {
  @Field()
  name!: string;

  @Field({ description: 'Position of the last applied event' })
  checkpoint!: string;

  @Field(() => Float)
  eventsApplied!: number;

  @Field()
  caughtUp!: boolean;

  @Field(() => Float, { description: 'Seconds between the newest event and the last applied one' })
  lagSeconds!: number;

  @Field({ description: 'Whether this process runs it' })
  running!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the last batch failed; it is being retried' })
  lastError!: string | null;
}

@ObjectType()
export class Health {
  @Field(() => HealthStatus)
  status!: HealthStatus;

  @Field()
  version!: string;

  @Field(() => Int)
  uptimeSeconds!: number;

  @Field(() => DatabaseHealth)
  database!: DatabaseHealth;

  @Field(() => EventLogHealth)
  eventLog!: EventLogHealth;

  @Field(() => [ProjectionHealth])
  projections!: ProjectionHealth[];
}
