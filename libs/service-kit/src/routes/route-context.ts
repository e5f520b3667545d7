import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@party/contracts';
import type { UnitOfWork } from './unit-of-work';

/** What a route handler gets besides its validated input. */
export interface QueryContext {
  /** Verified and holding the route's permissions. */
  principal: Principal;
  correlationId: string;
  /** A fresh entity manager of its own. */
  em: EntityManager;
}

/** A command's context: `em` is its transaction; `uow` writes its events and audit in it. */
export interface CommandContext extends QueryContext {
  uow: UnitOfWork;
}
