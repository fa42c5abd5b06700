/**
 * Jest on Node 20 cannot load the @nestjs packages (ES modules only, with `import.meta`), so specs that import
 * a handler or a resolver mock them with these: `jest.mock('@nestjs/cqrs', () => jest.requireActual('@test/nest-stubs').cqrs)`,
 * likewise `.common` and `.graphql`. Decorators do nothing, except that @CommandHandler and @QueryHandler
 * note which message a handler class takes, so `testBus` dispatches as the real buses do. The wiring itself
 * (modules, the real buses) is proven by the end-to-end specs against the built API.
 */
import type { CommandBus, QueryBus } from '@nestjs/cqrs';

type Handler = { execute(message: object): Promise<unknown> };
type HandlerClass = abstract new (...args: never[]) => Handler;

const handled = new Map<HandlerClass, Function>();
const note = (message: Function) => (handler: HandlerClass) => void handled.set(handler, message);

/** Every export not listed is a no-op decorator factory (`@Field()`, `@Inject(...)`, `@Resolver()`, …). */
const decorators = (named: Record<string, unknown>): Record<string, unknown> =>
  new Proxy(named, { get: (target, key: string) => (key in target ? target[key] : () => () => undefined) });

class Message {}

export const cqrs = decorators({
  __esModule: true,
  Command: Message,
  Query: Message,
  CommandHandler: note,
  QueryHandler: note,
  CommandBus: class {},
  QueryBus: class {},
});
export const common = decorators({ __esModule: true, Logger: class {}, createParamDecorator: () => () => () => undefined });
export const graphql = decorators({ __esModule: true, ID: 'ID', Int: 'Int', Float: 'Float', registerEnumType: () => undefined });

/** A CommandBus (or QueryBus): each message goes to the handler whose decorator names its class. */
export function testBus<TBus extends CommandBus | QueryBus = CommandBus>(handlers: readonly Handler[]): TBus {
  const byMessage = new Map<Function, Handler>();
  for (const handler of handlers) {
    const message = handled.get(handler.constructor as HandlerClass);
    if (!message) throw new Error(`${handler.constructor.name} has no @CommandHandler or @QueryHandler`);
    byMessage.set(message, handler);
  }
  const execute = (message: object): Promise<unknown> => {
    const handler = byMessage.get(message.constructor);
    if (!handler) throw new Error(`No handler for ${message.constructor.name}`);
    return handler.execute(message);
  };
  return { execute } as unknown as TBus;
}
