import type { EntityManager } from '@mikro-orm/core';

/**
 * An event one module raises for the modules above it, so that the lower one need not import them: a module
 * registers its handler in its module file (`registerHooks`), and the handlers run one after another, in module
 * order, inside the raiser's transaction (`em`), where the raiser's own write would have been.
 */
export class Hook<Event> {
  private readonly handlers: ((em: EntityManager, event: Event) => Promise<unknown>)[] = [];

  constructor(readonly name: string) {}

  register(handler: (em: EntityManager, event: Event) => Promise<unknown>): void {
    // Registering twice (modules.ts loaded again in one process) must not decide twice.
    if (!this.handlers.includes(handler)) this.handlers.push(handler);
  }

  async raise(em: EntityManager, event: Event): Promise<void> {
    for (const handler of this.handlers) await handler(em, event);
  }
}

/**
 * A question a lower module asks and a module above answers (registered in its module file, like a hook's
 * handler), so the lower one need not import the rows the answer comes from.
 */
export class Port<Answer extends (...args: never[]) => unknown> {
  private answer: Answer | undefined;

  constructor(readonly name: string) {}

  provide(answer: Answer): void {
    this.answer = answer;
  }

  get ask(): Answer {
    if (!this.answer) throw new Error(`${this.name}: no module answers it (is the module in modules.ts?)`);
    return this.answer;
  }
}
