/**
 * What `dispatchAction` (src/main.ts) does: looks the clicked button's `action` parameter up in ROUTES and runs
 * its handler, refusing admin routes to non-admins whatever the card showed.
 */
import { notify } from './actions';
import { param, type AddOnEvent } from './event';
import { ROUTES } from './routes';
import { currentViewer } from './viewer';

export function dispatch(e: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse | GoogleAppsScript.Card_Service.Card {
  const name = param(e, 'action') ?? '';
  const route = ROUTES[name];
  if (!route) return notify(`Unknown action "${name}". Reload Autograph and try again.`);
  const viewer = currentViewer();
  if (route.adminOnly && !viewer.isAdmin) {
    return notify('Only an administrator of your domain can do this.');
  }
  return route.handler({ event: e, viewer });
}
