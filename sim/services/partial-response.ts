/**
 * The `fields` parameter of Google APIs ("partial response", e.g. `nextPageToken,users(primaryEmail,name/fullName)`):
 * a comma list of paths (`a/b`), each optionally followed by a parenthesised sub-selection applied to every element
 * of an array or to an object. Only the selected fields are returned; `*` keeps everything at its level.
 */
type Selection = Map<string, Selection | true>;

export function parseFieldMask(mask: string): Selection {
  let i = 0;
  const s = mask.replace(/\s+/g, '');
  const list = (): Selection => {
    const out: Selection = new Map();
    for (;;) {
      const m = /^[A-Za-z_*][\w*]*(\/[A-Za-z_*][\w*]*)*/.exec(s.slice(i));
      if (!m) throw new Error(`at character ${i + 1} of '${mask}'`);
      i += m[0].length;
      let leaf: Selection | true = true;
      if (s[i] === '(') {
        i++;
        leaf = list();
        if (s[i] !== ')') throw new Error(`missing ')' in '${mask}'`);
        i++;
      }
      const parts = m[0].split('/');
      let node = out;
      for (let p = 0; p < parts.length - 1; p++) {
        let next = node.get(parts[p]);
        if (next === true) break;
        if (!next) node.set(parts[p], (next = new Map()));
        node = next;
      }
      node.set(parts[parts.length - 1], leaf);
      if (s[i] !== ',') return out;
      i++;
    }
  };
  const sel = list();
  if (i !== s.length) throw new Error(`unexpected '${s[i]}' in '${mask}'`);
  return sel;
}

export function applyFieldMask(value: unknown, mask: string): unknown {
  return apply(value, parseFieldMask(mask));
}

function apply(value: unknown, sel: Selection): unknown {
  if (Array.isArray(value)) return value.map((v) => apply(v, sel));
  if (value === null || typeof value !== 'object') return value;
  if (sel.has('*')) return value;
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, sub] of sel) {
    if (!(k in src) || src[k] === undefined) continue;
    out[k] = sub === true ? src[k] : apply(src[k], sub);
  }
  return out;
}
