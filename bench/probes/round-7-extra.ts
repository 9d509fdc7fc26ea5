// Second batch: harder invented cases (both classes).
import type { Probe } from './round-7-sig';

export const EXTRA: Probe[] = [
  {
    id: 's57-bottom-post', cls: 'sig', from: 'Ivan Petrov <ivan@petrov-consult.eu>',
    body: `On 3 June 2025, Alice Moreau wrote:
> Could you review section 4 before Friday?

Done — my comments are inline in the attached copy.

§-- 
§Ivan Petrov
§Petrov Consulting OÜ
§+372 5555 0123
`,
    gold: { name: 'Ivan Petrov', company: 'Petrov Consulting OÜ', phones: [['37255550123']] },
  },
  {
    id: 's58-name-company-only', cls: 'sig', from: 'Rebecca Stone <rstone@stonefieldpartners.com>',
    body: `Hi Ian,

Attached is the signed engagement letter. Looking forward to working together.

Best regards,

§Rebecca Stone
§Stonefield Partners LLC
`,
    gold: { name: 'Rebecca Stone', company: 'Stonefield Partners LLC' },
  },
  {
    id: 's59-caps-name', cls: 'sig', from: 'JAMES OKAFOR <j.okafor@deltaports.ng>',
    body: `Good day Sir,

Kindly find attached the vessel arrival schedule for June.

Thanks and regards,

§JAMES OKAFOR
§OPERATIONS SUPERVISOR
§DELTA PORTS & TERMINALS LTD
§+234 803 555 0123
`,
    gold: { name: 'JAMES OKAFOR', title: 'OPERATIONS SUPERVISOR', company: 'DELTA PORTS & TERMINALS LTD', phones: [['2348035550123', 'mobile']] },
  },
  {
    id: 's60-inline-pipes-two-lines', cls: 'sig', from: 'Emma Schultz <emma.schultz@fjordlight.com>',
    body: `Hi Paul, quick yes from me on the budget. Go ahead.

Emma

§Emma Schultz | VP Finance
§Fjordlight AS | +47 22 55 50 12
`,
    gold: { name: 'Emma Schultz', title: 'VP Finance', company: 'Fjordlight AS', phones: [['4722555012']] },
  },
  {
    id: 's61-reply-thread-deep', cls: 'sig', from: 'Kevin Walsh <kwalsh@irongatesec.com>',
    body: `Agreed. Let's lock the scope at the three web apps and push the mobile app to phase 2.

§Kevin Walsh
§Principal Security Consultant
§Irongate Security
§+1 (404) 555-0117

From: Priya Raman <priya@loomwave.io>
Sent: Thursday, June 5, 2025 11:20 AM
To: Kevin Walsh <kwalsh@irongatesec.com>
Subject: RE: pentest scope

Kevin, can we drop the mobile app from phase 1?

Priya Raman
Head of Partnerships | Loomwave
m: +1 415 555 0147

From: Kevin Walsh
Sent: Wednesday, June 4, 2025 4:02 PM
Subject: pentest scope

Proposed scope attached.
`,
    gold: { name: 'Kevin Walsh', title: 'Principal Security Consultant', company: 'Irongate Security', phones: [['14045550117']] },
  },
  {
    id: 's62-freelancer-website', cls: 'sig', from: 'Zoe Adler <hello@zoeadler.design>',
    body: `Hi Chris,

Here are three logo directions. Happy to jump on a call to talk through them.

Zoe

§Zoe Adler
§Brand & Illustration
§zoeadler.design · +1 347 555 0139
`,
    gold: { name: 'Zoe Adler', title: 'Brand & Illustration', phones: [['13475550139']] },
    borderline: 'role mailbox hello@ and title is a specialty', tolerate: ['title'],
  },
  {
    id: 's63-german-long-footer', cls: 'sig', from: 'Stefan Maier <stefan.maier@alpentech.de>',
    body: `Hallo Frau Weber,

vielen Dank für Ihre Anfrage. Den Termin am Dienstag bestätige ich gerne.

Viele Grüße
Stefan Maier

§--
§Stefan Maier
§Technischer Leiter
§AlpenTech GmbH
§Am Seeufer 3, 82319 Starnberg
§Telefon +49 8151 555 010
§www.alpentech.de

AlpenTech GmbH, Sitz Starnberg, Amtsgericht München HRB 123456, Geschäftsführer: Dr. Anna Hofer
`,
    gold: { name: 'Stefan Maier', title: 'Technischer Leiter', company: 'AlpenTech GmbH', phones: [['498151555010', 'work']], address: true },
  },
  {
    id: 's64-mobile-short-sig', cls: 'sig', from: 'Jorge Castillo <jorge@castillolandscaping.com>',
    body: `Crew will be there at 7. Gate code still 4412?

§Jorge Castillo
§Castillo Landscaping
§(210) 555-0162
Sent from my Galaxy
`,
    gold: { name: 'Jorge Castillo', company: 'Castillo Landscaping', phones: [['2105550162']] },
  },
  {
    id: 's65-last-first-display', cls: 'sig', from: '"Nguyen, Thanh" <thanh.nguyen@pacificrimfoods.com>',
    body: `Hi Dave,

Samples shipped via FedEx today, tracking 7712 3344 5566.

Thanks,
Thanh

§Thanh Nguyen
§Procurement Specialist
§Pacific Rim Foods, Inc.
§T: 503.555.0174
`,
    gold: { name: 'Thanh Nguyen', title: 'Procurement Specialist', company: 'Pacific Rim Foods, Inc.', phones: [['5035550174', 'work']] },
  },
  {
    id: 's66-sig-with-quote-motto', cls: 'sig', from: 'Noah Feldman <noah@feldmanwealth.com>',
    body: `Hi Rita,

Your Q2 statement is ready on the portal. Let's review in July.

All the best,
Noah

§Noah Feldman, CFP®
§Wealth Advisor
§Feldman Wealth Management
§(561) 555-0156

"The best time to plant a tree was 20 years ago."

Securities offered through Example Securities LLC, member FINRA/SIPC.
`,
    gold: { name: 'Noah Feldman', title: 'Wealth Advisor', company: 'Feldman Wealth Management', phones: [['5615550156']] },
    borderline: 'CFP® suffix', tolerate: ['name'],
  },
  // ---- no personal signature ----
  {
    id: 'n46-colleague-contact-referral', cls: 'nosig', from: 'Carol Baines <Carol.Baines@midstatepower.com>',
    body: `Jim - for the curve question please call my colleague directly:

Derek Lam
Senior Quant, Midstate Power Marketing
713-555-0185

Carol
`,
  },
  {
    id: 'n47-substack', cls: 'nosig', from: 'Maya Chen from The Ops Letter <mayachen@substack.com>',
    body: `This week: why your on-call rota is burning people out.

Most teams I talk to...

See you next week,
Maya Chen
Editor, The Ops Letter

Like · Comment · Restack

© 2025 Maya Chen
548 Market Street PMB 72296, San Francisco, CA 94104
Unsubscribe
`,
  },
  {
    id: 'n48-vendor-phone-list', cls: 'nosig', from: 'Mike Brennan <mbrennan@brennanbuilders.net>',
    body: `Subs for the Elm St job:

Electric — Volt Bros — 774-555-0111
Plumbing — Russo Plumbing — 774-555-0112
HVAC — CoolAir — 774-555-0113
Drywall — Smooth Walls — 774-555-0114

Mike
`,
  },
  {
    id: 'n49-noreply-templated-rep', cls: 'nosig', from: 'Keystone Insurance <noreply@keystoneins.com>',
    body: `Dear Laura Chen,

Your policy documents are available in your online account.

Sincerely,
Frank DiMaggio
Commercial Lines Account Executive
Keystone Insurance Agency
610-555-0145

Please do not reply to this email.
`,
  },
  {
    id: 'n50-forward-speaker-bio', cls: 'nosig', from: 'Aaron Feld <aaron@quantflux.ai>',
    body: `Speaker for our seminar:

Dr. Lena Ortiz is Chief Scientist at Brightwave Labs, where she leads the foundation models group. She previously worked at Lakeshore University.

Contact: lena.ortiz@brightwave.ai, +1 415 555 0191
`,
  },
  {
    id: 'n51-thanks-quoted-own-sig', cls: 'nosig', from: 'Priya Raman <priya@loomwave.io>',
    body: `Thank you!

On Wed, Jun 4, 2025 at 3:00 PM Priya Raman <priya@loomwave.io> wrote:
> Sending the deck now.
>
> Priya Raman
> Head of Partnerships | Loomwave
> m: +1 415 555 0147
`,
  },
  {
    id: 'n52-shipping-notice-person', cls: 'nosig', from: 'Andre at Coastline <orders@coastlinemarine.com>',
    body: `Hi Sam,

Your order #CM-5512 has shipped. Tracking number: 1Z999AA10123456784

Estimated delivery: June 9.

Andre
Coastline Marine Parts Desk
904-555-0100
`,
  },
  {
    id: 'n53-meeting-minutes-attendees', cls: 'nosig', from: 'Gordon McLeod <gordon.mcleod@btinternet.com>',
    body: `Minutes of committee meeting, 2 June

Present: G. McLeod (Secretary), A. Patel (Treasurer), R. Fox (Captain)

1. Boat repairs — quote accepted.
2. Regatta entries close 20 June.

Next meeting 7 July.
`,
  },
  {
    id: 'n54-french-notification', cls: 'nosig', from: 'Banque Rivage <notifications@banque-rivage.fr>',
    body: `Bonjour,

Un nouveau relevé est disponible dans votre espace client.

Banque Rivage
Service Clients : 09 69 55 50 12

Ceci est un message automatique, merci de ne pas y répondre. Pour vous désinscrire, cliquez ici.
`,
  },
  {
    id: 'n55-press-release-from-person', cls: 'nosig', from: 'Erin Walsh <ewalsh@helixrobotics.com>',
    body: `FOR IMMEDIATE RELEASE

Helix Robotics Opens European Headquarters in Rotterdam

ROTTERDAM, June 10, 2025 — Helix Robotics today opened its European headquarters.

###

Media Contact
Erin Walsh
Director of Communications, Helix Robotics
ewalsh@helixrobotics.com | +1 617 555 0125
`,
    borderline: 'press release sent personally by the media contact; her block is arguably her signature', tolerate: ['card offered'],
  },
];
