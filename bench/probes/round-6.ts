/**
 * Round 6 of the invented-mail probes (issue 15): 106 messages graded on which lines are the signature, in classes
 * by where the block sits (end of message, above a quote, a disclaimer or attachment lists, sig-dash, rule lines,
 * one-line, short and long blocks, two columns, 2001-era Notes/Outlook, modern clients, none at all, ...), and on
 * the card. Messages and expectations are copied unchanged from the engineer's probe; only the import path and the
 * runner (now bench/probes.ts) changed. Body convention, as the engineer wrote it: a line starting "§" is an
 * expected signature line, "¿" a borderline line left out of the line scoring (rule lines, the "-- " line, a full
 * name under a sign-off that heads a contact block, "Assistant: X"); the marker is stripped before the body goes
 * to the pipeline. Sign-off and the bare name under it, disclaimers, "Sent from my iPhone", quoted or forwarded
 * text and attachment lists are not signature. A probe's verdict is its signature lines (exact, over non-empty
 * lines); the card is graded apart (pass, fail, or borderline when the engineer marked card: 'b').
 */
import { addCounts, digits, extractProbe, type FieldCounts, type ProbeOutcome, type ProbeSet } from './probe-kit';

type Ph = [string, string]; // [last 7 digits, type]
interface Exp { card: boolean | 'b'; name?: string; title?: string; company?: string; phones?: Ph[]; email?: string; addr?: string }
export interface Probe { id: string; cls: string; from: string; body: string; exp: Exp; sigBorderline?: boolean }
const probes: Probe[] = [];
const P = (id: string, cls: string, from: string, body: string, exp: Exp, sigBorderline = false) =>
  probes.push({ id, cls, from, body: body.replace(/^\n/, '').replace(/\n$/, ''), exp, sigBorderline });

// ---------------- end-of-message blocks (modern) ----------------
P('end1', 'end', 'Priya Raman <priya.raman@lumenfold.io>', `
Hi Dana,

Attached is the revised SOW. Let me know if the milestones work for your team.

Thanks,
Priya

§Priya Raman
§Senior Product Manager | Lumenfold
§m: +1 (415) 555-0137
§priya.raman@lumenfold.io
`, { card: true, name: 'Priya Raman', title: 'Senior Product Manager', company: 'Lumenfold', phones: [['5550137', 'mobile']], email: 'priya.raman@lumenfold.io' });

P('end2', 'end', '"Okafor, Chidi" <cokafor@brightwaterlegal.com>', `
Dana - confirming we received the executed copy. We'll file it tomorrow morning.

Best regards,

§Chidi Okafor
§Associate
§Brightwater Legal LLP
§1200 Commerce Street, Suite 400
§Dallas, TX 75202
§Direct: 214.555.0188
§Fax: 214.555.0189
`, { card: true, name: 'Chidi Okafor', title: 'Associate', company: 'Brightwater Legal', phones: [['5550188', 'work'], ['5550189', 'fax']], addr: 'Dallas' });

P('end3', 'end', 'Marco Bellini <marco@bellinicycles.it>', `
Ciao Tom,

the frames shipped today, tracking below.
DHL 4839 2210 8841

A presto,
Marco
¿--
§Marco Bellini
§Bellini Cicli S.r.l.
§Via dei Mille 14, 20129 Milano
§Tel. +39 02 5550 1234
§www.bellinicycles.it
`, { card: true, name: 'Marco Bellini', company: 'Bellini Cicli', phones: [['5501234', 'work']], addr: 'Milano' });

P('end4', 'end', 'Hannah Lee <hlee@northgatefoods.com>', `
Sounds good, I'll book the room for 2pm Thursday.

§Hannah Lee | Operations Coordinator
§Northgate Foods
§o 612-555-0144 | c 612-555-0171
`, { card: true, name: 'Hannah Lee', title: 'Operations Coordinator', company: 'Northgate Foods', phones: [['5550144', 'work'], ['5550171', 'mobile']] });

P('end5', 'end', 'Sam Whitaker <sam.whitaker@gmail.com>', `
Hey man, are we still on for Saturday? I can bring the grill.

Sam
`, { card: false });

P('end6', 'end', 'Ines Duarte <ines.duarte@corvalis.pt>', `
Dear Mr. Hall,

Please find below the access details for the portal. Your username is your e-mail address; the
temporary password will arrive in a separate message.

Kind regards,

§Inês Duarte
§Customer Success Lead
§Corvalis Software, Lda.
§Av. da Liberdade 110, 1250-146 Lisboa, Portugal
§T +351 21 555 0190
`, { card: true, name: 'Inês Duarte', title: 'Customer Success Lead', company: 'Corvalis', phones: [['5550190', 'work']], addr: 'Lisboa' });

P('end7', 'end', 'Ben Cho <ben@cho-design.studio>', `
Here's round two of the logo. I pushed the wordmark tighter.

-Ben

§Ben Cho · Cho Design Studio · 503-555-0122 · cho-design.studio
`, { card: true, name: 'Ben Cho', company: 'Cho Design Studio', phones: [['5550122', 'other']] });

P('end8', 'end', 'Rachel Green <rgreen@hollisterpartners.com>', `
Thanks, Mike. I'll circulate to the committee.

Rachel

§Rachel Green
§Hollister Partners
§(312) 555-0163
`, { card: true, name: 'Rachel Green', company: 'Hollister Partners', phones: [['5550163', 'other']] });

// ---------------- above a quote ----------------
P('quote1', 'above-quote', 'Tom Ekberg <tom.ekberg@sundqvist.se>', `
Works for me. Let's do Tuesday.

/Tom

§Tom Ekberg
§Head of Procurement, Sundqvist AB
§+46 8 555 012 34

On Mon, Mar 2, 2026 at 9:14 AM Lena Park <lena@parkbuild.com> wrote:
> Can we move the kickoff to Tuesday?
>
> Lena Park
> Park Build Co.
> 206-555-0111
`, { card: true, name: 'Tom Ekberg', title: 'Head of Procurement', company: 'Sundqvist', phones: [['5501234', 'other']] });

P('quote2', 'above-quote', 'Lena Park <lena@parkbuild.com>', `
Great, see you Tuesday.

On Mon, Mar 2, 2026 at 10:02 AM Tom Ekberg <tom.ekberg@sundqvist.se> wrote:
> Works for me. Let's do Tuesday.
>
> Tom Ekberg
> Head of Procurement, Sundqvist AB
> +46 8 555 012 34
`, { card: false });

P('quote3', 'above-quote', 'Alicia Moreno <amoreno@vistaclinic.org>', `
Hi all - adding Dr. Patel to the thread.

§Alicia Moreno, RN
§Clinical Nurse Manager
§Vista Community Clinic
§p 619.555.0150 x212

From: Kevin Doyle <kdoyle@vistaclinic.org>
Sent: Tuesday, April 7, 2026 3:45 PM
To: Alicia Moreno <amoreno@vistaclinic.org>
Subject: Staffing for the weekend

Alicia, can you find coverage for Saturday?

Kevin Doyle
Scheduling Office
619.555.0155
`, { card: true, name: 'Alicia Moreno', title: 'Clinical Nurse Manager', company: 'Vista Community Clinic', phones: [['5550150', 'other']] });

