import { deliverMessage } from '../../sim/google/mailbox';
import { issueMessageAccessToken } from '../../sim/services/gmail-app';
import { acme, scriptProject } from './support';

const ADVANCED = { dependencies: { enabledAdvancedServices: [{ userSymbol: 'Gmail', serviceId: 'gmail', version: 'v1' }] } };
const ADDON_SCOPES = [
  'https://www.googleapis.com/auth/gmail.addons.execute',
  'https://www.googleapis.com/auth/gmail.addons.current.message.readonly',
  'https://www.googleapis.com/auth/gmail.settings.basic',
];

describe('Gmail advanced service', () => {
  const ws = acme();
  deliverMessage(ws, 'ada@acme.example', { from: 'x@vendor.example', subject: 'Hi', text: 'Hello' });
  const p = scriptProject(
    ws,
    `function mine() {
       Gmail.Users.Settings.SendAs.patch({signature: '<i>Ada</i><script>x</script>'}, 'me', 'ada@acme.example');
       return Gmail.Users.Settings.SendAs.get('me', 'ada@acme.example').signature;
     }
     function others() {
       try { Gmail.Users.Settings.SendAs.list('bob@acme.example'); } catch (e) { return [e.name, e.message, e.details.code, e instanceof Error]; }
     }
     function inbox() {
       var l = Gmail.Users.Messages.list('me', {q: 'in:inbox', maxResults: 10});
       return Gmail.Users.Messages.get('me', l.messages[0].id, {format: 'metadata', metadataHeaders: ['Subject']}).payload.headers;
     }`,
    { ...ADVANCED, oauthScopes: [...ADDON_SCOPES, 'https://www.googleapis.com/auth/gmail.readonly'] },
  );

  it('writes and reads the running user\'s own signature, sanitised', () => {
    const r = ws.run(p, 'mine', { user: 'ada@acme.example' });
    expect(r.value).toBe('<i>Ada</i>');
    expect(r.execution.counters.get('quota.gmail.ada@acme.example')).toBe(101);
  });

  it('throws GoogleJsonResponseException "Delegation denied for …" on another user\'s mailbox', () => {
    expect(ws.run(p, 'others', { user: 'ada@acme.example' }).value).toEqual([
      'GoogleJsonResponseException',
      'API call to gmail.users.settings.sendAs.list failed with error: Delegation denied for ada@acme.example',
      403,
      true,
    ]);
  });

  it('lists and reads messages of the running user', () => {
    expect(ws.run(p, 'inbox', { user: 'ada@acme.example' }).value).toEqual([{ name: 'Subject', value: 'Hi' }]);
  });

  it('is absent unless the manifest enables it', () => {
    const plain = scriptProject(ws, `function go() { return typeof Gmail; }`);
    expect(ws.run(plain, 'go', { user: 'ada@acme.example' }).value).toBe('undefined');
  });
});

describe('GmailApp current-message access', () => {
  const ws = acme();
  const id = deliverMessage(ws, 'bob@acme.example', {
    from: 'Yann Partner <yann@partner.example>',
    to: 'bob@acme.example',
    subject: 'Offer',
    text: 'Hi Bob\n-- \nYann Partner\nCEO',
    html: '<p>Hi Bob</p><p>-- <br>Yann Partner<br>CEO</p>',
    headers: { 'Auto-Submitted': 'no' },
  });
  const other = deliverMessage(ws, 'bob@acme.example', { from: 'z@z.example', subject: 'Other', text: 'x' });
  const p = scriptProject(
    ws,
    `function onMessage(e) {
       GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken);
       var m = GmailApp.getMessageById(e.gmail.messageId);
       return {from: m.getFrom(), subject: m.getSubject(), plain: m.getPlainBody(), html: m.getBody(), date: m.getDate() instanceof Date, t: m.getDate().getTime(),
               auto: m.getHeader('Auto-Submitted'), thread: m.getThread().getId()};
     }
     function withoutToken(e) { return GmailApp.getMessageById(e.gmail.messageId).getSubject(); }
     function another(e) { GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken); return GmailApp.getMessageById(e.other).getSubject(); }`,
    { oauthScopes: ADDON_SCOPES },
  );
  const event = () => ({ gmail: { messageId: id, threadId: id, accessToken: issueMessageAccessToken(ws, 'bob@acme.example', id) }, other });

  it('opens the current message with the add-on\'s message token', () => {
    const r = ws.run(p, 'onMessage', { user: 'bob@acme.example', event: event() });
    expect(r.error).toBeUndefined();
    expect(r.value).toMatchObject({
      from: 'Yann Partner <yann@partner.example>',
      subject: 'Offer',
      plain: 'Hi Bob\n-- \nYann Partner\nCEO',
      html: '<p>Hi Bob</p><p>-- <br>Yann Partner<br>CEO</p>',
      date: true,
      auto: 'no',
      thread: id,
    });
  });

  it('refuses without the token, and refuses any other message', () => {
    expect(ws.run(p, 'withoutToken', { user: 'bob@acme.example', event: event() }).error).toBe(
      'Access denied: : Missing access token for per message scope authorization.',
    );
    expect(ws.run(p, 'another', { user: 'bob@acme.example', event: event() }).error).toMatch(/^Access denied/);
  });
});
