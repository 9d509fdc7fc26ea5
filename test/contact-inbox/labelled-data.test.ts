/**
 * How the Quagga labels are read for training and scoring (src/cli/signature-data.ts), on the real files in
 * ../shared/data/signatures: field spans without a signature zone, and the name under a sign-off.
 */
import { loadQuagga } from '../../src/cli/signature-data';

const quagga = loadQuagga(true);
const byId = (id: string) => {
  const m = quagga.find((q) => q.id === id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
};
const lineOf = (body: string, text: string) => body.split(/\r\n|\r|\n/).findIndex((l) => l.includes(text));

describe('Quagga labels', () => {
  it('reads a cluster of field spans without a Body/Signature zone as the signature', () => {
    const m = byId('jones-t_inbox_748.txt');
    expect(m.hasSignature).toBe(true);
    expect(m.fields?.map((f) => f.field).sort()).toEqual(['address', 'company', 'fax', 'name', 'phone', 'title']);
    expect(m.labels[lineOf(m.body, 'Senior Legal Specialist')]).toBe('signature');
    expect(m.labels[lineOf(m.body, 'Fax:')]).toBe('signature');
  });

  it('leaves a lone field span in running text alone', () => {
    // beck-s_sent_1083: "Enron North America Corp." labelled Organisation in two Notes header boxes, no zone.
    const m = byId('beck-s_sent_1083.txt');
    expect(m.hasSignature).toBe(false);
    expect(m.fields).toBeUndefined();
  });

  it("counts the name under the sign-off as the contact's name when the signature has none", () => {
    const m = byId('nemec-g_all_documents_4877.txt');
    expect(m.fields?.find((f) => f.field === 'name')?.text).toBe('Eric Gillaspie');
    expect(m.labels[lineOf(m.body, 'Eric Gillaspie')]).toBe('closing');
  });

  it('keeps the signature Name when there is one', () => {
    const m = byId('jones-t_inbox_748.txt');
    expect(m.fields?.filter((f) => f.field === 'name').map((f) => f.text)).toEqual(['Samantha M. Boyd']);
  });
});