P('quote4', 'above-quote', 'Jordan Fisk <jfisk@ironlinelogistics.com>', `
Jordan Fisk replied:
Yes, pallet count is 14.

-----Original Message-----
From: Meg Arnold [mailto:marnold@fieldstonehome.com]
Sent: Wednesday, June 3, 2026 8:10 AM
Subject: RE: pickup

What's the pallet count?

Meg Arnold
Fieldstone Home
Purchasing Manager
(404) 555-0133
`, { card: false });

P('quote5', 'above-quote', 'Greta Vos <g.vos@vosarchitecten.nl>', `
Dank je, Pieter. Tot morgen.

Met vriendelijke groet,

§Greta Vos
§Vos Architecten
§Prinsengracht 220, 1016 HD Amsterdam
§+31 20 555 0172

Op 3 juni 2026 om 14:02 schreef Pieter Jansen <pieter@jansenbouw.nl>:
> Zullen we om 10 uur afspreken op de bouwplaats?
`, { card: true, name: 'Greta Vos', company: 'Vos Architecten', phones: [['5550172', 'other']], addr: 'Amsterdam' });

P('quote6', 'above-quote', 'Dev Shah <dev.shah@quillhq.com>', `
lgtm, merging

On Thu, Jun 4, 2026, 11:30 Carla Ruiz <carla@quillhq.com> wrote:

> Dev, can you review PR 481 before lunch?
>
> --
> Carla Ruiz
> Staff Engineer, Quill
> carla@quillhq.com
`, { card: false });

// ---------------- above a disclaimer ----------------
P('disc1', 'above-disclaimer', 'Owen Price <owen.price@marchbank.co.uk>', `
Hi Fiona,

The valuation report is attached. Happy to walk through it on Friday.

Regards,
Owen

§Owen Price
§Associate Director, Commercial Valuations
§Marchbank & Co
§D: +44 20 5550 1188
§M: +44 7700 900 123

This email and any attachments are confidential and intended solely for the addressee. If you have received it
in error please notify the sender and delete it. Marchbank & Co is authorised and regulated by the RICS.
`, { card: true, name: 'Owen Price', title: 'Associate Director', company: 'Marchbank', phones: [['5501188', 'work'], ['0900123', 'mobile']] });

P('disc2', 'above-disclaimer', 'Lucy Tan <lucy.tan@harborbank.com>', `
Confirmed, the wire went out at 10:42 ET.

§Lucy Tan
§VP, Treasury Operations
§Harbor Bank N.A. | 77 Water St, New York, NY 10005
§T 212-555-0129

*****************************************************************
NOTICE: This communication may contain privileged or confidential information. If you are not the intended
recipient, please delete it and notify the sender immediately. Harbor Bank N.A. Member FDIC.
*****************************************************************
`, { card: true, name: 'Lucy Tan', title: 'VP, Treasury Operations', company: 'Harbor Bank', phones: [['5550129', 'work']], addr: 'New York' });

P('disc3', 'above-disclaimer', 'Felix Braun <felix.braun@kesselwerk.de>', `
Hallo Herr Klein,

anbei das Angebot wie besprochen.

Mit freundlichen Grüßen
¿Felix Braun

§Kesselwerk GmbH
§Vertrieb Süd
§Industriestraße 8, 80939 München
§Tel.: +49 89 5550 2231
§Fax: +49 89 5550 2299

Geschäftsführer: Anna Kessel | Amtsgericht München HRB 123456
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte
sofort den Absender und vernichten Sie diese Mail.
`, { card: true, name: 'Felix Braun', company: 'Kesselwerk', phones: [['5502231', 'work'], ['5502299', 'fax']], addr: 'München' });

P('disc4', 'above-disclaimer', 'Nora Quinn <nquinn@quinnhale.com>', `
Agreed on all points. Send me the redline when ready.

Sent from my iPhone

CONFIDENTIALITY NOTICE: The information in this e-mail is intended only for the named recipient and may be
privileged. Any review or distribution by others is strictly prohibited.
`, { card: false });

// ---------------- above attachment lists ----------------
P('att1', 'attachments', 'Simone Laurent <simone@atelierlaurent.fr>', `
Bonjour Julien,

Voici les plans modifiés.

Cordialement,

§Simone Laurent
§Architecte DPLG
§Atelier Laurent
§06 12 34 56 78

Pièces jointes :
- plan_RDC_v3.pdf
- facade_nord.dwg
`, { card: true, name: 'Simone Laurent', title: 'Architecte', company: 'Atelier Laurent', phones: [['2345678', 'mobile']] });

P('att2', 'attachments', 'Greg Holt <greg.holt@pinecrestmfg.com>', `
Drawings attached for the bracket revision.

§Greg Holt
§Manufacturing Engineer
§Pinecrest Manufacturing
§(616) 555-0107

Attachments:
  bracket_revC.pdf (212 KB)
  bracket_revC.step (1.4 MB)
`, { card: true, name: 'Greg Holt', title: 'Manufacturing Engineer', company: 'Pinecrest Manufacturing', phones: [['5550107', 'other']] });

P('att3', 'attachments', 'Kim Nguyen <kim.nguyen@gmail.com>', `
Here are the photos from the reunion!

Kim

IMG_4412.jpg
IMG_4413.jpg
IMG_4419.jpg
`, { card: false });

// ---------------- blank lines inside blocks ----------------
P('blank1', 'blank-inside', 'Victor Almeida <valmeida@tidewater-eng.com>', `
Team, the site survey is moved to the 18th.

§Victor Almeida, P.E.
§Project Engineer
§
§Tidewater Engineering Group
§455 Harbor Blvd, Norfolk, VA 23510
§
§office 757.555.0114
§cell 757.555.0198
`, { card: true, name: 'Victor Almeida', title: 'Project Engineer', company: 'Tidewater Engineering', phones: [['5550114', 'work'], ['5550198', 'mobile']], addr: 'Norfolk' });

P('blank2', 'blank-inside', 'Elena Petrova <elena@petrovaconsult.com>', `
Hi Mark, invoice 2026-014 attached. Payment terms are net 30.

Best,
Elena

§Elena Petrova
§Principal Consultant

§Petrova Consulting
§+1 646 555 0158
§elena@petrovaconsult.com
`, { card: true, name: 'Elena Petrova', title: 'Principal Consultant', company: 'Petrova Consulting', phones: [['5550158', 'other']], email: 'elena@petrovaconsult.com' });

P('blank3', 'blank-inside', 'Ahmed Karimi <akarimi@solvantis.ae>', `
Dear Sir,

We confirm receipt of your purchase order no. 7781.

Best Regards

§Ahmed Karimi

§Sales Manager - Gulf Region
§Solvantis Trading LLC

§Mobile: +971 50 555 0142
§Office: +971 4 555 0100
`, { card: true, name: 'Ahmed Karimi', title: 'Sales Manager', company: 'Solvantis', phones: [['5550142', 'mobile'], ['5550100', 'work']] });

