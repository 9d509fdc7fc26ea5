// Invented probe messages WITH the sender's own signature. Lines prefixed "§" are gold signature lines
// (the sender's block in the newest part; sign-off and the name under it are not signature; disclaimers not).
export interface Gold { name?: string; title?: string; company?: string; phones?: [string, string?][]; email?: string; address?: boolean }
export interface Probe { id: string; cls: 'sig' | 'nosig'; from: string; body: string; gold?: Gold; borderline?: string; tolerate?: string[] }

export const SIG: Probe[] = [
  {
    id: 's01-notes2001', cls: 'sig', from: 'Harold Winters <harold.winters@pinecrestenergy.com>',
    body: `Team,

The Q3 gas nomination schedule is attached. Please review the Tennessee points before Friday.

Thanks,
Harold

§Harold T. Winters
§Manager, Gas Scheduling
§Pinecrest Energy Services
§1400 Smith Street, Suite 2210
§Houston, TX 77002
§(713) 555-0193 (office)
§(713) 555-0811 (fax)
`,
    gold: { name: 'Harold T. Winters', title: 'Manager, Gas Scheduling', company: 'Pinecrest Energy Services', phones: [['7135550193', 'work'], ['7135550811', 'fax']], address: true },
  },
  {
    id: 's02-gmail-modern', cls: 'sig', from: 'Priya Raman <priya@loomwave.io>',
    body: `Hi Mark,

Great chatting today. As promised, here's the deck from our session — let me know if the pricing tiers make sense for your team.

Best,
Priya

§--
§Priya Raman
§Head of Partnerships | Loomwave
§m: +1 415 555 0147
§loomwave.io
`,
    gold: { name: 'Priya Raman', title: 'Head of Partnerships', company: 'Loomwave', phones: [['14155550147', 'mobile']] },
  },
  {
    id: 's03-outlook-pipes', cls: 'sig', from: '"Okafor, Daniel" <dokafor@brightlinelogistics.com>',
    body: `Hello Sarah,

Confirming the pickup window for PO 44821 is Tuesday 8-11am. The driver will call 30 minutes ahead.

Kind regards,

§Daniel Okafor | Senior Dispatcher | Brightline Logistics
§T 312.555.0164 | M 312.555.0178 | dokafor@brightlinelogistics.com
§2250 W Fulton St, Chicago, IL 60612
`,
    gold: { name: 'Daniel Okafor', title: 'Senior Dispatcher', company: 'Brightline Logistics', phones: [['3125550164', 'work'], ['3125550178', 'mobile']], email: 'dokafor@brightlinelogistics.com', address: true },
  },
  {
    id: 's04-mobile-only', cls: 'sig', from: 'Tom Reyes <treyes@harborviewdental.com>',
    body: `Running 10 min late, start without me.

§Tom Reyes, DDS
§Harborview Dental Group
§Cell 206-555-0132

Sent from my iPhone
`,
    gold: { name: 'Tom Reyes', company: 'Harborview Dental Group', phones: [['2065550132', 'mobile']] },
    borderline: 'name may legitimately include ", DDS"', tolerate: ['name'],
  },
  {
    id: 's05-german', cls: 'sig', from: 'Katrin Vogel <k.vogel@maschinenbau-lenz.de>',
    body: `Sehr geehrter Herr Brandt,

anbei erhalten Sie das Angebot für die Fräsmaschine wie besprochen. Die Lieferzeit beträgt ca. 8 Wochen.

Mit freundlichen Grüßen

§Katrin Vogel
§Vertriebsleiterin
§Maschinenbau Lenz GmbH
§Industriestraße 14
§73431 Aalen
§Tel.: +49 7361 555 120
§Fax: +49 7361 555 129
§Mobil: +49 171 5550 342
`,
    gold: { name: 'Katrin Vogel', title: 'Vertriebsleiterin', company: 'Maschinenbau Lenz GmbH', phones: [['497361555120', 'work'], ['497361555129', 'fax'], ['491715550342', 'mobile']], address: true },
  },
  {
    id: 's06-french', cls: 'sig', from: 'Julien Marchand <julien.marchand@atelier-roche.fr>',
    body: `Bonjour Claire,

Merci pour votre retour. Nous pouvons livrer les échantillons lundi prochain.

Cordialement,

§Julien Marchand
§Chef de projet
§Atelier Roche SAS
§12 rue des Tanneurs, 69002 Lyon
§Tél. : +33 4 72 55 01 88
`,
    gold: { name: 'Julien Marchand', title: 'Chef de projet', company: 'Atelier Roche SAS', phones: [['33472550188', 'work']], address: true },
  },
  {
    id: 's07-spanish', cls: 'sig', from: 'Lucía Fernández <lfernandez@grupoalba.es>',
    body: `Hola Pedro,

Te envío la factura corregida. Cualquier duda me dices.

Un saludo,

§Lucía Fernández
§Responsable de Administración
§Grupo Alba Consultores S.L.
§Tel. 91 555 23 40 · Móvil 655 55 01 23
`,
    gold: { name: 'Lucía Fernández', title: 'Responsable de Administración', company: 'Grupo Alba Consultores S.L.', phones: [['915552340', 'work'], ['655550123', 'mobile']] },
  },
  {
    id: 's08-oneline', cls: 'sig', from: 'Ben Carter <ben@carterfab.com>',
    body: `Yes, the 3/8" plate is in stock. I can cut it Thursday.

§Ben Carter · Carter Fabrication · 555-0148 (shop)
`,
    gold: { name: 'Ben Carter', company: 'Carter Fabrication', phones: [['5550148', 'work']] },
    borderline: '7-digit number without area code', tolerate: ['phone', 'extra phone'],
  },
  {
    id: 's09-reply-quoted-other', cls: 'sig', from: 'Anna Kowalski <anna.kowalski@vistrapharma.com>',
    body: `Hi Raj,

Thanks — I've looped in our regulatory lead. We'll come back by Monday.

Best regards,
Anna

§Anna Kowalski
§Associate Director, Clinical Operations
§Vistra Pharma
§+1 (617) 555-0172

On Tue, Mar 4, 2025 at 9:12 AM Raj Mehta <raj@cyprusbio.com> wrote:
> Anna, can you confirm the site list?
>
> Raj Mehta
> VP Development, Cyprus Bio
> +1 858 555 0110
`,
    gold: { name: 'Anna Kowalski', title: 'Associate Director, Clinical Operations', company: 'Vistra Pharma', phones: [['16175550172']] },
  },
  {
    id: 's10-short-signoff', cls: 'sig', from: 'Gary Lindqvist <glindqvist@northfieldcu.org>',
    body: `Loan docs are signed and scanned, see attached.

Thanks,
Gary Lindqvist
§Loan Officer, Northfield Credit Union
§Direct: 651-555-0190
`,
    gold: { name: 'Gary Lindqvist', title: 'Loan Officer', company: 'Northfield Credit Union', phones: [['6515550190', 'work']] },
  },
  {
    id: 's11-apple-mail', cls: 'sig', from: 'Sophie Laurent <sophie@laurentstudio.com>',
    body: `Hi Jess,

Attached are the final renders for the lobby. The high-res files are on Dropbox.

xx
Sophie

§Sophie Laurent
§Principal Designer
§Laurent Studio
§sophie@laurentstudio.com
§+1 (503) 555-0186
§www.laurentstudio.com
`,
    gold: { name: 'Sophie Laurent', title: 'Principal Designer', company: 'Laurent Studio', phones: [['15035550186']], email: 'sophie@laurentstudio.com' },
  },
  {
    id: 's12-law-firm', cls: 'sig', from: 'Michael J. Donnelly <mdonnelly@hartwellpierce.com>',
    body: `Counsel,

Please find attached our client's responses to the first set of interrogatories.

Very truly yours,

§Michael J. Donnelly
§Partner
§Hartwell Pierce LLP
§One Liberty Plaza, 34th Floor
§New York, NY 10006
§Direct: (212) 555-0133
§Fax: (212) 555-0134
§mdonnelly@hartwellpierce.com

CONFIDENTIALITY NOTICE: This e-mail message and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this message.
`,
    gold: { name: 'Michael J. Donnelly', title: 'Partner', company: 'Hartwell Pierce LLP', phones: [['2125550133', 'work'], ['2125550134', 'fax']], email: 'mdonnelly@hartwellpierce.com', address: true },
  },
  {
    id: 's13-dashes-notes', cls: 'sig', from: 'Carol Baines <Carol.Baines@midstatepower.com>',
    body: `Jim - the revised curves are on the S: drive under /trading/curves/0612. Let me know if the west desk needs anything else.

§Carol Baines
§Risk Analyst
§Midstate Power Marketing
§x4-7712
`,
    gold: { name: 'Carol Baines', title: 'Risk Analyst', company: 'Midstate Power Marketing', phones: [['47712']] },
    borderline: 'extension only phone', tolerate: ['phone', 'extra phone'],
  },
  {
    id: 's14-italian', cls: 'sig', from: 'Marco Bianchi <m.bianchi@studiobianchi.it>',
    body: `Buongiorno,

le confermo l'appuntamento di giovedì alle 15:00 presso il nostro studio.

Cordiali saluti

§Avv. Marco Bianchi
§Studio Legale Bianchi
§Via Roma 45, 20121 Milano
§Tel. +39 02 5550 1234
`,
    gold: { name: 'Marco Bianchi', company: 'Studio Legale Bianchi', phones: [['390255501234', 'work']], address: true },
    borderline: 'honorific Avv.', tolerate: ['name'],
  },
  {
    id: 's15-dutch', cls: 'sig', from: 'Pieter de Vries <pieter.devries@kanaalbouw.nl>',
    body: `Hoi Sanne,

De tekeningen zijn aangepast, zie bijlage. Graag je akkoord voor vrijdag.

Met vriendelijke groet,

§Pieter de Vries
§Projectleider
§Kanaalbouw B.V.
§T +31 20 555 0123
§M +31 6 5550 1234
`,
    gold: { name: 'Pieter de Vries', title: 'Projectleider', company: 'Kanaalbouw B.V.', phones: [['31205550123', 'work'], ['31655501234', 'mobile']] },
  },
  {
    id: 's16-forward-with-own-sig', cls: 'sig', from: 'Rachel Kim <rkim@summitmedgroup.com>',
    body: `Dr. Patel — see the note below from the lab; can we discuss at Thursday's huddle?

§Rachel Kim, RN
§Nurse Manager, Cardiology
§Summit Medical Group
§(847) 555-0155

---------- Forwarded message ---------
From: Lab Services <lab@summitmedgroup.com>
Date: Mon, Jun 2, 2025
Subject: Reagent backorder

The troponin reagent is on backorder until June 20.
`,
    gold: { name: 'Rachel Kim', title: 'Nurse Manager, Cardiology', company: 'Summit Medical Group', phones: [['8475550155']] },
    borderline: 'name "Rachel Kim, RN" post-nominal', tolerate: ['name'],
  },
  {
    id: 's17-startup-emoji', cls: 'sig', from: 'Leo Martins <leo@fernbyte.com>',
    body: `Hey all,

Shipping the v2 onboarding flow tomorrow. Shout if you see anything weird in staging.

Cheers,
Leo

§Leo Martins
§CTO & Co-founder, Fernbyte
§📱 +44 7911 123456
`,
    gold: { name: 'Leo Martins', title: 'CTO & Co-founder', company: 'Fernbyte', phones: [['447911123456', 'mobile']] },
  },
  {
    id: 's18-real-estate', cls: 'sig', from: 'Denise Holloway <denise@hollowayhomes.com>',
    body: `Hi Mr. and Mrs. Tran,

The sellers accepted your offer! I'll send over the inspection schedule tonight.

Warmly,
Denise

§Denise Holloway
§REALTOR® | Holloway Homes Realty
§Cell: 480-555-0121
§Office: 480-555-0100
§DRE #01234567
`,
    gold: { name: 'Denise Holloway', title: 'REALTOR®', company: 'Holloway Homes Realty', phones: [['4805550121', 'mobile'], ['4805550100', 'work']] },
    borderline: 'title REALTOR® normalisation', tolerate: ['title'],
  },
  {
    id: 's19-university', cls: 'sig', from: 'Prof. Helen Zhou <hzhou@cs.lakeshore.edu>',
    body: `Dear Ahmed,

Your thesis draft looks strong. I've left comments in the margins — mostly on chapter 3.

Best wishes,
Helen

§Helen Zhou, PhD
§Associate Professor
§Department of Computer Science
§Lakeshore University
§Phone: (773) 555-0168
`,
    gold: { name: 'Helen Zhou', title: 'Associate Professor', company: 'Lakeshore University', phones: [['7735550168', 'work']] },
    borderline: 'name with ", PhD" and title may include department', tolerate: ['name', 'title'],
  },
  {
    id: 's20-outlook-2003-underscores', cls: 'sig', from: 'Stan Kowalczyk <skowalczyk@tricountysteel.com>',
    body: `Bob,

Mill cert for heat 55123 attached.

Stan

§_______________________________
§Stan Kowalczyk
§Quality Assurance Manager
§Tri-County Steel Supply, Inc.
§Ph: 419-555-0177  Fx: 419-555-0178
`,
    gold: { name: 'Stan Kowalczyk', title: 'Quality Assurance Manager', company: 'Tri-County Steel Supply, Inc.', phones: [['4195550177', 'work'], ['4195550178', 'fax']] },
  },
  {
    id: 's21-portuguese', cls: 'sig', from: 'Rafael Souza <rafael.souza@verdemar.com.br>',
    body: `Olá Fernanda,

Segue em anexo a proposta revisada. Fico no aguardo.

Abraços,

§Rafael Souza
§Gerente Comercial
§Verdemar Alimentos Ltda.
§+55 11 5555-0199
`,
    gold: { name: 'Rafael Souza', title: 'Gerente Comercial', company: 'Verdemar Alimentos Ltda.', phones: [['551155550199']] },
  },
  {
    id: 's22-reply-short-own-quoted-sig', cls: 'sig', from: 'Nina Patel <nina.patel@corvidanalytics.com>',
    body: `Works for me — 2pm it is.

Nina

§Nina Patel | Data Science Lead | Corvid Analytics | 646-555-0114

From: Joe Ames <james@ames-co.com>
Sent: Wednesday, April 9, 2025 10:02 AM
To: Nina Patel
Subject: RE: sync

Does 2pm Thursday work?

Joe Ames
Ames & Co.
212-555-0199
`,
    gold: { name: 'Nina Patel', title: 'Data Science Lead', company: 'Corvid Analytics', phones: [['6465550114']] },
  },
  {
    id: 's23-insurance-agent', cls: 'sig', from: 'Frank DiMaggio <frank.dimaggio@keystoneins.com>',
    body: `Hi Laura,

Your renewal is bound effective 7/1. Declarations page attached.

Regards,

§Frank DiMaggio, CIC
§Commercial Lines Account Executive
§Keystone Insurance Agency
§P: 610.555.0145 | F: 610.555.0146
§600 W Germantown Pike, Plymouth Meeting, PA 19462
`,
    gold: { name: 'Frank DiMaggio', title: 'Commercial Lines Account Executive', company: 'Keystone Insurance Agency', phones: [['6105550145', 'work'], ['6105550146', 'fax']], address: true },
    borderline: 'name with ", CIC"', tolerate: ['name'],
  },
  {
    id: 's24-japanese', cls: 'sig', from: '田中 健 <k.tanaka@sakura-denki.co.jp>',
    body: `山本様

お世話になっております。
見積書を添付いたしましたので、ご確認ください。

よろしくお願いいたします。

§━━━━━━━━━━━━━━━━
§さくら電機株式会社
§営業部 課長
§田中 健
§TEL: 03-5555-0123
§━━━━━━━━━━━━━━━━
`,
    gold: { name: '田中 健', title: '営業部 課長', company: 'さくら電機株式会社', phones: [['0355550123', 'work']] },
    borderline: 'CJK title composition', tolerate: ['title'],
  },
  {
    id: 's25-consultant-gmail', cls: 'sig', from: 'Olivia Grant <olivia.grant.consulting@gmail.com>',
    body: `Hi Sam,

Invoice #2025-014 attached for the April workshop. Net 30 as usual.

Thank you!
Olivia

§Olivia Grant
§Independent HR Consultant
§(919) 555-0173
`,
    gold: { name: 'Olivia Grant', title: 'Independent HR Consultant', phones: [['9195550173']] },
  },
  {
    id: 's26-construction', cls: 'sig', from: 'Mike Brennan <mbrennan@brennanbuilders.net>',
    body: `Rebar inspection passed. Pour is on for Monday 6am.

§Mike Brennan
§Site Superintendent
§Brennan Builders
§C: 774-555-0138
`,
    gold: { name: 'Mike Brennan', title: 'Site Superintendent', company: 'Brennan Builders', phones: [['7745550138', 'mobile']] },
  },
  {
    id: 's27-signoff-then-name-title-inline', cls: 'sig', from: 'Grace Liu <grace.liu@ardentbio.com>',
    body: `Hi team,

Reminder that the assay validation report is due end of week.

Thanks,
Grace Liu
§Senior Scientist, Ardent Bio
§grace.liu@ardentbio.com | 858-555-0126
`,
    gold: { name: 'Grace Liu', title: 'Senior Scientist', company: 'Ardent Bio', phones: [['8585550126']], email: 'grace.liu@ardentbio.com' },
  },
  {
    id: 's28-notes-with-date-header', cls: 'sig', from: 'Vince Alvarado <valvarad@gulfcoastgas.com>',
    body: `Sally,

Can you confirm the volumes for the 15th? Our numbers show 25,000/day at the Katy hub.

§Vince Alvarado
§Gulf Coast Gas Marketing
§Phone 713-555-0181
§Pager 888-555-0144
`,
    gold: { name: 'Vince Alvarado', company: 'Gulf Coast Gas Marketing', phones: [['7135550181', 'work'], ['8885550144', 'other']] },
  },
  {
    id: 's29-swedish', cls: 'sig', from: 'Erik Lindgren <erik.lindgren@nordtrav.se>',
    body: `Hej Anna,

Tack för mötet idag. Jag skickar avtalsutkastet i morgon.

Med vänliga hälsningar

§Erik Lindgren
§Försäljningschef
§Nordträ AB
§Tel: +46 8 555 012 34
§Mobil: +46 70 555 01 23
`,
    gold: { name: 'Erik Lindgren', title: 'Försäljningschef', company: 'Nordträ AB', phones: [['46855501234', 'work'], ['46705550123', 'mobile']] },
  },
  {
    id: 's30-nonprofit', cls: 'sig', from: 'Maria Gonzalez <mgonzalez@riversidefoodbank.org>',
    body: `Hi Ken,

Thank you so much for the donation of 200 lbs of produce! Our volunteers will pick up Saturday at 9.

With gratitude,
Maria

§Maria Gonzalez
§Volunteer Coordinator
§Riverside Food Bank
§(951) 555-0107 ext. 12
`,
    gold: { name: 'Maria Gonzalez', title: 'Volunteer Coordinator', company: 'Riverside Food Bank', phones: [['9515550107']] },
  },
  {
    id: 's31-reply-above-forward-with-other-sig', cls: 'sig', from: 'Chris Odom <codom@altusmfg.com>',
    body: `Karen, see Bill's quote below. I think we go with them.

§Chris Odom
§Purchasing Manager
§Altus Manufacturing
§O: 262-555-0119

-----Original Message-----
From: Bill Sharp [mailto:bsharp@sharpsupply.com]
Sent: Friday, May 9, 2025 3:10 PM
To: Chris Odom
Subject: Quote 8812

Chris, pricing below valid 30 days.

Bill Sharp
Sharp Supply Co.
Sales Manager
800-555-0170
`,
    gold: { name: 'Chris Odom', title: 'Purchasing Manager', company: 'Altus Manufacturing', phones: [['2625550119', 'work']] },
  },
  {
    id: 's32-vcard-style-labels', cls: 'sig', from: 'Hannah Berg <hannah.berg@polarisgrid.com>',
    body: `Hi Tom,

The interconnection study results are in; summary attached.

Best,
Hannah

§Hannah Berg
§Title: Transmission Planning Engineer
§Company: Polaris Grid
§Work: +1 303 555 0152
§Mobile: +1 720 555 0161
§Email: hannah.berg@polarisgrid.com
`,
    gold: { name: 'Hannah Berg', title: 'Transmission Planning Engineer', company: 'Polaris Grid', phones: [['13035550152', 'work'], ['17205550161', 'mobile']], email: 'hannah.berg@polarisgrid.com' },
  },
  {
    id: 's33-hyphen-sig-delim', cls: 'sig', from: 'Dave Whitman <dave@whitmanaudio.com>',
    body: `Hi folks,

The amp repair is done, you can pick it up any time after noon.

§-- 
§Dave Whitman
§Whitman Audio Repair
§(508) 555-0129
`,
    gold: { name: 'Dave Whitman', company: 'Whitman Audio Repair', phones: [['5085550129']] },
  },
  {
    id: 's34-banker-long', cls: 'sig', from: 'Jonathan Price <jonathan.price@meridiancapital.com>',
    body: `Alex,

Per our call, attached is the revised term sheet reflecting the 7-year amortization. Let me know if your counsel has comments.

Regards,
Jon

§Jonathan Price
§Managing Director | Leveraged Finance
§Meridian Capital Partners
§299 Park Avenue, 22nd Floor | New York, NY 10171
§T +1 212 555 0191 | M +1 917 555 0142
§jonathan.price@meridiancapital.com

This message is for the named person's use only. It may contain confidential, proprietary or legally privileged information.
`,
    gold: { name: 'Jonathan Price', title: 'Managing Director | Leveraged Finance', company: 'Meridian Capital Partners', phones: [['12125550191', 'work'], ['19175550142', 'mobile']], email: 'jonathan.price@meridiancapital.com', address: true },
    borderline: 'title includes "| Leveraged Finance"', tolerate: ['title'],
  },
  {
    id: 's35-polish', cls: 'sig', from: 'Tomasz Nowak <t.nowak@budmex.pl>',
    body: `Dzień dobry,

W załączniku przesyłam harmonogram dostaw na czerwiec.

Pozdrawiam,

§Tomasz Nowak
§Kierownik Logistyki
§Budmex Sp. z o.o.
§tel. +48 22 555 01 23
§kom. +48 601 555 012
`,
    gold: { name: 'Tomasz Nowak', title: 'Kierownik Logistyki', company: 'Budmex Sp. z o.o.', phones: [['48225550123', 'work'], ['48601555012', 'mobile']] },
  },
  {
    id: 's36-name-title-same-line-comma', cls: 'sig', from: 'Yusuf Demir <ydemir@anatoliatextiles.com>',
    body: `Dear Ms. Clarke,

We can ship the 4,000 metres of linen by the 20th. Proforma invoice attached.

Best regards,

§Yusuf Demir, Export Manager
§Anatolia Textiles
§+90 212 555 01 45
`,
    gold: { name: 'Yusuf Demir', title: 'Export Manager', company: 'Anatolia Textiles', phones: [['902125550145']] },
  },
  {
    id: 's37-gmail-one-liner-sig', cls: 'sig', from: 'Kelly Nguyen <kelly@brightsidepr.com>',
    body: `Hi Dana,

Would your CEO be open to a 15-minute interview with TechBeat next week?

Kelly

§Kelly Nguyen | Account Director | Brightside PR | 310.555.0188
`,
    gold: { name: 'Kelly Nguyen', title: 'Account Director', company: 'Brightside PR', phones: [['3105550188']] },
  },
  {
    id: 's38-doctor-office', cls: 'sig', from: 'Dr. Samuel Okonkwo <sokonkwo@lakeviewortho.com>',
    body: `Hi Janet,

I reviewed the MRI; let's schedule a follow-up in two weeks.

Dr. Okonkwo

§Samuel Okonkwo, MD
§Orthopaedic Surgeon
§Lakeview Orthopaedics
§Clinic: 312-555-0190
`,
    gold: { name: 'Samuel Okonkwo', title: 'Orthopaedic Surgeon', company: 'Lakeview Orthopaedics', phones: [['3125550190', 'work']] },
    borderline: 'name suffix MD', tolerate: ['name'],
  },
  {
    id: 's39-2001-outlook-long', cls: 'sig', from: '"Shapiro, Ellen" <Ellen.Shapiro@continentalgas.com>',
    body: `Mark,

Attached please find the redlined ISDA schedule. Our credit group still has issues with the threshold amounts in Part 1(c). Please call me to discuss.

Ellen

§Ellen Shapiro
§Senior Counsel
§Continental Gas Corp.
§1221 Lamar, Suite 1600
§Houston, Texas 77010
§(713) 555-0176
§(713) 555-0177 (fax)
§ellen.shapiro@continentalgas.com
`,
    gold: { name: 'Ellen Shapiro', title: 'Senior Counsel', company: 'Continental Gas Corp.', phones: [['7135550176'], ['7135550177', 'fax']], email: 'ellen.shapiro@continentalgas.com', address: true },
  },
  {
    id: 's40-recruiter', cls: 'sig', from: 'Jenna Walsh <jenna.walsh@talentbridge.co>',
    body: `Hi Marcus,

I came across your profile and think you'd be a great fit for a Staff Engineer role at a fintech client of mine. Open to a quick chat?

Best,
Jenna

§Jenna Walsh
§Senior Technical Recruiter | TalentBridge
§(628) 555-0105
§linkedin.com/in/jennawalsh
`,
    gold: { name: 'Jenna Walsh', title: 'Senior Technical Recruiter', company: 'TalentBridge', phones: [['6285550105']] },
  },
  {
    id: 's41-outlook-mobile-footer', cls: 'sig', from: 'Andre Silva <andre.silva@coastlinemarine.com>',
    body: `Approved. Go ahead with the hull repair.

§Andre Silva
§Fleet Manager, Coastline Marine
§M 904-555-0193

Get Outlook for iOS
`,
    gold: { name: 'Andre Silva', title: 'Fleet Manager', company: 'Coastline Marine', phones: [['9045550193', 'mobile']] },
  },
  {
    id: 's42-multiline-addr-uk', cls: 'sig', from: 'Oliver Hughes <oliver.hughes@hughesandpartners.co.uk>',
    body: `Dear Mrs Patel,

Further to our telephone conversation, I enclose the draft lease for your review.

Yours sincerely

§Oliver Hughes
§Associate Solicitor
§Hughes & Partners LLP
§14 Castle Street
§Cardiff CF10 1BS
§Tel: 029 2055 5012
§DX 12345 Cardiff
`,
    gold: { name: 'Oliver Hughes', title: 'Associate Solicitor', company: 'Hughes & Partners LLP', phones: [['02920555012', 'work']], address: true },
  },
  {
    id: 's43-auto-dealer', cls: 'sig', from: 'Ray Dominguez <rdominguez@sunvalleyford.com>',
    body: `Hi Mr. Lee,

Your F-150 is ready for pickup. Detailing finished this morning.

Thanks!
Ray

§Ray Dominguez
§Sales Consultant
§Sun Valley Ford
§Direct 818-555-0118
§Text 818-555-0119
`,
    gold: { name: 'Ray Dominguez', title: 'Sales Consultant', company: 'Sun Valley Ford', phones: [['8185550118', 'work'], ['8185550119', 'mobile']] },
  },
  {
    id: 's44-signature-with-blank-lines', cls: 'sig', from: 'Fatima Al-Sayed <fatima@gulfbridge.ae>',
    body: `Dear Mr. Rossi,

Please find the signed NDA attached.

Best regards,

§Fatima Al-Sayed

§Business Development Manager
§Gulf Bridge Trading LLC

§Tel: +971 4 555 0123
§Mob: +971 50 555 0145
`,
    gold: { name: 'Fatima Al-Sayed', title: 'Business Development Manager', company: 'Gulf Bridge Trading LLC', phones: [['97145550123', 'work'], ['971505550145', 'mobile']] },
  },
  {
    id: 's45-teacher', cls: 'sig', from: 'Laura Bennett <lbennett@oakridgeschools.org>',
    body: `Dear Parents,

A reminder that the field trip permission slips are due Friday. Please send $12 for the bus.

Thank you,

§Ms. Laura Bennett
§3rd Grade Teacher
§Oakridge Elementary School
§(614) 555-0137
`,
    gold: { name: 'Laura Bennett', title: '3rd Grade Teacher', company: 'Oakridge Elementary School', phones: [['6145550137']] },
    borderline: 'honorific Ms.', tolerate: ['name'],
  },
  {
    id: 's46-it-contractor-name-only-email', cls: 'sig', from: 'Sam Whitfield <sam@whitfieldit.com>',
    body: `Hi Jo,

I've patched the server and rebooted; everything's back up.

§Sam Whitfield
§Whitfield IT Solutions
§sam@whitfieldit.com
§0161 555 0189
`,
    gold: { name: 'Sam Whitfield', company: 'Whitfield IT Solutions', phones: [['01615550189']], email: 'sam@whitfieldit.com' },
  },
  {
    id: 's47-quoted-reply-only-mine-sig-above', cls: 'sig', from: 'Linda Park <lpark@evergreenpm.com>',
    body: `Hi Tony,

The tenant in 4B reported a leak again. Can your plumber come Tuesday?

§Linda Park
§Property Manager
§Evergreen Property Management
§(425) 555-0150

> On May 1, Tony Russo <tony@russoplumbing.com> wrote:
> Fixed the valve in 4B.
> Tony Russo
> Russo Plumbing 425-555-0199
`,
    gold: { name: 'Linda Park', title: 'Property Manager', company: 'Evergreen Property Management', phones: [['4255550150']] },
  },
  {
    id: 's48-title-company-at', cls: 'sig', from: 'Aaron Feld <aaron@quantflux.ai>',
    body: `Hi Maya,

Loved your talk at NeurIPS. Would you be up for a coffee while you're in SF?

Aaron

§Aaron Feld
§Research Scientist at QuantFlux
§+1 650 555 0163
`,
    gold: { name: 'Aaron Feld', title: 'Research Scientist', company: 'QuantFlux', phones: [['16505550163']] },
  },
  {
    id: 's49-accountant', cls: 'sig', from: 'Patricia Moore CPA <pmoore@mooretax.com>',
    body: `Hi Greg,

I still need your 1099s from the brokerage to finish the return. Can you upload them to the portal?

Thanks,
Pat

§Patricia Moore, CPA
§Moore Tax & Accounting
§Phone: 303-555-0182 | Fax: 303-555-0183
§www.mooretax.com
`,
    gold: { name: 'Patricia Moore', company: 'Moore Tax & Accounting', phones: [['3035550182', 'work'], ['3035550183', 'fax']] },
    borderline: 'name suffix CPA', tolerate: ['name'],
  },
  {
    id: 's50-korean-en-mix', cls: 'sig', from: 'Jihoon Park <jihoon.park@hanbitsemi.com>',
    body: `Hi Steve,

Attached is the wafer yield report for lot 7731. Yield improved to 92.4%.

Best regards,
Jihoon

§Jihoon Park
§Process Engineer
§Hanbit Semiconductor Co., Ltd.
§Tel: +82-31-555-0123
`,
    gold: { name: 'Jihoon Park', title: 'Process Engineer', company: 'Hanbit Semiconductor Co., Ltd.', phones: [['82315550123']] },
  },
  {
    id: 's51-only-name-and-phone', cls: 'sig', from: 'Pete Anderson <pete.anderson@gmail.com>',
    body: `Hey, I can do the gutters Saturday morning if that works. $250 total.

§Pete Anderson
§612-555-0140
`,
    gold: { name: 'Pete Anderson', phones: [['6125550140']] },
  },
  {
    id: 's52-notes-sig-with-name-under-signoff-then-block', cls: 'sig', from: 'Lisa Cho <lcho@westpacgas.com>',
    body: `All,

The pipeline maintenance on Line 200 has been pushed to 6/22. Please adjust your noms accordingly.

Regards,
Lisa Cho
§Scheduler, West Pacific Gas Transmission
§503-555-0169
`,
    gold: { name: 'Lisa Cho', title: 'Scheduler', company: 'West Pacific Gas Transmission', phones: [['5035550169']] },
  },
  {
    id: 's53-architect-slash', cls: 'sig', from: 'Tim Okada <tim@okada-arch.com>',
    body: `Hi Beth,

Revised elevations attached. We moved the window on the north side per your note.

Tim

§Tim Okada AIA / Principal / Okada Architecture
§1120 NW Couch St, Portland OR 97209 / 971-555-0102
`,
    gold: { name: 'Tim Okada', title: 'Principal', company: 'Okada Architecture', phones: [['9715550102']], address: true },
    borderline: 'AIA suffix', tolerate: ['name'],
  },
  {
    id: 's54-sales-rep-with-social', cls: 'sig', from: 'Bianca Rossi <bianca.rossi@veloxcrm.com>',
    body: `Hi Daniel,

Following up on my note last week — do you have 20 minutes Thursday to see how Velox handles territory routing?

Best,
Bianca Rossi
§Account Executive, Velox CRM
§+1 (737) 555-0131
§Book time: calendly.com/bianca-velox
`,
    gold: { name: 'Bianca Rossi', title: 'Account Executive', company: 'Velox CRM', phones: [['17375550131']] },
  },
  {
    id: 's55-club-volunteer', cls: 'sig', from: 'Gordon McLeod <gordon.mcleod@btinternet.com>',
    body: `Hello all,

The AGM will be held on 14 June at the clubhouse, 7.30pm. Agenda attached.

§Gordon McLeod
§Hon. Secretary
§Ashby Rowing Club
§07911 123457
`,
    gold: { name: 'Gordon McLeod', title: 'Hon. Secretary', company: 'Ashby Rowing Club', phones: [['07911123457', 'mobile']] },
  },
  {
    id: 's56-chinese', cls: 'sig', from: '王磊 <wanglei@huaxin-tech.cn>',
    body: `李经理您好，

附件是本月的发货清单，请查收。

此致
敬礼

§王磊
§销售总监
§华信科技有限公司
§电话：+86 10 5555 0123
§手机：+86 138 0013 8000
`,
    gold: { name: '王磊', title: '销售总监', company: '华信科技有限公司', phones: [['861055550123', 'work'], ['8613800138000', 'mobile']] },
  },
];
