import { SetMetadata } from '@nestjs/common';
import type { Route, RouteInput, RouteResult } from '@party/contracts';
import type { CommandContext } from './route-context';

export const ROUTE_HANDLER = Symbol('ROUTE_HANDLER');

type Handler<R extends Route> = (input: RouteInput<R>, ctx: CommandContext) => Promise<RouteResult<R>> | RouteResult<R>;

/**
 * Marks a provider's method as the one that answers a declared route. The dispatcher has checked
 * the permission and validated the input before it is called; a command's method runs inside its
 * transaction (`ctx.uow`, `ctx.em`). The method's input and result are typed from the declaration.
 * A query's context has no `uow`: declare it as `QueryContext`.
 */
export function Handles<R extends Route>(route: R) {
  // `Pick<…, 'value'>` (as nestjs-zod's ZodResponse): a whole TypedPropertyDescriptor is invariant through its setter
  return (target: object, key: string | symbol, descriptor: Pick<TypedPropertyDescriptor<Handler<R>>, 'value'>): void => {
    SetMetadata(ROUTE_HANDLER, route)(target, key, descriptor as PropertyDescriptor);
  };
}
