/**
 * The one table of what each card route needs (core/roles.ts): EVERYONE for employees' own routes, otherwise the
 * roles any one of which allows it (an Owner passes every route). `dispatchAction` enforces it after the admin
 * check, and a route missing here is refused to all (test/security/roles.test.ts asserts every route is listed).
 * Kept apart from the card files so a route's rights are read, reviewed and changed in one place.
 */
import { EVERYONE, type Role, type RouteNeed } from '../core/roles';

const OWNER: readonly Role[] = ['owner'];
const INTEGRATION: readonly Role[] = ['integrationManager'];
/** Which users and departments Autograph manages: the Integration manager's "exclusions of users" and the Mapping editor's "exclusions". */
const EXCLUSIONS: readonly Role[] = ['integrationManager', 'mappingEditor'];
const MAPPING: readonly Role[] = ['mappingEditor'];
const DESIGN: readonly Role[] = ['designer'];
const APPROVE: readonly Role[] = ['approver'];
/** Views that change nothing: every admin role may look, the Auditor only looks. */
const VIEW: readonly Role[] = ['integrationManager', 'mappingEditor', 'designer', 'approver', 'auditor'];

/** The Signature Studio (doGet and every google.script.run call, src/ui/studio-auth.ts): a designer's tool. */
export const STUDIO_NEED: RouteNeed = DESIGN;