// ---------------- sig-dash ----------------
P('dash1', 'sig-dash', 'Paul Sorensen <paul@sorensen.dev>', `
I pushed a fix for the race in the scheduler. Can you re-run the soak test?

¿-- 
§Paul Sorensen
§https://sorensen.dev
§GPG: 4B1A 99C2 0F3E 7D21
`, { card: 'b', name: 'Paul Sorensen' });

P('dash2', 'sig-dash', 'Maya Brooks <maya.brooks@fernhill.edu>', `
Hi class, office hours are cancelled this week.

¿-- 
§Maya Brooks, PhD
§Assistant Professor of Sociology
§Fernhill College, Room 312 Hart Hall
§(802) 555-0119
`, { card: true, name: 'Maya Brooks', title: 'Assistant Professor of Sociology', company: 'Fernhill College', phones: [['5550119', 'other']] });

P('dash3', 'sig-dash', 'Lars Holm <lars@holm.no>', `
Patch v2 attached, addresses the review comments.

Lars
¿-- 
§Lars Holm   <lars@holm.no>   +47 555 01 234
`, { card: true, name: 'Lars Holm', phones: [['5501234', 'other']], email: 'lars@holm.no' });

P('dash4', 'sig-dash', 'Trudy Kemp <trudy@kempflowers.com>', `
Your order for the 14th is confirmed: 12 centerpieces, white and blush.

Thank you!
Trudy
¿__
§Kemp Flowers
§Trudy Kemp, owner
§88 Elm St, Northampton MA
§413-555-0166
`, { card: true, name: 'Trudy Kemp', title: 'owner', company: 'Kemp Flowers', phones: [['5550166', 'other']], addr: 'Northampton' });

// ---------------- rule lines ----------------
P('rule1', 'rule', 'Diego Herrera <dherrera@andesmining.cl>', `
Estimado Juan,

Adjunto el informe de producción de mayo.

Saludos cordiales,

¿______________________________
§Diego Herrera Soto
§Gerente de Operaciones
§Andes Mining S.A.
§Av. Apoquindo 3000, Santiago
§+56 2 2555 0131
`, { card: true, name: 'Diego Herrera Soto', title: 'Gerente de Operaciones', company: 'Andes Mining', phones: [['5550131', 'work']], addr: 'Santiago' });

P('rule2', 'rule', 'Amy Collins <amy.collins@redmaplecpa.com>', `
Hi Jeff, your extension has been filed.

Amy
¿==========================================
§Amy Collins, CPA | Red Maple CPA Group
§t: 802-555-0104 | f: 802-555-0105
¿==========================================
`, { card: true, name: 'Amy Collins', company: 'Red Maple CPA', phones: [['5550104', 'work'], ['5550105', 'fax']] });

P('rule3', 'rule', 'Keith Morgan <kmorgan@allspanroofing.com>', `
Crew will be there at 7am.
¿-----------------------------
§Keith Morgan
§Allspan Roofing
§cell 918-555-0187
¿-----------------------------
`, { card: true, name: 'Keith Morgan', company: 'Allspan Roofing', phones: [['5550187', 'mobile']] });

// ---------------- one-line signatures ----------------
P('one1', 'one-line', 'Joy Adeyemi <joy@adeyemi-law.com>', `
Received, thank you.

§Joy Adeyemi | Adeyemi Law PC | 713-555-0148
`, { card: true, name: 'Joy Adeyemi', company: 'Adeyemi Law', phones: [['5550148', 'other']] });

P('one2', 'one-line', 'Raj Menon <raj.menon@tessera.ai>', `
Thanks Ana — yes, send over the dataset card and I'll review tonight.

§Raj Menon, CTO, Tessera AI
`, { card: true, name: 'Raj Menon', title: 'CTO', company: 'Tessera AI' });

P('one3', 'one-line', 'Carl Jensen <carl@jensenplumbing.net>', `
Part is in. I can come Wednesday.
§Carl - Jensen Plumbing - 555-0177
`, { card: 'b', company: 'Jensen Plumbing' });

P('one4', 'one-line', 'Olivia Hart <ohart@gmail.com>', `
Can't make it tonight, sorry! Rain check?

xo Liv
`, { card: false });

// ---------------- short blocks ----------------
P('short1', 'short', 'Tony Russo <tony.russo@russobuild.com>', `
Estimate attached. Let me know.

§Tony Russo
§201-555-0112
`, { card: true, name: 'Tony Russo', phones: [['5550112', 'other']] });

P('short2', 'short', 'Megan Doyle <megan@doylephoto.co>', `
Hi! Your gallery is live: the link is in the previous email.

Megan
§doylephoto.co | 617.555.0138
`, { card: true, phones: [['5550138', 'other']] });

P('short3', 'short', 'Hiro Tanaka <h.tanaka@kaizenparts.jp>', `
Dear Mr. Lewis,

Thank you for your inquiry. We will send the quotation by Friday.

Best regards,
¿Hiro Tanaka
§Kaizen Parts Co., Ltd.
`, { card: true, name: 'Hiro Tanaka', company: 'Kaizen Parts' }, true);

P('short4', 'short', 'Beth Ortiz <beth.ortiz@yahoo.com>', `
Hi Mrs. Kline, Emma will be out sick today.

Thank you,
¿Beth Ortiz
§cell 505-555-0193
`, { card: true, name: 'Beth Ortiz', phones: [['5550193', 'mobile']] });

// ---------------- long blocks ----------------
P('long1', 'long', 'Catherine Walsh <cwalsh@meridianhealth.org>', `
Good morning,

The board packet for June is attached. Please review ahead of Thursday.

Warm regards,

¿Catherine Walsh, MBA, FACHE
§Chief Operating Officer
§Meridian Health System
§
§2200 Riverside Drive, Suite 900
§Columbus, OH 43215
§
§Office: (614) 555-0121
§Mobile: (614) 555-0199
§Fax: (614) 555-0122
§cwalsh@meridianhealth.org
§www.meridianhealth.org
§
¿Assistant: Janet Fox, (614) 555-0123
`, { card: true, name: 'Catherine Walsh', title: 'Chief Operating Officer', company: 'Meridian Health', phones: [['5550121', 'work'], ['5550199', 'mobile'], ['5550122', 'fax']], email: 'cwalsh@meridianhealth.org', addr: 'Columbus' });

P('long2', 'long', 'Stefan Novak <stefan.novak@alpengrid.at>', `
Servus Markus,

kurze Info: Der Termin am Montag findet statt.

LG Stefan

§DI Stefan Novak
§Senior Grid Planner
§Netzplanung & Asset Management
§
§AlpenGrid Netz GmbH
§Wagramer Straße 19
§1220 Wien, Österreich
§
§T +43 1 555 0100 4411
§M +43 664 555 0147
§stefan.novak@alpengrid.at
§www.alpengrid.at
§LinkedIn: linkedin.com/in/stefannovak
`, { card: true, name: 'Stefan Novak', title: 'Senior Grid Planner', company: 'AlpenGrid', phones: [['5550100', 'work'], ['5550147', 'mobile']], email: 'stefan.novak@alpengrid.at', addr: 'Wien' });

