/**
 * The Studio's visual designer as data: a layout (photo left or right, one or two columns, a divider, blocks of
 * employee fields, a social row, a banner slot, a legal line) and the template it stands for — the same
 * Mustache-flavoured HTML with `{{placeholders}}` that the sidebar editor saves, so the renderer, the save check and
 * the writer treat a designed template like any other. Blocks marked conditional vanish when their first field is
 * empty (`{{#field}}…{{/field}}`, GAM's "blocks that vanish when their fields are empty").
 *
 * Styles are inline, from the properties Gmail lists as supported (workspace/gmail/design/css, "Supported CSS
 * properties": font-family, font-size, font-weight, color, border-left/-right, padding, border-radius, line-height).
 * Which of them Gmail keeps in a *signature* is not documented (users.settings.sendAs: "Gmail will sanitize the HTML
 * before saving it"), so the designer offers only these and the preview passes the result through the sanitiser
 * model (gmail-keeps.ts) to show what is left.
 */
import { escapeHtml } from '../signatures/html-policy';

/** Web-safe font stacks (no web fonts: a signature cannot load a stylesheet). */
export const STUDIO_FONTS: Record<string, string> = {
  arial: 'Arial,Helvetica,sans-serif',
  verdana: 'Verdana,Geneva,sans-serif',
  tahoma: 'Tahoma,Geneva,sans-serif',
  trebuchet: "'Trebuchet MS',Helvetica,sans-serif",
  georgia: 'Georgia,serif',
  times: "'Times New Roman',Times,serif",
  courier: "'Courier New',Courier,monospace",
};

export type BlockKind = 'name' | 'text' | 'muted' | 'phone' | 'email' | 'link';

export interface StudioBlock {
  kind: BlockKind;
  /** Placeholder names (`title`, `phone.mobile`, `custom.pronouns`…) shown on this line, in order. */
  fields: string[];
  /** Text before the values ("Mobile"), plain text. */
  label: string;
  /** Hidden when its first field is empty. */
  conditional: boolean;
}

export interface SocialLink {
  label: string;
  url: string;
}

export interface StudioLayout {
  photo: 'none' | 'left' | 'right';
  photoSize: number;
  photoRound: boolean;
  columns: 1 | 2;
  /** A coloured rule between the photo or first column and the rest. */
  divider: boolean;
  main: StudioBlock[];
  /** The second column's blocks (used when columns is 2). */
  side: StudioBlock[];
  social: SocialLink[];
  banner: boolean;
  legal: string;
  font: string;
  fontSize: number;
  color: string;
  accent: string;
}

export interface LayoutIssue {
  /** The form field at fault, e.g. `main[2].fields` or `accent`. */
  field: string;
  message: string;
  fix: string;
}

const HEX = /^#[0-9a-fA-F]{6}$/;
const KINDS: BlockKind[] = ['name', 'text', 'muted', 'phone', 'email', 'link'];
const MAX_BLOCKS = 12;

