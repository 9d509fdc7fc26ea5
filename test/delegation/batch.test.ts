import { boundaryOf, buildBatchRequest, BatchPart, matchBatchResponses, parseBatchResponse } from '../../src/core/delegation/batch';
import { parseBatch } from '../../sim/google/batch';

const parts: BatchPart[] = [
  { id: 'c0', method: 'GET', path: '/gmail/v1/users/ada%40acme.example/settings/sendAs', headers: { Authorization: 'Bearer token-ada' } },
  {
    id: 'c1',
    method: 'PATCH',
    path: '/gmail/v1/users/bob%40acme.example/settings/sendAs/bob%40acme.example',
    headers: { Authorization: 'Bearer token-bob' },
    body: JSON.stringify({ signature: '<b>Bob</b>' }),
  },
];

describe('Gmail batch requests (gmail/api/guides/batch)', () => {
  it('packs calls as application/http parts with path-only request lines and each call\'s own Authorization', () => {
    const b = buildBatchRequest(parts, 'batch_abc');
    expect(b.contentType).toBe('multipart/mixed; boundary=batch_abc');
    expect(b.payload).toContain('--batch_abc\r\nContent-Type: application/http\r\nContent-ID: <c0>\r\n\r\nGET /gmail/v1/users/ada%40acme.example/settings/sendAs\r\nAuthorization: Bearer token-ada\r\n');
    expect(b.payload).toContain('PATCH /gmail/v1/users/bob%40acme.example/settings/sendAs/bob%40acme.example\r\nAuthorization: Bearer token-bob\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{"signature":"<b>Bob</b>"}');
    expect(b.payload.endsWith('--batch_abc--\r\n')).toBe(true);
  });

  it('is read by the offline Workspace\'s batch endpoint as the same calls', () => {
    const b = buildBatchRequest(parts, 'batch_abc');
    const calls = parseBatch({ method: 'POST', url: 'https://www.googleapis.com/batch/gmail/v1', headers: { 'content-type': b.contentType }, body: b.payload });
    expect(typeof calls).not.toBe('string');
    const list = calls as Exclude<typeof calls, string>;
    expect(list).toHaveLength(2);
    expect(JSON.stringify(list)).toContain('token-bob');
  });

  it('refuses more than 100 calls, full URLs and odd part ids', () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ ...parts[0], id: `c${i}` }));
    expect(() => buildBatchRequest(many, 'b')).toThrow('at most 100');
    expect(() => buildBatchRequest([{ ...parts[0], path: 'https://gmail.googleapis.com/x' }], 'b')).toThrow('path');
    expect(() => buildBatchRequest([{ ...parts[0], id: 'a b' }], 'b')).toThrow('letters');
  });

  it('reads Google\'s multipart answer, matching parts by Content-ID even out of order', () => {
    const body = [
      '--batch_XYZ',
      'Content-Type: application/http',
      'Content-ID: <response-c1>',
      '',
      'HTTP/1.1 403 Forbidden',
      'Content-Type: application/json; charset=UTF-8',
      '',
      '{"error":{"code":403,"message":"Delegation denied for bob@acme.example"}}',
      '--batch_XYZ',
      'Content-Type: application/http',
      'Content-ID: <response-c0>',
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json; charset=UTF-8',
      'ETag: "abc"',
      '',
      '{"sendAs":[{"sendAsEmail":"ada@acme.example","isPrimary":true}]}',
      '--batch_XYZ--',
      '',
    ].join('\r\n');
    const answers = parseBatchResponse('multipart/mixed; boundary=batch_XYZ', body);
    expect(answers.map((a) => [a.id, a.status])).toEqual([['c1', 403], ['c0', 200]]);
    const matched = matchBatchResponses(parts, answers);
    expect(matched[0]!.status).toBe(200);
    expect(JSON.parse(matched[0]!.body).sendAs[0].sendAsEmail).toBe('ada@acme.example');
    expect(matched[0]!.headers.etag).toBe('"abc"');
    expect(matched[1]!.status).toBe(403);
  });

  it('reads quoted boundaries and bare-LF answers', () => {
    expect(boundaryOf('multipart/mixed; boundary="a b"')).toBe('a b');
    const body = '--x\nContent-Type: application/http\n\nHTTP/1.1 204 No Content\n\n\n--x--\n';
    const [a] = parseBatchResponse('multipart/mixed; boundary=x', body);
    expect(a.status).toBe(204);
    expect(a.id).toBeNull();
    expect(() => parseBatchResponse('application/json', '{}')).toThrow('multipart');
  });
});
