/**
 * Ready-made templates an admin starts from. Plain table layout with inline styles (what Gmail keeps after
 * sanitising), hosted https images only, every optional line in a hide-if-empty block.
 */
import type { AliasPolicy } from './types';

export interface StarterTemplate {
  key: string;
  name: string;
  description: string;
  html: string;
  aliasPolicy: AliasPolicy;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.4;color:#202124';
const MUTED = 'color:#5f6368';
const LINK = 'color:#1a73e8;text-decoration:none';

const CLASSIC = `<table cellpadding="0" cellspacing="0" border="0" style="${FONT}">
<tr>
{{#photoUrl}}<td valign="top" style="padding-right:12px"><img src="{{photoUrl}}" alt="{{fullName}}" width="64" height="64" style="border-radius:32px;display:block"></td>{{/photoUrl}}
<td valign="top">
<b style="font-size:14px">{{fullName}}</b><br>
{{#title}}<span style="${MUTED}">{{title}}</span>{{#department}}<span style="${MUTED}"> · {{department}}</span>{{/department}}<br>{{/title}}
{{#phone.work}}Phone <a href="tel:{{#e164}}{{phone.work}}{{/e164}}" style="${LINK}">{{#formatPhone}}{{phone.work}}{{/formatPhone}}</a><br>{{/phone.work}}
{{#phone.mobile}}Mobile <a href="tel:{{#e164}}{{phone.mobile}}{{/e164}}" style="${LINK}">{{#formatPhone}}{{phone.mobile}}{{/formatPhone}}</a><br>{{/phone.mobile}}
<a href="mailto:{{email}}" style="${LINK}">{{email}}</a>
{{#address.formatted}}<br><span style="${MUTED}">{{address.formatted}}</span>{{/address.formatted}}
</td>
</tr>
</table>`;

const COMPACT = `<div style="${FONT}">
<b>{{fullName}}</b>{{#title}} | {{title}}{{/title}}{{#location}} | {{location}}{{/location}}<br>
{{#phone.mobile}}<a href="tel:{{#e164}}{{phone.mobile}}{{/e164}}" style="${LINK}">{{#formatPhone}}{{phone.mobile}}{{/formatPhone}}</a> | {{/phone.mobile}}{{^phone.mobile}}{{#phone.work}}<a href="tel:{{#e164}}{{phone.work}}{{/e164}}" style="${LINK}">{{#formatPhone}}{{phone.work}}{{/formatPhone}}</a> | {{/phone.work}}{{/phone.mobile}}<a href="mailto:{{email}}" style="${LINK}">{{email}}</a>
</div>`;

const WITH_BANNER = `<table cellpadding="0" cellspacing="0" border="0" style="${FONT}">
<tr><td>
<b style="font-size:14px">{{#upper}}{{fullName}}{{/upper}}</b><br>
{{#title}}<span style="${MUTED}">{{title}}</span><br>{{/title}}
{{#phone.work}}T <a href="tel:{{#e164}}{{phone.work}}{{/e164}}" style="${LINK}">{{#formatPhone}}{{phone.work}}{{/formatPhone}}</a>{{/phone.work}}{{#phone.fax}} · F {{#formatPhone}}{{phone.fax}}{{/formatPhone}}{{/phone.fax}}{{#phone.mobile}} · M <a href="tel:{{#e164}}{{phone.mobile}}{{/e164}}" style="${LINK}">{{#formatPhone}}{{phone.mobile}}{{/formatPhone}}</a>{{/phone.mobile}}<br>
<a href="mailto:{{email}}" style="${LINK}">{{email}}</a>
</td></tr>
{{#banner.imageUrl}}<tr><td style="padding-top:10px">{{#banner.link}}<a href="{{banner.link}}">{{/banner.link}}<img src="{{banner.imageUrl}}" alt="{{banner.alt}}" width="400" style="display:block;border:0;max-width:400px">{{#banner.link}}</a>{{/banner.link}}</td></tr>{{/banner.imageUrl}}
</table>`;

const BRANDED = `<table cellpadding="0" cellspacing="0" border="0" style="${FONT}">
<tr>
<td valign="top" style="padding-right:12px;border-right:3px solid #1a73e8">
<b style="font-size:15px">{{givenName}} {{#upper}}{{familyName}}{{/upper}}</b><br>
{{#title}}{{title}}<br>{{/title}}
{{#department}}<span style="${MUTED}">{{department}}</span>{{/department}}
</td>
<td valign="top" style="padding-left:12px">
{{#phone.work}}<a href="tel:{{#e164}}{{phone.work}}{{/e164}}" style="${LINK}">{{#formatPhone}}{{phone.work}}{{/formatPhone}}</a><br>{{/phone.work}}
<a href="mailto:{{email}}" style="${LINK}">{{email}}</a><br>
{{#address.locality}}<span style="${MUTED}">{{address.locality}}{{#address.country}}, {{address.country}}{{/address.country}}</span>{{/address.locality}}
</td>
</tr>
{{#banner.imageUrl}}<tr><td colspan="2" style="padding-top:10px"><a href="{{banner.link}}"><img src="{{banner.imageUrl}}" alt="{{banner.alt}}" width="400" style="display:block;border:0"></a></td></tr>{{/banner.imageUrl}}
</table>`;

export const STARTER_TEMPLATES: StarterTemplate[] = [
  { key: 'classic', name: 'Classic', description: 'Photo, name, title, phones, email, address', html: CLASSIC, aliasPolicy: 'primary' },
  { key: 'compact', name: 'Compact', description: 'Two lines: name, title, location; one phone and email', html: COMPACT, aliasPolicy: 'primary' },
  { key: 'banner', name: 'With banner', description: 'Name in capitals, phones, email and the campaign or department banner', html: WITH_BANNER, aliasPolicy: 'all' },
  { key: 'branded', name: 'Two columns', description: 'Name and title beside contact details, with a coloured rule and banner', html: BRANDED, aliasPolicy: 'primary' },
];
