import { linkageNeutral, requestOf, scopesFor } from '../../src/core/delegation/gmail-calls';
import { SCOPE_READONLY, SCOPE_SETTINGS_BASIC } from '../../src/core/delegation/scopes';

describe('the Gmail calls Autograph makes (gmail/api/reference/rest)', () => {
  it('address the user and the send-as address by path, encoded', () => {
    expect(requestOf({ method: 'sendAs.list', user: 'ada@acme.example' })).toEqual({ method: 'GET', path: '/gmail/v1/users/ada%40acme.example/settings/sendAs' });
    expect(requestOf({ method: 'sendAs.get', user: 'ada@acme.example', sendAsEmail: 'ada+x@acme.example' }).path).toBe(
      '/gmail/v1/users/ada%40acme.example/settings/sendAs/ada%2Bx%40acme.example',
    );
  });

  it('send a patch body as JSON and use PUT for update', () => {
    const p = requestOf({ method: 'sendAs.patch', user: 'a@x', sendAsEmail: 'a@x', body: { signature: '<b>A</b>' } });
    expect(p.method).toBe('PATCH');
    expect(JSON.parse(p.body!)).toEqual({ signature: '<b>A</b>' });
    expect(requestOf({ method: 'sendAs.update', user: 'a@x', sendAsEmail: 'a@x', body: {} }).method).toBe('PUT');
  });

  it('put list and get options in the query, repeating list parameters', () => {
    expect(requestOf({ method: 'messages.list', user: 'a@x', q: 'newer_than:1d -from:me', maxResults: 50, labelIds: ['INBOX', 'UNREAD'] }).path).toBe(
      '/gmail/v1/users/a%40x/messages?q=newer_than%3A1d%20-from%3Ame&maxResults=50&labelIds=INBOX&labelIds=UNREAD',
    );
    expect(requestOf({ method: 'messages.get', user: 'a@x', id: '18c', format: 'metadata', metadataHeaders: ['From', 'Subject'] }).path).toBe(
      '/gmail/v1/users/a%40x/messages/18c?format=metadata&metadataHeaders=From&metadataHeaders=Subject',
    );
  });

  it('ask only for the scopes the calls need', () => {
    expect(scopesFor([{ method: 'sendAs.list', user: 'a@x' }])).toEqual([SCOPE_SETTINGS_BASIC]);
    expect(scopesFor([{ method: 'messages.list', user: 'a@x' }])).toEqual([SCOPE_READONLY]);
  });

  it('treat a missing alias or a bad argument as the call\'s problem, not the linkage\'s', () => {
    expect(linkageNeutral(404, 'notFound')).toBe(true);
    expect(linkageNeutral(400, 'invalidArgument')).toBe(true);
    expect(linkageNeutral(400, 'failedPrecondition')).toBe(false);
    expect(linkageNeutral(403, 'insufficientPermissions')).toBe(false);
  });
});
