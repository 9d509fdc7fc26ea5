import { classifyGmailAnswer, classifyTokenAnswer, countByStatus, FixContext, LinkageStatus } from '../../src/core/delegation/linkage';
import { DELEGATION_SCOPES } from '../../src/core/delegation/scopes';
import { redactSecrets } from '../../src/core/delegation/redact';
import { keyFile } from './support';

const ctx: FixContext = {
  clientId: '104857600000000000001',
  clientEmail: 'autograph@acme-signatures.iam.gserviceaccount.com',
  scopes: DELEGATION_SCOPES,
  mode: 'customer',
};
const token = (error: string, description?: string) => JSON.stringify(description ? { error, error_description: description } : { error });
const apiError = (code: number, reason: string, message: string) =>
  JSON.stringify({ error: { code, message, errors: [{ message, domain: 'global', reason }], status: 'X' } });

describe('linkage status from the token endpoint\'s answer (PLATFORM.md table)', () => {
  const rows: Array<[number, string, LinkageStatus, string]> = [
    [401, token('unauthorized_client', 'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.'), 'unauthorized', 'delegation'],
    [400, token('access_denied', 'Requested client not authorized.'), 'unauthorized', 'delegation'],
    [400, token('admin_policy_enforced'), 'unauthorized', 'policy'],
    [400, token('org_internal'), 'unauthorized', 'policy'],
    [400, token('invalid_grant', 'Invalid email or User ID'), 'authentication_error', 'user'],
    [400, token('invalid_grant', 'Not a valid email.'), 'authentication_error', 'user'],
    [400, token('invalid_request', 'Invalid impersonation "sub" field.'), 'authentication_error', 'user'],
    [400, token('invalid_grant', 'Invalid JWT Signature.'), 'authentication_error', 'key'],
    [400, token('invalid_grant', 'Invalid grant: account not found'), 'authentication_error', 'key'],
    [401, token('invalid_client', 'The OAuth client was not found.'), 'authentication_error', 'key'],
    [401, token('disabled_client', 'The OAuth client was disabled.'), 'authentication_error', 'key'],
    [401, token('deleted_client', 'The OAuth client was deleted.'), 'authentication_error', 'key'],
    [
      400,
      token('invalid_grant', 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.'),
      'authentication_error',
      'clock',
    ],
    [400, token('invalid_scope', 'Invalid OAuth scope or ID token audience provided.'), 'linkage_error', 'unknown'],
    [503, token('internal_failure', 'Backend Error'), 'linkage_error', 'outage'],
    [500, 'Internal Server Error', 'linkage_error', 'outage'],
    [429, '', 'linkage_error', 'quota'],
  ];
  it.each(rows)('HTTP %i %s is %s (%s)', (status, body, expected, cause) => {
    const v = classifyTokenAnswer(status, body, ctx);
    expect(v.status).toBe(expected);
    expect(v.cause).toBe(cause);
    expect(v.reason.length).toBeGreaterThan(10);
    expect(v.fix.length).toBeGreaterThan(10);
  });

  it('tells the admin the exact client id and comma-separated scopes to authorise', () => {
    const v = classifyTokenAnswer(401, token('unauthorized_client', 'x'), ctx);
    expect(v.fix).toContain('Admin console › Security › API controls › Domain-wide delegation');
    expect(v.fix).toContain('client id 104857600000000000001');
    expect(v.fix).toContain(DELEGATION_SCOPES.join(','));
  });

  it('sends a customer to their own Cloud console for a key problem, and the publisher\'s customers to support', () => {
    expect(classifyTokenAnswer(400, token('invalid_grant', 'Invalid JWT Signature.'), ctx).fix).toContain(ctx.clientEmail);
    expect(classifyTokenAnswer(400, token('invalid_grant', 'Invalid JWT Signature.'), { ...ctx, mode: 'publisher' }).fix).toContain('Autograph support');
  });

  it('keeps Google\'s own words, without any key material Google might echo', () => {
    const { pem } = keyFile();
    const v = classifyTokenAnswer(400, token('invalid_grant', `weird ${pem}`), ctx);
    expect(v.googleAnswer.startsWith('invalid_grant: weird')).toBe(true);
    expect(v.googleAnswer).not.toContain('PRIVATE KEY');
  });
});

describe('linkage status from Gmail\'s answer with a delegated token', () => {
  it('is OK for any 2xx', () => {
    expect(classifyGmailAnswer(200, '{}', ctx).status).toBe('ok');
  });
  it('is Unauthorized when the token lacks a scope', () => {
    const v = classifyGmailAnswer(403, apiError(403, 'insufficientPermissions', 'Request had insufficient authentication scopes.'), ctx);
    expect([v.status, v.cause]).toEqual(['unauthorized', 'scope']);
  });
  it('is a Linkage error naming the mailbox when Gmail is off for the user', () => {
    const v = classifyGmailAnswer(400, apiError(400, 'failedPrecondition', 'Mail service not enabled'), ctx);
    expect([v.status, v.cause]).toEqual(['linkage_error', 'mailbox']);
    expect(v.fix).toContain('Gmail');
  });
  it('is an Authentication error when Gmail refuses a fresh token', () => {
    expect(classifyGmailAnswer(401, apiError(401, 'authError', 'Invalid Credentials'), ctx).status).toBe('authentication_error');
  });
  it('is a Linkage error after retries on 5xx and rate limits', () => {
    expect(classifyGmailAnswer(503, apiError(503, 'backendError', 'Backend Error'), ctx).cause).toBe('outage');
    expect(classifyGmailAnswer(429, apiError(429, 'rateLimitExceeded', 'Too many concurrent requests for user'), ctx).cause).toBe('quota');
  });
  it('counts users by status', () => {
    expect(countByStatus([{ status: 'ok' }, { status: 'ok' }, { status: 'unauthorized' }])).toEqual({
      ok: 2,
      authentication_error: 0,
      unauthorized: 1,
      linkage_error: 0,
    });
  });
});

describe('redaction', () => {
  it('removes PEM blocks, access tokens and JWTs', () => {
    const { pem } = keyFile();
    const out = redactSecrets(`a ${pem.trim()} b ya29.a0AfH6SMBxyz c eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.sig`);
    expect(out).toBe('a [redacted key] b [redacted token] c [redacted JWT]');
  });
});
