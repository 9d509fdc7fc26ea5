/**
 * The gallery page of `npm start`: every sample employee's signature as their emulated Gmail stores it (after the
 * offline Gmail's sanitiser), shown the way Gmail shows a signature under a message — below a "--" line, in the
 * message font. Each signature sits in a sandboxed iframe (no scripts, no same-origin), so the page itself never
 * runs markup it did not write.
 */
import type { OfflineWorkspace } from '../workspace';
import type { SimUser } from '../directory/model';
import { mailboxOf } from '../google/mailbox';
import { esc } from './render';
import { registerPage, type PageContext, type PageResult } from './pages';

export interface MailboxCounts {
  /** Mailboxes the gallery lists: users of the company with Gmail set up. */
  mailboxes: number;
  /** Of those, how many hold any signature in Gmail. */
  withSignature: number;
}

/** The gallery's counts (also in `npm start`'s summary): every mailbox of the company, and those holding a signature. */
export function mailboxCounts(ws: OfflineWorkspace, customerId: string): MailboxCounts {
  const users = galleryUsers(ws, customerId);
  const withSignature = users.filter((u) => Object.values(mailboxOf(ws, u).sendAs).some((s) => s.signature)).length;
  return { mailboxes: users.length, withSignature };
}

function galleryUsers(ws: OfflineWorkspace, customerId: string): SimUser[] {
  return ws.directory
    .usersOf(customerId)
    .filter((u) => !u.deleted && u.isMailboxSetup !== false)
    .sort((a, b) => a.primaryEmail.localeCompare(b.primaryEmail));
}

const FRAME_STYLE = 'width:100%;border:1px solid #dadce0;border-radius:8px;background:#fff';
const BODY = '<body style="margin:12px;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124">';

export function signatureGallery(ctx: PageContext): PageResult {
  const me = ctx.ws.directory.findUser(ctx.user);
  const customerId = me?.customerId;
  const users = galleryUsers(ctx.ws, customerId ?? '');
  const counts = mailboxCounts(ctx.ws, customerId ?? '');
  const filter = (ctx.query.get('q') ?? '').toLowerCase();
  const cards: string[] = [];
  for (const u of users) {
    const box = mailboxOf(ctx.ws, u);
    const entries = Object.values(box.sendAs).filter((s) => s.signature);
    if (filter && !u.primaryEmail.includes(filter) && !(u.name.fullName ?? '').toLowerCase().includes(filter)) continue;
    for (const s of entries) {
      const doc = `${BODY}<div style="color:#5f6368">--</div>${s.signature}</body>`;
      cards.push(
        `<section style="margin:0 0 16px"><div style="font:13px Arial;color:#5f6368;margin:0 0 4px">${esc(u.name.fullName ?? u.primaryEmail)} · ${esc(s.sendAsEmail)} · ${s.signature.length.toLocaleString('en-US')} characters</div>` +
          `<iframe sandbox="" style="${FRAME_STYLE}" height="${estimateHeight(s.signature)}" srcdoc="${esc(doc)}" title="Signature of ${esc(s.sendAsEmail)}"></iframe></section>`,
      );
    }
  }
  const head =
    `<h2 style="font:500 20px Arial">Signatures in Gmail</h2>` +
    `<p style="font:14px Arial;color:#5f6368" id="gallery-count">${counts.withSignature} of ${counts.mailboxes} mailboxes hold a signature in Gmail. ` +
    `<form style="display:inline" method="get"><input name="q" value="${esc(filter)}" placeholder="Filter by name or email"> <button>Filter</button></form></p>`;
  const body = cards.length > 0 ? cards.slice(0, 500).join('') : '<p style="font:14px Arial">No signature written yet: run the main job (npm start) or use Signatures › Apply now.</p>';
  return { title: 'Signatures', html: head + body + (cards.length > 500 ? `<p>… and ${cards.length - 500} more: filter to find one.</p>` : '') };
}

function estimateHeight(html: string): number {
  const lines = (html.match(/<br|<tr|<p\b|<div/gi) ?? []).length + 2;
  const images = (html.match(/<img/gi) ?? []).length;
  return Math.min(600, 40 + lines * 20 + images * 90);
}

registerPage('/signatures', signatureGallery, 'Signatures');
