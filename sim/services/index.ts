import type { ServiceModule } from './types';

/**
 * Every service the offline Workspace offers, in one list. A module puts its globals into each execution's
 * context; advanced services only when the manifest enables them.
 */
export const SERVICE_MODULES: ServiceModule[] = [];