/** Every problem of a layout from the page (untrusted), each naming its field and the fix; empty when it is sound. */
export function checkLayout(input: unknown, knownFields: ReadonlySet<string>): { layout: StudioLayout } | { issues: LayoutIssue[] } {
  const issues: LayoutIssue[] = [];
  const bad = (field: string, message: string, fix: string) => issues.push({ field, message, fix });
  const l = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const oneOf = <T extends string | number>(field: string, v: unknown, allowed: readonly T[]): T => {
    if (allowed.includes(v as T)) return v as T;
    bad(field, `${JSON.stringify(v)} is not offered`, `choose one of ${allowed.join(', ')}`);
    return allowed[0];
  };
  const int = (field: string, v: unknown, min: number, max: number): number => {
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
    bad(field, `${JSON.stringify(v)} is not a whole number from ${min} to ${max}`, `enter a size from ${min} to ${max} px`);
    return min;
  };
  const colour = (field: string, v: unknown): string => {
    if (typeof v === 'string' && HEX.test(v)) return v.toLowerCase();
    bad(field, `${JSON.stringify(v)} is not a colour`, 'use the #rrggbb form, e.g. #1a73e8');
    return '#000000';
  };
  const text = (field: string, v: unknown, max: number): string => {
    if (typeof v === 'string' && v.length <= max) return v;
    bad(field, typeof v === 'string' ? `is ${v.length} characters` : 'is missing', `write at most ${max} characters of plain text`);
    return '';
  };
  const blocks = (field: string, v: unknown): StudioBlock[] => {
    if (!Array.isArray(v) || v.length > MAX_BLOCKS) {
      bad(field, 'is not a list of at most 12 blocks', 'remove blocks until there are 12 or fewer');
      return [];
    }
    return v.map((raw, i) => {
      const b = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      const at = `${field}[${i}]`;
      const fields = Array.isArray(b.fields) ? b.fields.filter((f): f is string => typeof f === 'string') : [];
      if (fields.length === 0 || fields.length !== (b.fields as unknown[]).length) bad(`${at}.fields`, 'holds no field', 'pick at least one employee field for the block');
      for (const f of fields) if (!knownFields.has(f)) bad(`${at}.fields`, `${JSON.stringify(f)} is not one of your employee fields`, 'pick a field from the list (custom fields come from the field mapping)');
      return { kind: oneOf(`${at}.kind`, b.kind, KINDS), fields, label: text(`${at}.label`, b.label ?? '', 40), conditional: b.conditional === true };
    });
  };
  const social = (v: unknown): SocialLink[] => {
    if (!Array.isArray(v) || v.length > 6) {
      bad('social', 'is not a list of at most 6 links', 'keep up to 6 social links');
      return [];
    }
    return v.map((raw, i) => {
      const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      const url = text(`social[${i}].url`, s.url, 300);
      if (url && !/^https:\/\/[^\s"'<>{}]+$/i.test(url)) bad(`social[${i}].url`, `${JSON.stringify(url)} is not an https address`, 'paste the profile address starting with https://');
      return { label: text(`social[${i}].label`, s.label, 30), url };
    });
  };
  const layout: StudioLayout = {
    photo: oneOf('photo', l.photo, ['none', 'left', 'right'] as const),
    photoSize: int('photoSize', l.photoSize, 32, 120),
    photoRound: l.photoRound === true,
    columns: oneOf('columns', l.columns, [1, 2] as const),
    divider: l.divider === true,
    main: blocks('main', l.main),
    side: blocks('side', l.side ?? []),
    social: social(l.social ?? []),
    banner: l.banner === true,
    legal: text('legal', l.legal ?? '', 400),
    font: oneOf('font', l.font, Object.keys(STUDIO_FONTS)),
    fontSize: int('fontSize', l.fontSize, 10, 18),
    color: colour('color', l.color),
    accent: colour('accent', l.accent),
  };
  if (layout.main.length === 0 && !issues.some((i) => i.field === 'main')) bad('main', 'has no block', 'add at least one block (e.g. the name)');
  return issues.length ? { issues } : { layout };
}

/** Plain text as template text: escaped, and `{` written as a reference so it never opens a placeholder. */
function literal(s: string): string {
  return escapeHtml(s).replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

function blockHtml(b: StudioBlock, l: StudioLayout): string {
  const link = `color:${l.accent};text-decoration:none`;
  const value = (f: string): string => {
    switch (b.kind) {
      case 'phone':
        return `<a href="tel:{{#e164}}{{${f}}}{{/e164}}" style="${link}">{{#formatPhone}}{{${f}}}{{/formatPhone}}</a>`;
      case 'email':
        return `<a href="mailto:{{${f}}}" style="${link}">{{${f}}}</a>`;
      case 'link':
        return `<a href="{{${f}}}" style="${link}">{{${f}}}</a>`;
      default:
        return `{{${f}}}`;
    }
  };
  const label = b.label ? `${literal(b.label)} ` : '';
  let line = label + b.fields.map(value).join(' · ');
  if (b.kind === 'name') line = `<b style="font-size:${l.fontSize + 2}px">${line}</b>`;
  else if (b.kind === 'muted') line = `<span style="color:#5f6368">${line}</span>`;
  line += '<br>';
  return b.conditional ? `{{#${b.fields[0]}}}${line}{{/${b.fields[0]}}}` : line;
}

/** The template a checked layout stands for (the HTML the Studio saves). */
export function layoutTemplate(l: StudioLayout): string {
  const font = `font-family:${STUDIO_FONTS[l.font]};font-size:${l.fontSize}px;line-height:1.4;color:${l.color}`;
  const rule = `border-${l.photo === 'right' ? 'right' : 'left'}:3px solid ${l.accent}`;
  const cells: string[] = [];
  const photo = l.photo === 'none' ? '' :
    `{{#photoUrl}}<td valign="top" style="padding-${l.photo === 'left' ? 'right' : 'left'}:12px"><img src="{{photoUrl}}" alt="{{fullName}}" width="${l.photoSize}" height="${l.photoSize}" style="display:block${l.photoRound ? `;border-radius:${Math.floor(l.photoSize / 2)}px` : ''}"></td>{{/photoUrl}}`;
  const main = `<td valign="top"${l.divider && l.photo !== 'none' ? ` style="padding-${l.photo === 'left' ? 'left' : 'right'}:12px;${rule}"` : ''}>\n${l.main.map((b) => blockHtml(b, l)).join('\n')}\n</td>`;
  if (l.photo === 'left') cells.push(photo);
  cells.push(main);
  if (l.columns === 2 && l.side.length > 0) {
    cells.push(`<td valign="top" style="padding-left:12px${l.divider ? `;border-left:1px solid ${l.accent}` : ''}">\n${l.side.map((b) => blockHtml(b, l)).join('\n')}\n</td>`);
  }
  if (l.photo === 'right') cells.push(photo);
  const span = cells.length > 1 ? ` colspan="${cells.length}"` : '';
  const rows = [`<tr>\n${cells.join('\n')}\n</tr>`];
  if (l.social.length > 0) {
    const links = l.social.map((s) => `<a href="${literal(s.url)}" style="color:${l.accent};text-decoration:none">${literal(s.label)}</a>`).join(' · ');
    rows.push(`<tr><td${span} style="padding-top:6px">${links}</td></tr>`);
  }
  if (l.banner) {
    rows.push(`{{#banner.imageUrl}}<tr><td${span} style="padding-top:10px">{{#banner.link}}<a href="{{banner.link}}">{{/banner.link}}<img src="{{banner.imageUrl}}" alt="{{banner.alt}}" width="400" style="display:block;border:0;max-width:400px">{{#banner.link}}</a>{{/banner.link}}</td></tr>{{/banner.imageUrl}}`);
  }
  if (l.legal.trim()) rows.push(`<tr><td${span} style="padding-top:8px;font-size:${Math.max(9, l.fontSize - 3)}px;color:#80868b">${literal(l.legal.trim())}</td></tr>`);
  return `<table cellpadding="0" cellspacing="0" border="0" style="${font}">\n${rows.join('\n')}\n</table>`;
}