// ---------------- links / social ----------------
P('social1', 'links-social', 'Zoe Kaplan <zoe@growthloop.co>', `
Hi Eric,

Loved chatting today! Deck is here as promised: https://growthloop.co/deck-q3

Zoe

§Zoe Kaplan | Head of Partnerships
§GrowthLoop
§📱 +1 (917) 555-0146
§🌐 growthloop.co
§in/zoekaplan · @zoekaplan
§Book time with me: calendly.com/zoe-growthloop
`, { card: true, name: 'Zoe Kaplan', title: 'Head of Partnerships', company: 'GrowthLoop', phones: [['5550146', 'mobile']] });

P('social2', 'links-social', 'Andre Silva <andre@silvaroasters.com>', `
The new Ethiopia lot is in! 20% off for wholesale partners through Friday.

§Andre Silva
§Founder, Silva Roasters
§Instagram | Facebook | Twitter
§silvaroasters.com
`, { card: true, name: 'Andre Silva', title: 'Founder', company: 'Silva Roasters' });

P('social3', 'links-social', 'Nina Patel <nina.patel@outlook.com>', `
here's the article I mentioned: https://example.org/longreads/urban-beekeeping

talk soon
nina
`, { card: false });

// ---------------- two-column ----------------
P('twocol1', 'two-column', 'Rob Ferris <rferris@ferrisandlane.com>', `
Final invoice attached.

§Rob Ferris                      Ferris & Lane Surveying
§Principal Surveyor              31 Mill Road, Bend OR 97701
§541-555-0115                    rferris@ferrisandlane.com
`, { card: true, name: 'Rob Ferris', title: 'Principal Surveyor', company: 'Ferris & Lane', phones: [['5550115', 'other']], email: 'rferris@ferrisandlane.com', addr: 'Bend' });

P('twocol2', 'two-column', 'Ivy Chen <ivy.chen@harbourline.com.au>', `
Hi Sam, revised schedule below.

Cheers,
Ivy

§Ivy Chen        | Harbourline Shipping
§Account Manager | Level 5, 1 Bligh St, Sydney NSW 2000
§P +61 2 5550 1180 | M +61 412 555 018
`, { card: true, name: 'Ivy Chen', title: 'Account Manager', company: 'Harbourline Shipping', phones: [['5501180', 'work'], ['2555018', 'mobile']], addr: 'Sydney' });

// ---------------- 2001-era Notes / Outlook ----------------
P('notes1', 'notes-2001', 'Gerald.Whitmore@petrocon.com', `
Sally,

Please get me the updated curve for the Q3 strip before the 2 o'clock.

Thanks,
Gerald

§Gerald Whitmore
§Petrocon Energy Marketing
§713.555.0161 (phone)
§713.555.0162 (fax)
`, { card: true, name: 'Gerald Whitmore', company: 'Petrocon', phones: [['5550161', 'work'], ['5550162', 'fax']] });

P('notes2', 'notes-2001', 'Laura Bergstrom <lbergstrom@coastalgas.com>', `
Attached is the revised confirm.  Please review and call me with any questions.

§Laura Bergstrom
§Contract Administration
§Coastal Gas Marketing Co.
§(713) 555-0169


 - CONFIRM_0611.doc
`, { card: true, name: 'Laura Bergstrom', title: 'Contract Administration', company: 'Coastal Gas', phones: [['5550169', 'other']] });

P('notes3', 'notes-2001', 'Dennis.Ray@petrocon.com', `
Agreed.  Let's discuss at staff meeting.




Sherri Lowe@ECT
06/11/2001 09:22 AM
To: Dennis Ray/HOU/ECT@ECT
cc:
Subject: Re: rate case

Dennis - do we have a position on the rate case yet?
`, { card: false });

P('notes4', 'notes-2001', 'Marty Kahn <mkahn@gulfpipe.com>', `
Bill -

The nomination for the 15th is 25,000/d at the Katy hub.  Let me know if that changes.

§Marty Kahn
§Gulf Pipeline Co.
§Gas Control
§Phone 713-555-0175
§Pager 800-555-0176
§Fax 713-555-0177

 -----Original Message-----
From: 	Bill Strand
Sent:	Thursday, June 14, 2001 4:55 PM
To:	Kahn, Marty
Subject:	noms

Marty - what's the nom for the 15th?
`, { card: true, name: 'Marty Kahn', company: 'Gulf Pipeline', phones: [['5550175', 'work'], ['5550176', 'other'], ['5550177', 'fax']] });

P('notes5', 'notes-2001', 'Susan.Pike@petrocon.com', `
Here it is.

§Susan Pike
§Sr. Specialist
§Trading Support
§x35512
---------------------- Forwarded by Susan Pike/HOU/ECT on 05/30/2001 02:11 PM ---------------------------

Tim Oliver
05/30/2001 11:04 AM
To: Susan Pike/HOU/ECT@ECT
Subject: deal list

see attached
`, { card: 'b', name: 'Susan Pike', title: 'Sr. Specialist' }, true);

P('notes6', 'notes-2001', 'Walt Emery <wemery@texstarpower.com>', `
Folks,

Reminder that the new settlement process starts Monday.  Questions to me or Kathy.

§Walt Emery
§Director, Settlements
§TexStar Power Marketing, L.P.
§1400 Smith St., Houston, TX 77002
§Tel (713) 555-0179  Fax (713) 555-0180
§wemery@texstarpower.com
`, { card: true, name: 'Walt Emery', title: 'Director, Settlements', company: 'TexStar Power', phones: [['5550179', 'work'], ['5550180', 'fax']], addr: 'Houston' });

// ---------------- modern Gmail / Outlook / Apple Mail ----------------
P('modern1', 'modern', 'Jessica Tran <jessica.tran@brightpixel.com>', `
Hi team,

Quick reminder that the sprint demo is tomorrow at 3.

Thanks!
Jess

§Jessica Tran
§Engineering Manager
§BrightPixel
§jessica.tran@brightpixel.com | 408-555-0126

Sent from Outlook for iOS
`, { card: true, name: 'Jessica Tran', title: 'Engineering Manager', company: 'BrightPixel', phones: [['5550126', 'other']] });

P('modern2', 'modern', 'Will Baker <will@bakerandsons.net>', `
Yep, got it.

Sent from my iPhone
`, { card: false });

P('modern3', 'modern', 'Claire Dubois <claire.dubois@luminaire.fr>', `
Hello Mark,

Following our call, I'm sharing the onboarding checklist.

Best,

§Claire Dubois
§Directrice Commerciale
¿[Luminaire logo]
§Luminaire SAS
§T. +33 1 55 50 01 23
§12 rue de la Paix, 75002 Paris

¿Follow us on LinkedIn
`, { card: true, name: 'Claire Dubois', title: 'Directrice Commerciale', company: 'Luminaire', phones: [['5500123', 'work']], addr: 'Paris' }, true);

