/** How Autograph keeps a tenant, read from the offline Workspace's state (sim/cli/autograph-tenant.ts). */
export { registryBytes, storedTenant, type StoredTenant } from '../../sim/cli/autograph-tenant';
