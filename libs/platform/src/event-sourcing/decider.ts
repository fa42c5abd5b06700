/** An event as a decider emits it: metadata is added by the command executor. */
export type DomainEvent<TType extends string = string, TData = unknown> = Readonly<{ type: TType; data: TData }>;

/**
 * The three pure parts of an aggregate (CONVENTIONS.md): no I/O, no clock; time and ids come in with the
 * command. `decide` throws a `DomainError` when a rule is broken.
 */
export type Decider<TCommand, TEvent extends DomainEvent, TState> = Readonly<{
  initialState: TState;
  decide(command: TCommand, state: TState): readonly TEvent[];
  evolve(state: TState, event: TEvent): TState;
}>;