export const ROUTE_ROLES: Record<string, RouteNeed> = {
  // Everyone: the home card, help, their own signature and contacts, backing out of a confirmation.
  'home.open': EVERYONE,
  'home.push': EVERYONE,
  'help.open': EVERYONE,
  'signatures.mine': EVERYONE,
  'signatures.applyMine': EVERYONE,
  'contacts.pending': EVERYONE,
  'contacts.open': EVERYONE,
  'contacts.save': EVERYONE,
  'contacts.dismiss': EVERYONE,
  'contacts.saveAll': EVERYONE,
  'contacts.dismissAll': EVERYONE,
  'confirm.cancel': EVERYONE,
  // Proposing a value for one's own signature (the viewer's own address, never a parameter).
  'edits.propose': EVERYONE,

  // Employee edit requests: Approvers decide; Designers choose which fields each template unlocks.
  'edits.queue': APPROVE,
  'edits.decide': APPROVE,
  'edits.fields': DESIGN,
  'edits.saveFields': DESIGN,

  // The setup checklist on the admin home (src/ui/setup-checklist-card.ts): each step needs what its page needs.
  'checklist.import': INTEGRATION,
  'checklist.check': INTEGRATION,
  'checklist.template': DESIGN,
  'checklist.assign': DESIGN,
  'checklist.push': ['integrationManager', 'designer'],

  // Roles: Owners only.
  'roles.open': OWNER,
  'roles.add': OWNER,
  'roles.remove': OWNER,
  'roles.enforce': OWNER,

  // A clean way out (src/ui/disconnect-cards.ts): deleting the integration is the Owners' alone; the card also holds
  // each admin's own choice of e-mails, which every admin role may set for themselves.
  'disconnect.open': VIEW,
  'adminMail.toggle': VIEW,
  'disconnect.start': OWNER,
  'disconnect.resume': OWNER,
  'disconnect.reconnect': OWNER,
  'disconnect.export': OWNER,
  'disconnect.delete': OWNER,
  // Stop managing one person's signature: pauses them and restores their original (an exclusion of a user).
  'emp.stopManaging': INTEGRATION,

  // The connection (service account, delegation) and its checks.
  'connection.open': VIEW,
  'connection.status': VIEW,
  'connection.user': VIEW,
  'connection.setup': INTEGRATION,
  'connection.recheck': INTEGRATION,
  'connection.checkUser': INTEGRATION,
  'connection.checkSelf': INTEGRATION,
  'connection.usePublisher': INTEGRATION,
  'connection.saveKey': INTEGRATION,
  // Acts only when the store is deleted or its owner is no longer an admin (ui/admin-store.ts); whoever re-creates
  // it owns the new one and so is the admin who set Autograph up (an Owner) from then on.
  'store.recreate': INTEGRATION,
  'platform.open': VIEW,
  'platform.refresh': INTEGRATION,
  'platform.triggers': INTEGRATION,
  'platform.fetchAll': INTEGRATION,
  'platform.batchAuth': INTEGRATION,
  'platform.cardLimit': INTEGRATION,

  // The directory sync: settings, runs, pause.
  'dir.home': VIEW,
  'dir.progress': VIEW,
  'dir.setup.connect': INTEGRATION,
  'dir.setup.import': INTEGRATION,
  'sync.open': VIEW,
  'sync.toggleAuto': INTEGRATION,
  'sync.saveTimeZone': INTEGRATION,
  'sync.now': INTEGRATION,
  'sync.pauseAll': INTEGRATION,

  // Which users and departments are managed (exclusions).
  'dir.setup.departments': EXCLUSIONS,
  'dir.setup.saveDepartments': EXCLUSIONS,
  'dir.setup.users': EXCLUSIONS,
  'dir.setup.saveUsers': EXCLUSIONS,
  'dir.setup.usersBack': EXCLUSIONS,
  'dir.setup.usersKind': EXCLUSIONS,
  'dir.setup.openPick': EXCLUSIONS,
  'dir.setup.pick': EXCLUSIONS,
  'dir.setup.addPicked': EXCLUSIONS,
  'emp.list': VIEW,
  'emp.page': VIEW,
  'emp.open': VIEW,
  'emp.pause': EXCLUSIONS,
  'emp.remove': EXCLUSIONS,
  'emp.import': EXCLUSIONS,
  'dept.list': VIEW,
  'dept.page': VIEW,
  'dept.toggle': EXCLUSIONS,
  'dept.add': EXCLUSIONS,

  // The field mapping and the values Autograph keeps per employee.
  'dir.setup.mapping': MAPPING,
  'dir.setup.saveMapping': MAPPING,
  'dir.setup.addField': MAPPING,
  'emp.save': MAPPING,

  // Signatures: templates, campaigns, assignments, and writing them.
  'signatures.open': VIEW,
  'signatures.employee': VIEW,
  'signatures.audit': VIEW,
  'signatures.refresh': VIEW,
  'signatures.page': VIEW,
  // A dry run reads Gmail and writes nothing: those who may apply, and Designers checking a change.
  'signatures.dryRun': ['integrationManager', 'designer'],
  'signatures.applyNow': ['integrationManager', 'designer'],
  'templates.list': VIEW,
  'templates.edit': DESIGN,
  'templates.preview': DESIGN,
  'templates.save': DESIGN,
  'templates.delete': DESIGN,
  'templates.saveForTest': DESIGN,
  // Versions: looking is a view (the Auditor's audit trail); restoring and staged rollout change designs.
  'versions.list': VIEW,
  'versions.thing': VIEW,
  'versions.view': VIEW,
  'versions.restore': DESIGN,
  'rollout.form': DESIGN,
  'rollout.start': DESIGN,
  'rollout.publish': DESIGN,
  'rollout.stop': DESIGN,
  'assignments.form': DESIGN,
  'assignments.add': DESIGN,
  'assignments.delete': DESIGN,
  'campaigns.list': VIEW,
  'campaigns.edit': DESIGN,
  'campaigns.form': DESIGN,
  'campaigns.save': DESIGN,
  'campaigns.delete': DESIGN,
  'campaigns.saveBanner': DESIGN,

  // Contact Inbox: reading employees' mail is the integration's business.
  'contactInbox.admin': VIEW,
  'contactInbox.filter': VIEW,
  'contactInbox.user': VIEW,
  'contactInbox.enableTenant': INTEGRATION,
  'contactInbox.saveSelection': INTEGRATION,
  'contactInbox.enableAll': INTEGRATION,
  'contactInbox.disableAll': INTEGRATION,
  'contactInbox.enableDepartment': INTEGRATION,
  'contactInbox.enableUser': INTEGRATION,
  'contactInbox.disableUser': INTEGRATION,
  'contactInbox.startUser': INTEGRATION,
  'contactInbox.startAll': INTEGRATION,
};

/** What `route` needs; undefined (refused to all) for a route the table does not list. */
export function routeNeed(route: string): RouteNeed | undefined {
  return Object.prototype.hasOwnProperty.call(ROUTE_ROLES, route) ? ROUTE_ROLES[route] : undefined;
}
