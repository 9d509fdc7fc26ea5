/**
 * Reading "API not enabled" out of what Google answers (src/core/api-enablement.ts): the Apps Script exception, the
 * REST error body, a bare reason, and nothing else — a 403 about the user or the key is not a disabled API.
 */
import { disabledApiOf, enableApiFix } from '../../src/core/api-enablement';

const MESSAGE =
  'Gmail API has not been used in project 123456789012 before or it is disabled. Enable it by visiting ' +
  'https://console.developers.google.com/apis/api/gmail.googleapis.com/overview?project=123456789012 then retry. ' +
  'If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.';

describe('disabledApiOf', () => {
  it('reads the API, the project and the console page from an Apps Script exception', () => {
    const d = disabledApiOf({ message: `API call to gmail.users.settings.sendAs.list failed with error: ${MESSAGE}` });
    expect(d).toEqual({
      title: 'Gmail API',
      service: 'gmail.googleapis.com',
      project: '123456789012',
      enableUrl: 'https://console.cloud.google.com/apis/library/gmail.googleapis.com?project=123456789012',
    });
    expect(enableApiFix(d!)).toContain('`gcloud services enable gmail.googleapis.com --project=123456789012`');
  });

  it('reads the ErrorInfo of a REST error body when the message names no project', () => {
    const d = disabledApiOf({
      message: 'Forbidden',
      details: {
        errors: [{ reason: 'accessNotConfigured' }],
        details: [{ reason: 'SERVICE_DISABLED', metadata: { service: 'admin.googleapis.com', consumer: 'projects/42' } }],
      },
    });
    expect(d).toMatchObject({ title: 'Admin SDK API', service: 'admin.googleapis.com', project: '42' });
  });

  it('still says "not enabled" for a bare accessNotConfigured, with the general library page', () => {
    expect(disabledApiOf({ message: 'Access Not Configured', details: { errors: [{ reason: 'accessNotConfigured' }] } })).toEqual({
      title: 'the API',
      service: '',
      project: '',
      enableUrl: 'https://console.cloud.google.com/apis/library',
    });
  });

  it('is null for 403s that are about the user, the key or the policy', () => {
    for (const message of [
      'API call to directory.users.get failed with error: Not Authorized to access this resource/api',
      'Delegation denied for ada@acme.example',
      'The caller does not have permission',
      'invalid_grant: account is disabled',
    ]) {
      expect(disabledApiOf({ message, details: { errors: [{ reason: 'forbidden' }] } })).toBeNull();
    }
  });
});