P('modern4', 'modern', 'Greg Lutz <glutz@lutzhvac.com>', `
Hi Mrs. Ford, your filter change is scheduled for Tuesday between 8 and 10.

§Greg Lutz
§Lutz Heating & Cooling
§Office (330) 555-0183

Get Outlook for Android
`, { card: true, name: 'Greg Lutz', company: 'Lutz Heating', phones: [['5550183', 'work']] }, true);

P('modern5', 'modern', 'Aisha Bello <aisha@bellofinance.ng>', `
Good afternoon Sir,

Kindly find attached the reconciliation for May.

Best regards,

§Aisha Bello (ACA)
§Finance Manager
§Bello Finance Ltd
§+234 803 555 0132

Sent from my Galaxy
`, { card: true, name: 'Aisha Bello', title: 'Finance Manager', company: 'Bello Finance', phones: [['5550132', 'other']] });

P('modern6', 'modern', 'Mike Sutter <mike.sutter@gmail.com>', `
Dude that game last night!!! Can't believe that ending.

On Sun, Jun 7, 2026 at 10:41 PM Joe Park <joepark@gmail.com> wrote:
> You watching this??
`, { card: false });

// ---------------- no signature at all ----------------
P('nosig1', 'no-sig', 'Laura Kim <laura.kim@stonebridge.com>', `
Can you send me the link again? The old one expired.
`, { card: false });

P('nosig2', 'no-sig', 'Peter Vance <pvance@vancebros.com>', `
Hi,

The meeting is at 123 Main Street, Suite 200. Call the front desk at 555-0100 when you arrive and they'll
let you up. Parking is validated.

See you then,
Peter
`, { card: false });

P('nosig3', 'no-sig', 'Sara Lind <sara.lind@fjordtech.se>', `
Thanks for the intro, Erik! Looping you to BCC.

Hi Oskar, great to e-meet you. Would you have 20 minutes next week?

Sara
`, { card: false });

P('nosig4', 'no-sig', 'Dan Ortega <dan@ortegafamily.net>', `
Mom's flight lands at 4:35pm, United 1422.
Terminal C.
Can you grab her?
`, { card: false });

P('nosig5', 'no-sig', 'Rebecca Shaw <rshaw@greenleafpr.com>', `
Here are the contacts for the press list:

John Mercer, Daily Ledger, 555-0101
Amy Ruiz, Metro Weekly, 555-0102
Tom Hale, The Courier, 555-0103

Let me know if you need anything else.
Rebecca
`, { card: false });

P('nosig6', 'no-sig', 'Hank Miller <hank.miller@aol.com>', `
Fwd'ing this along.

---------- Forwarded message ---------
From: City Water Dept <billing@citywater.gov>
Date: Mon, Jun 8, 2026
Subject: Your bill

Your bill of $84.12 is due June 30.

City Water Department
PO Box 4400
Springfield, IL 62708
(217) 555-0100
`, { card: false });

// ---------------- closing-only / sign-off variations ----------------
P('close1', 'closing', 'Frank Ilves <frank.ilves@kestrelwind.com>', `
Thanks for the quick turnaround!

Best regards,
Frank Ilves
`, { card: false }, true);

P('close2', 'closing', 'Megan Cross <mcross@crossandco.com>', `
Approved.

Thanks,
MC
`, { card: false });

P('close3', 'closing', 'Yusuf Demir <yusuf.demir@anatoliatex.com.tr>', `
Dear Ms. Clark,

We have shipped the samples via FedEx, AWB 7742 1190 3381.

Saygılarımla / Best regards,

§Yusuf Demir
§Export Sales Manager
§Anatolia Tekstil A.Ş.
§Organize Sanayi Bölgesi 4. Cadde No:12, Bursa
§T: +90 224 555 01 45  M: +90 532 555 01 46
`, { card: true, name: 'Yusuf Demir', title: 'Export Sales Manager', company: 'Anatolia', phones: [['5550145', 'work'], ['5550146', 'mobile']], addr: 'Bursa' });

// ---------------- tricky: name line belongs to block with sign-off ----------------
P('trick1', 'closing', 'Lisa Grant <lisa.grant@summitridge.com>', `
Let me know what you think.

Cheers,
¿Lisa Grant
§Marketing Director | Summit Ridge Outdoor
§(970) 555-0152
`, { card: true, name: 'Lisa Grant', title: 'Marketing Director', company: 'Summit Ridge', phones: [['5550152', 'other']] });

P('trick2', 'closing', 'Bruno Costa <bruno.costa@costaimoveis.com.br>', `
Olá Ana,

Segue a proposta revisada.

Abraços,
¿Bruno Costa
§Corretor de Imóveis - CRECI 45123
§Costa Imóveis
§(11) 95550-0134
`, { card: true, name: 'Bruno Costa', company: 'Costa Imóveis', phones: [['5500134', 'mobile']] });

// ---------------- tricky: body with contact-like lines ----------------
P('body1', 'body-contacts', 'Emily Rhodes <erhodes@rhodesrealty.com>', `
Hi Tom,

The inspector's info is:
Mark Alvarez
Alvarez Home Inspections
(602) 555-0117

He's expecting your call.

§Emily Rhodes
§Rhodes Realty Group
§(602) 555-0140
`, { card: true, name: 'Emily Rhodes', company: 'Rhodes Realty', phones: [['5550140', 'other']] });

P('body2', 'body-contacts', 'Jake Moreno <jake.moreno@gmail.com>', `
Party details:

Saturday 6/20, 4pm
1418 Oak Hollow Dr, Austin TX 78745
Text me if you get lost 512-555-0191

Jake
`, { card: 'b' });

P('body3', 'body-contacts', 'Anna Weber <anna.weber@weber-it.de>', `
Hi Chris,

please use the new support hotline from now on: +49 30 555 0100. The old number
will be switched off at the end of the month.

Viele Grüße
Anna Weber

§Weber IT Services GmbH
§Anna Weber | Geschäftsführerin
§Friedrichstraße 45, 10117 Berlin
§+49 30 555 0111
`, { card: true, name: 'Anna Weber', title: 'Geschäftsführerin', company: 'Weber IT', phones: [['5550111', 'other']], addr: 'Berlin' });

// ---------------- mobile footer plus sig ----------------
P('mob1', 'modern', 'Karen Blake <kblake@blakeinsurance.com>', `
Yes, the policy covers it. I'll send the form Monday.

§Karen Blake
§Blake Insurance Agency
§(770) 555-0135

Sent from my iPad
`, { card: true, name: 'Karen Blake', company: 'Blake Insurance', phones: [['5550135', 'other']] });

