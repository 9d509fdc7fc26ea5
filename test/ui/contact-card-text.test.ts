/**
 * Contact Inbox cards show what an outside sender wrote as typed: card text reads basic HTML (<b> <i> <u> <s>
 * <font> <a href> <br>), and the sender's name, title and company come from their mail. A sender named
 * `"Eve <b>Bold</b>"` must not show in bold in the sidebar, nor put a link there. Runs the built bundle.
 */
import { deliverMessage } from '../../sim/google/mailbox';
import { SidebarSession, type CardJson } from '../../sim/host/session';
import { ADA, inboxWorld, pendingCard, runNight, type World } from '../contact-inbox-feature/world';

const FROM = '"Eve <b>Bold</b>" <eve@outside.example>';
const SIGNED =
  'Hi Ada,\n\nthe offer is attached.\n\nBest regards,\n\nEve <b>Bold</b>\n<font color=red>Chief</font> Officer\n' +
  'Outside <i>Corp</i> Inc.\nM: +1 415 555 0199\nhttp://linkedin.com/in/eve-bold\n<a href="javascript:alert(1)">x</a>\n';
const RAW_TAG = /<\/?(b|i|u|s|font|a)\b|<br|javascript:/i;

/** The card without its text inputs: input values are plain text (what gets saved), everything else is card text. */
function cardTextOnly(card: CardJson | undefined): string {
  return JSON.stringify(card, (key, value) => (key === 'textInput' ? undefined : value));
}

describe('mail from outside in Contact Inbox cards', () => {
  let w: World;
  let messageId: string;
  beforeAll(() => {
    w = inboxWorld([ADA]);
    messageId = deliverMessage(w.ws, ADA, { from: FROM, subject: 'Offer', text: SIGNED });
  });

  it('offers the sender\'s fields as typed in the form, and no tag of theirs in card text', () => {
    const s = new SidebarSession(w.ws, w.project, ADA).openMessage(messageId);
    expect(s.error).toBeUndefined();
    const inputs = Object.fromEntries(s.inputs().map((i) => [i.name, JSON.stringify(i.initial)]));
    expect(inputs.ci_fullName).toContain('Eve <b>Bold</b>');
    expect(inputs.ci_jobTitle).toContain('<font color=red>Chief</font> Officer');
    const text = cardTextOnly(s.card);
    expect(text).toContain('eve@outside.example');
    expect(text).not.toMatch(RAW_TAG);
  });

  it('shows a profile link from a signature without making an http link clickable', () => {
    const s = new SidebarSession(w.ws, w.project, ADA).openMessage(messageId);
    const profile = (s.card?.sections ?? []).flatMap((x: CardJson) => x.widgets ?? []).find((x: CardJson) => x.decoratedText?.topLabel === 'Profile');
    expect(profile?.decoratedText.text).toBe('http://linkedin.com/in/eve-bold');
    expect(profile?.decoratedText.onClick).toBeUndefined();
  });

  it('shows an https profile link as text when the manifest does not let Gmail open it (openLinkUrlPrefixes)', () => {
    const id = deliverMessage(w.ws, ADA, {
      from: 'Tom Berg <tom@fjord.example>', subject: 'Hello',
      text: 'Hello Ada,\n\nKind regards,\nTom Berg\nSales Director\nFjord Systems AB\nTel: +46 8 123 456 78\nhttps://www.linkedin.com/in/tom-berg\n',
    });
    const s = new SidebarSession(w.ws, w.project, ADA).openMessage(id);
    const profile = (s.card?.sections ?? []).flatMap((x: CardJson) => x.widgets ?? []).find((x: CardJson) => x.decoratedText?.topLabel === 'Profile');
    expect(profile?.decoratedText.text).toBe('https://www.linkedin.com/in/tom-berg');
    // Gmail would refuse to open it (apps-script/manifest/allowlist-url): no click that ends in an error.
    expect(profile?.decoratedText.onClick).toBeUndefined();
    expect(s.targets().some((t) => t.onClick.openLink)).toBe(false);
  });

  it('lists the pending suggestion with the sender\'s name, title and company escaped', () => {
    runNight(w);
    const card = pendingCard(w, ADA);
    expect(card).toContain('Eve &lt;b&gt;Bold&lt;/b&gt;');
    expect(card).toContain('&lt;font color=red&gt;Chief&lt;/font&gt; Officer');
    expect(card).toContain('Outside &lt;i&gt;Corp&lt;/i&gt; Inc.');
    expect(card).not.toMatch(RAW_TAG);
  });
});
