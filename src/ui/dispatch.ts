/**
 * What `dispatchAction` (src/main.ts) does: looks the clicked button's `action` parameter up in ROUTES and runs
 * its handler. Every call asks the Directory for the viewer's rights (src/ui/viewer.ts), so an admin route is
 * refused to a non-admin — or to a demoted admin at their next click — whatever the card showed. Then the route's
 * roles (src/ui/route-roles.ts) are checked against the viewer's, resolved afresh on every call
 * (src/ui/viewer-roles.ts): a removed role or a group change counts from the next click.
 */
import { notify } from './actions';
import { param, type AddOnEvent } from './event';
import { ROUTES } from './routes';
import { currentViewer } from './viewer';
import { routeNeed } from './route-roles';
import { rolesOfViewer } from './viewer-roles';
import { EVERYONE, mayUse, refusalText } from '../core/roles';
import type { Route } from './actions';

/** The route of that name, looked up among ROUTES' own keys only ("__proto__", "toString"… are no routes). */
export function routeNamed(name: string): Route | null {
  return Object.prototype.hasOwnProperty.call(ROUTES, name) ? ROUTES[name] : null;
}

export function dispatch(e: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse | GoogleAppsScript.Card_Service.Card {
  const name = param(e, 'action') ?? '';
  const route = routeNamed(name);
  if (!route || typeof route.handler !== 'function') return notify(`Unknown action "${name}". Reload Autograph and try again.`);
  const viewer = currentViewer();
  if (route.adminOnly && !viewer.isAdmin) {
    return notify(viewer.rightsProblem || 'Only an administrator of your domain can do this.');
  }
  const need = routeNeed(name);
  if (need !== EVERYONE) {
    const held = rolesOfViewer(viewer);
    if (!mayUse(need, held.roles)) return notify(held.problem || refusalText(need, held.askWhom));
  }
  return route.handler({ event: e, viewer });
}