P('mob2', 'modern', 'Leo Fischer <leo.fischer@fischerlaw.com>', `
Call me when you land.

Leo

Sent from my iPhone

On Jun 9, 2026, at 7:02 AM, Ruth Stein <ruth@steinholdings.com> wrote:

> Landing at 3. Ruth
`, { card: false });

// ---------------- quoted/forwarded only with sender's sig above ----------------
P('fwd1', 'above-quote', 'Mark Dunn <mdunn@dunnassociates.com>', `
FYI - see below from the county. We need to respond by the 20th.

§Mark Dunn, AICP
§Senior Planner
§Dunn & Associates
§(541) 555-0157

---------- Forwarded message ---------
From: Planning Dept <planning@lanecounty.gov>
Date: Tue, Jun 9, 2026 at 1:12 PM
Subject: Application 26-118

Please submit the revised site plan.

Lane County Planning
125 E 8th Ave, Eugene OR
(541) 555-0100
`, { card: true, name: 'Mark Dunn', title: 'Senior Planner', company: 'Dunn & Associates', phones: [['5550157', 'other']] });

P('fwd2', 'above-quote', 'Ruth Stein <ruth@steinholdings.com>', `
see below

________________________________
From: Gary Wills <gwills@willsbank.com>
Sent: Monday, June 8, 2026 4:12 PM
To: Ruth Stein
Subject: Term sheet

Ruth, term sheet attached.

Gary Wills
Managing Director, Wills Bank
(212) 555-0168
`, { card: false });

// ---------------- multilingual / misc ----------------
P('misc1', 'end', 'Kenji Sato <kenji.sato@mirai-robotics.jp>', `
Hello Alex,

Thank you for visiting our booth. I attach the brochure.

Best regards,

¿--------------------------------
§Kenji Sato
§Overseas Business Development
§Mirai Robotics Inc.
§3-5-1 Shibaura, Minato-ku, Tokyo 108-0023
§Tel: +81-3-5550-0137
§Email: kenji.sato@mirai-robotics.jp
¿--------------------------------
`, { card: true, name: 'Kenji Sato', title: 'Overseas Business Development', company: 'Mirai Robotics', phones: [['5500137', 'work']], email: 'kenji.sato@mirai-robotics.jp', addr: 'Tokyo' }, true);

P('misc2', 'end', 'Sofia Rossi <sofia.rossi@vinirossi.it>', `
Buongiorno,

le confermo la consegna per giovedì.

Cordiali saluti

§Sofia Rossi
§Ufficio Commerciale
§Vini Rossi S.p.A.
§Tel. 0577 555012
§Cell. 347 555 0123
`, { card: true, name: 'Sofia Rossi', company: 'Vini Rossi', phones: [['0577555012'.slice(-7), 'work'], ['5550123', 'mobile']] });

P('misc3', 'end', 'Patrick O\'Neill <patrick@oneillfarms.ie>', `
Hi Siobhan,

Lambs go to the mart Thursday. I'll ring you after.

Patrick

§Patrick O'Neill
§O'Neill Farms, Ballymore, Co. Westmeath
§087 555 0129
`, { card: true, name: "Patrick O'Neill", company: "O'Neill Farms", phones: [['5550129', 'mobile']], addr: 'Westmeath' });

P('misc4', 'long', 'Dr. Helen Park <hpark@stmarys-hosp.org>', `
Dear colleagues,

The grand rounds schedule for July is attached.

Best,
Helen

§Helen Park, MD, MPH
§Associate Professor of Medicine
§Division of Infectious Diseases
§St. Mary's Hospital & Medical Center
§450 Stanyan Street, 3rd Floor
§San Francisco, CA 94117
§Tel: 415-555-0143
§Pager: 415-555-0144
§Fax: 415-555-0145
§hpark@stmarys-hosp.org
§Pronouns: she/her

This message may contain protected health information. If you received it in error, please notify the sender and
destroy all copies. HIPAA
`, { card: true, name: 'Helen Park', title: 'Associate Professor of Medicine', company: "St. Mary's Hospital", phones: [['5550143', 'work'], ['5550144', 'other'], ['5550145', 'fax']], email: 'hpark@stmarys-hosp.org', addr: 'San Francisco' }, true);

P('misc5', 'short', 'Chris Young <cyoung@youngsigns.com>', `
Proof attached. Reply "approved" and we'll print.

§Chris @ Young Signs
§(586) 555-0109
`, { card: 'b', company: 'Young Signs', phones: [['5550109', 'other']] });

P('misc6', 'notes-2001', 'Ron Takacs <rtakacs@midstatepower.com>', `
Jim,

I've attached the load forecast for July.  The peak is expected the week of the 16th.

§Ron Takacs
§Midstate Power Pool
§(517) 555-0186
§rtakacs@midstatepower.com
`, { card: true, name: 'Ron Takacs', company: 'Midstate Power', phones: [['5550186', 'other']], email: 'rtakacs@midstatepower.com' }, true);

P('misc7', 'notes-2001', 'Barbara Ng <barbara.ng@westcoastgas.com>', `
Ken,

FYI.

Barbara

§Barbara Ng
§Regulatory Affairs
§West Coast Gas Transmission
§phone: 503/555-0174
§fax: 503/555-0178
§email: barbara.ng@westcoastgas.com


 - FERC_order_0612.pdf
 - comments_draft.doc
`, { card: true, name: 'Barbara Ng', title: 'Regulatory Affairs', company: 'West Coast Gas', phones: [['5550174', 'work'], ['5550178', 'fax']] });

P('misc8', 'modern', 'Omar Haddad <omar@haddadlabs.com>', `
Thanks for the feedback — updated build is on TestFlight now.

§Omar Haddad
§Founder & CEO · Haddad Labs
§haddadlabs.com · +1 (628) 555-0116
§
¿We're hiring! haddadlabs.com/careers
`, { card: true, name: 'Omar Haddad', title: 'Founder & CEO', company: 'Haddad Labs', phones: [['5550116', 'other']] }, true);

P('misc9', 'above-quote', 'Julia Becker <j.becker@beckerstahl.de>', `
Hallo Herr Wolff,

passt, danke!

Beste Grüße
¿Julia Becker

§Becker Stahlbau GmbH & Co. KG
§Einkauf
§Tel. +49 711 555 0162

-----Ursprüngliche Nachricht-----
Von: Thomas Wolff <t.wolff@wolff-logistik.de>
Gesendet: Montag, 8. Juni 2026 09:15
Betreff: Lieferung KW 25

Sehr geehrte Frau Becker, die Lieferung erfolgt Dienstag.

Thomas Wolff
Wolff Logistik
`, { card: true, name: 'Julia Becker', company: 'Becker Stahlbau', phones: [['5550162', 'work']] });

P('misc10', 'no-sig', 'Sanjay Gupta <sanjay.gupta@hotmail.com>', `
Hi uncle,

Reached Delhi safely. Will call tomorrow.

Regards
Sanjay
`, { card: false });

P('misc11', 'one-line', 'Tara Singh <tara@singhstudio.com>', `
New dates work. See you on the 12th!

§Tara Singh · Singh Studio · singhstudio.com
`, { card: true, name: 'Tara Singh', company: 'Singh Studio' });

