/**
 * The gallery page of `npm start`: every sample employee's signature as their emulated Gmail stores it (after the
 * offline Gmail's sanitiser), shown the way Gmail shows a signature under a message — below a "--" line, in the
 * message font. Each signature sits in a sandboxed iframe (no scripts, no same-origin), so the page itself never
 * runs markup it did not write.
 */
import { mailboxOf } from '../google/mailbox';
import { esc } from './render';
import { registerPage, type PageContext, type PageResult } from './pages';

const FRAME_STYLE = 'width:100%;border:1px solid #dadce0;border-radius:8px;background:#fff';
const BODY = '<body style="margin:12px;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124">';

export function signatureGallery(ctx: PageContext): PageResult {
  const me = ctx.ws.directory.findUser(ctx.user);
  const customerId = me?.customerId;
  const users = ctx.ws.directory
    .usersOf(customerId ?? '')
    .filter((u) => !u.deleted && u.isMailboxSetup !== false)
    .sort((a, b) => a.primaryEmail.localeCompare(b.primaryEmail));
  const filter = (ctx.query.get('q') ?? '').toLowerCase();
  const cards: string[] = [];
  let withSignature = 0;
  for (const u of users) {
    const box = mailboxOf(ctx.ws, u);
    const entries = Object.values(box.sendAs).filter((s) => s.signature);
    if (entries.length > 0) withSignature++;
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
    `<p style="font:14px Arial;color:#5f6368">${withSignature} of ${users.length} mailboxes carry a signature Autograph wrote. ` +
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
