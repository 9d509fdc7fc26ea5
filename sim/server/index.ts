/** The served offline Workspace: a Gmail-like page with the add-on's live sidebar. */
export { startSidebarServer, superAdminOf, type SidebarServer, type SidebarServerOptions } from './server';
export { registerPage, type PageHandler, type PageContext, type PageResult } from './pages';
export { esc, cardText, renderCard } from './render';
export type { MailboxView, MailItem, MailMessage } from './mailbox-view';