P('misc12', 'links-social', 'Eli Rosen <eli@rosenpodcast.fm>', `
Thanks for coming on the show! The episode drops Tuesday.

Eli

¿--
§Eli Rosen
§Host, The Long Table podcast
§Listen: rosenpodcast.fm | Apple Podcasts | Spotify
§Twitter: @elirosen
`, { card: true, name: 'Eli Rosen', title: 'Host' }, true);

P('misc13', 'above-disclaimer', 'Hugo Martins <hugo.martins@atlasfreight.com>', `
Hi Linda,

Container MSKU 448120-3 is on the vessel; ETA Rotterdam June 22.

Kind regards / Met vriendelijke groet,

§Hugo Martins
§Ocean Freight Coordinator
§Atlas Freight B.V.
§Waalhaven Z.z. 44, 3089 JH Rotterdam
§T +31 10 555 0127

Please consider the environment before printing this e-mail.
All services are subject to the Dutch Forwarding Conditions (FENEX), latest version, filed at the courts of
Amsterdam, Rotterdam, Breda and Arnhem.
`, { card: true, name: 'Hugo Martins', title: 'Ocean Freight Coordinator', company: 'Atlas Freight', phones: [['5550127', 'work']], addr: 'Rotterdam' });

P('misc14', 'blank-inside', 'Wendy Clark <wclark@clarkdental.com>', `
Hi Mr. Jones,

This is a reminder of your cleaning on Friday at 9:30am.

Thank you,

§Wendy Clark

§Office Manager

§Clark Family Dental
§(309) 555-0118
`, { card: true, name: 'Wendy Clark', title: 'Office Manager', company: 'Clark Family Dental', phones: [['5550118', 'other']] });

P('misc15', 'two-column', 'Igor Petrov <igor@petrovtrans.ru>', `
Good day,

Trucks will be loaded 15.06.

§Igor Petrov          | ООО "ПетровТранс"
§Logistics Director   | Moscow, Leninsky pr. 30
§+7 495 555-01-38     | igor@petrovtrans.ru
`, { card: true, name: 'Igor Petrov', title: 'Logistics Director', phones: [['5550138', 'other']], email: 'igor@petrovtrans.ru' });

P('misc16', 'sig-dash', 'Nils Berg <nils@bergsoft.se>', `
Hi Anna,

Attached the logs.

¿-- 
§Nils Berg, Bergsoft AB
§Storgatan 5, 411 38 Göteborg
§070-555 01 66

> On 9 Jun 2026, Anna Lund wrote:
> Can you send the logs?
`, { card: true, name: 'Nils Berg', company: 'Bergsoft', phones: [['5550166', 'mobile']], addr: 'Göteborg' });

P('misc17', 'short', 'Darius Lee <darius@leeautobody.com>', `
Car's ready for pickup. Total is $1,240.

§Lee Auto Body
§(425) 555-0195
`, { card: true, company: 'Lee Auto Body', phones: [['5550195', 'other']] }, true);

P('misc18', 'no-sig', 'Grace Holm <grace.holm@icloud.com>', `
Happy birthday!!! 🎂 Hope you have the best day. Dinner Friday?

Love,
Grace
`, { card: false });

P('misc19', 'end', 'Theo Laurent <theo.laurent@quanta-capital.com>', `
Alex,

Thanks for the materials. We'll revert after IC on Monday.

Best,
Theo

§Théo Laurent | Partner
§Quanta Capital
§20 Grosvenor Street, London W1K 4QJ
§+44 20 5550 1122 | +44 7700 900 456
`, { card: true, name: 'Théo Laurent', title: 'Partner', company: 'Quanta Capital', phones: [['5501122', 'other'], ['0900456', 'other']], addr: 'London' });

P('misc20', 'end', 'Lindsey Park <lpark@parkevents.com>', `
Hi Jen,

Final headcount is 142. Vegetarian count is 18.

§Lindsey Park
§Event Director
§Park Events & Co.
§lpark@parkevents.com
§c. 720-555-0184
`, { card: true, name: 'Lindsey Park', title: 'Event Director', company: 'Park Events', phones: [['5550184', 'mobile']], email: 'lpark@parkevents.com' }, true);

P('misc21', 'body-contacts', 'Mia Johansson <mia.johansson@nordkraft.se>', `
Hej Lars,

For invoicing, please use:
Nordkraft AB
Att: Accounts Payable
Box 1190, 111 91 Stockholm
Org.nr 556677-8899

Tack,
Mia
`, { card: false });

P('misc22', 'rule', 'Neil Carver <neil.carver@carverwoodworks.com>', `
The table is finished — photos attached. Delivery can be next week.

Neil
¿~~~~~~~~~~~~~~~~~~~~~~~~~
§Carver Woodworks
§Handmade furniture since 1998
§Neil Carver · 207-555-0172
§carverwoodworks.com
¿~~~~~~~~~~~~~~~~~~~~~~~~~
`, { card: true, name: 'Neil Carver', company: 'Carver Woodworks', phones: [['5550172', 'other']] });

P('misc23', 'attachments', 'Paula Meyer <pmeyer@meyeraccounting.com>', `
Hi Rick,

Your 2025 return is ready for signature.

§Paula Meyer, EA
§Meyer Accounting Services
§(920) 555-0103

3 attachments
  Form1040_2025.pdf
  8879_sign.pdf
  invoice_0412.pdf
`, { card: true, name: 'Paula Meyer', company: 'Meyer Accounting', phones: [['5550103', 'other']] }, true);

P('misc24', 'modern', 'Ethan Wright <ethan.wright@clearpathhr.com>', `
Hi Sarah,

Following up on my note from last week — do you have 15 minutes Thursday?

Best,

§Ethan Wright
§Talent Acquisition Partner, ClearPath HR
§ethan.wright@clearpathhr.com
§Schedule a call: https://calendly.com/ethanwright

The content of this email is confidential and intended for the recipient specified in message only.
`, { card: true, name: 'Ethan Wright', title: 'Talent Acquisition Partner', company: 'ClearPath HR' });


// ---------------- a few more ----------------
P('x1', 'above-quote', 'Irene Walsh <iwalsh@walshpt.com>', `
Absolutely, 10am works.

Irene

§Irene Walsh, DPT
§Walsh Physical Therapy
§(603) 555-0153
§walshpt.com
________________________________________
From: Dave Boone <dboone@gmail.com>
Sent: Tuesday, June 9, 2026 8:01 PM
To: Irene Walsh
Subject: appointment

Can I come in at 10 tomorrow?
`, { card: true, name: 'Irene Walsh', company: 'Walsh Physical Therapy', phones: [['5550153', 'other']] });

P('x2', 'no-sig', 'Alan Frost <alan.frost@frostlab.org>', `
Alan Frost wrote a quick note:

The centrifuge is booked Mon-Wed. Sign up on the sheet at Room 214 if you need it after that.
`, { card: false });

P('x3', 'end', 'Rosa Jimenez <rosa@jimenezcatering.com>', `
Hola Carmen,

Menu finalized — see below.
- Appetizers: empanadas, ceviche
- Main: pollo asado
- Dessert: tres leches

Gracias,
Rosa

§Rosa Jiménez
§Owner & Chef
§Jiménez Catering
§(210) 555-0165
§jimenezcatering.com
`, { card: true, name: 'Rosa Jiménez', title: 'Owner & Chef', company: 'Jiménez Catering', phones: [['5550165', 'other']] });

P('x4', 'notes-2001', 'Kathy Lutz <klutz@plainsenergy.com>', `
John,

Attached please find the revised schedule.  Call me at x4471 with questions.

Kathy

§Kathy Lutz
§Plains Energy Services
§Houston, Texas
§713-555-0139 office
§713-555-0149 cell
`, { card: true, name: 'Kathy Lutz', company: 'Plains Energy', phones: [['5550139', 'work'], ['5550149', 'mobile']] });

P('x5', 'short', 'Gabe Romero <gabe@romerotile.com>', `
Tile arrives Thursday. I'll start Friday.

§Gabe Romero
§Romero Tile & Stone
`, { card: 'b', name: 'Gabe Romero', company: 'Romero Tile' });

P('x6', 'long', 'Victoria Hale <vhale@hale-ip.com>', `
Dear Mr. Brandt,

Please find enclosed our opinion regarding the '882 patent.

Very truly yours,

§Victoria A. Hale
§Partner
§Registered Patent Attorney
§HALE INTELLECTUAL PROPERTY LLP
§One Financial Plaza, 21st Floor
§Hartford, Connecticut 06103
§Direct Dial: (860) 555-0131
§Main: (860) 555-0100
§Facsimile: (860) 555-0101
§vhale@hale-ip.com | www.hale-ip.com
§Admitted in CT, NY and MA

PRIVILEGED & CONFIDENTIAL ATTORNEY-CLIENT COMMUNICATION. If you are not the intended recipient, do not read,
copy or distribute this message.
`, { card: true, name: 'Victoria A. Hale', title: 'Partner', company: 'Hale Intellectual Property', phones: [['5550131', 'work'], ['5550100', 'work'], ['5550101', 'fax']], email: 'vhale@hale-ip.com', addr: 'Hartford' });


// ---------------- grade ----------------
// sigBorderline marks probes whose block the engineer found debatable; their own grading never read it, so
// neither does this one (the "¿" lines are what it leaves out).
const norm = (t: string) => t.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9@.]+/g, ' ').trim();
const has = (got: string | undefined, want: string) => !!got && !/(https?:|www\.|\.(com|co|org|net|io|fm)\b|@)/i.test(got) && norm(got).includes(norm(want));

export type CardVerdict = 'pass' | 'fail' | 'borderline';

/** One probe graded: its signature lines (the verdict), what it adds to the line counts, and its card. */
export function grade(p: Probe): { outcome: ProbeOutcome; lines: FieldCounts; card: CardVerdict } {
  const raw = p.body.split('\n');
  const exp = new Set<number>(), border = new Set<number>();
  const text = raw.map((l, i) => {
    if (l.startsWith('§')) { if (l.slice(1).trim()) exp.add(i); return l.slice(1); }
    if (l.startsWith('¿')) { border.add(i); return l.slice(1); }
    return l;
  });
  const x = extractProbe(p.from, text.join('\n'));
  const got = new Set(x.signatureLines.filter((i) => text[i]?.trim() && !border.has(i)));
  const lines: FieldCounts = { tp: 0, fp: 0, fn: 0 };
  for (const i of got) exp.has(i) ? lines.tp++ : lines.fp++;
  for (const i of exp) if (!got.has(i)) lines.fn++;
  const sigOk = lines.fp === 0 && lines.fn === 0;
  const c = x.contact;
  const problems: string[] = [];
  if (p.exp.card === 'b') {
    // borderline card: counted apart whatever it gives
  } else if (p.exp.card === false) { if (c) problems.push(`unexpected card ${JSON.stringify({ n: c.fullName?.value, co: c.company?.value, ph: c.phones.map((q) => q.value.value) })}`); }
  else if (!c) problems.push(`no card (parsed=${x.parsed ? 'yes' : 'no'}, gate=${x.gate.personal}/${x.gate.reason ?? ''}, evidence=${x.evidence?.enough})`);
  else {
    const e = p.exp;
    if (e.name && !has(c.fullName?.value, e.name)) problems.push(`name want "${e.name}" got "${c.fullName?.value}"`);
    if (e.title && !has(c.jobTitle?.value, e.title)) problems.push(`title want "${e.title}" got "${c.jobTitle?.value}"`);
    if (e.company && !has(c.company?.value, e.company)) problems.push(`company want "${e.company}" got "${c.company?.value}"`);
    if (e.email && norm(c.email?.value ?? '') !== norm(e.email)) problems.push(`email want ${e.email} got ${c.email?.value}`);
    if (e.addr && !has(c.address?.value, e.addr)) problems.push(`addr want ~"${e.addr}" got "${c.address?.value}"`);
    for (const [d, ty] of e.phones ?? []) {
      const m = c.phones.find((q) => digits(q.value.value).includes(d));
      if (!m) problems.push(`phone ${d} missing`);
      else if (ty !== 'other' && m.value.type !== ty) problems.push(`phone ${d} type want ${ty} got ${m.value.type}`);
    }
    const wantDigits = (e.phones ?? []).map(([d]) => d);
    for (const q of c.phones) if (!wantDigits.some((d) => digits(q.value.value).includes(d))) problems.push(`extra phone ${q.value.value} (${q.value.type})`);
  }
  const card: CardVerdict = p.exp.card === 'b' ? 'borderline' : problems.length ? 'fail' : 'pass';
  const show = (s: Iterable<number>) => [...s].sort((a, b) => a - b).join(',') || '-';
  const sigWhy = sigOk ? [] : [`signature lines expected ${show(exp)}, got ${show(got)} (borderline ${show(border)})`];
  const cardWhy = problems.length ? [`card: ${problems.join('; ')}`] : [];
  return { outcome: { verdict: sigOk ? 'pass' : 'fail', weak: false, reasons: [...sigWhy, ...cardWhy] }, lines, card };
}

/** Its report's line counts over every probe, and its card tally. */
export function lineAndCardTotals(all: Probe[] = probes): { lines: FieldCounts; cards: Record<CardVerdict, number> } {
  let lines: FieldCounts = { tp: 0, fp: 0, fn: 0 };
  const cards: Record<CardVerdict, number> = { pass: 0, fail: 0, borderline: 0 };
  for (const p of all) {
    const g = grade(p);
    lines = addCounts(lines, g.lines);
    cards[g.card]++;
  }
  return { lines, cards };
}

export const ROUND_6: ProbeSet<Probe> = {
  name: 'round 6',
  grades: [],
  probes,
  classOf: (p) => p.cls,
  check: (p) => grade(p).outcome,
};
