/**
 * Round 4 of the invented-mail probes (issue 15): 121 messages aimed at false cards, in six classes — A press
 * releases, news and research notes, B forwards with no recognisable header, C auto-replies and workflow mail,
 * D mailing lists and trackers, E marketing and transactional mail (all of these should give no card), F
 * near-misses that should give the sender's card. Messages and expectations are copied unchanged from the
 * engineer's probe; only the import path and the runner (now bench/probes.ts) changed. Borderline: a probe the
 * engineer marked borderline, or one where no card is as fine as the expected card (orNone); it counts as
 * borderline whichever it gives, and its reasons say when it differs from the engineer's lean. An orNone probe
 * whose card is wrong still fails.
 */
import { extractProbe, type ProbeOutcome, type ProbeSet } from './probe-kit';

interface Expect {
  name: string;
  title?: string;
  company?: string;
  /** phone digits that must appear (last 4 digits suffice), optionally with type */
  phones?: { digits: string; type?: string }[];
}
export interface Case {
  id: string;
  cls: string;
  from: string;
  body: string;
  /** null = no card */
  expect: Expect | null;
  borderline?: string;
  /** borderline where both no card and the expected card are fine; a card that does not match is still a FAIL */
  orNone?: boolean;
  note?: string;
}

const C: Case[] = [];
const add = (c: Case) => C.push(c);

// ───────────────────────── A: press releases, news, research, conference programmes (NO card) ─────────────────────────
add({ id: 'A1', cls: 'A-press/news', from: 'Kathleen Brandt <kbrandt@solvarapower.com>', expect: null,
  note: 'pasted press release with media contact of another person',
  body: `FOR IMMEDIATE RELEASE

SOLVARA POWER COMPLETES ACQUISITION OF TRI-COUNTY GAS STORAGE

HOUSTON, March 14, 2001 -- Solvara Power Corp. (NYSE: SVP) today announced that it has completed
its acquisition of Tri-County Gas Storage LLC for $212 million in cash and assumed debt. The
transaction adds 18 Bcf of working gas capacity to the company's Gulf Coast portfolio.

"This acquisition strengthens our midstream position," said Ronald Ebert, chairman and CEO.

About Solvara Power
Solvara Power Corp. is an integrated energy company headquartered in Houston, Texas.

Media contact:
Denise Carrow
Director, Corporate Communications
Solvara Power Corp.
(713) 346-2290
dcarrow@solvarapower.com

Investor contact:
Martin Yee
(713) 346-2218`});

add({ id: 'A2', cls: 'A-press/news', from: 'Tom Ridley <tridley@gmail.com>', expect: null,
  note: 'FYI + pasted Reuters article with byline',
  body: `thought you'd want to see this

Utilities brace for summer price spikes
By Jane Okafor

SACRAMENTO, Calif., May 2 (Reuters) - California's largest utilities warned on Wednesday that
wholesale power prices could triple this summer if the state's reserve margins fall below 5 percent.

"We are looking at a very tight market," said Alan Merced, a spokesman for the Independent
System Operator.

Reporting by Jane Okafor; Editing by Phil Sands
Jane Okafor, Reuters
+1 415 677 2541
jane.okafor@reuters.example.com`});

add({ id: 'A3', cls: 'A-press/news', from: 'Greg Havel <greg.havel@northfieldcap.com>', expect: null,
  note: 'research note with analyst contact list; sender just forwards the morning note text',
  body: `Morning note below.

NORTHFIELD CAPITAL EQUITY RESEARCH -- UTILITIES
Rating changes: KXP upgraded to BUY (target $46), LMR downgraded to HOLD.

Ticker   Price   Target   Rating
KXP      38.20   46.00    BUY
LMR      22.75   23.00    HOLD
OVN      51.10   58.00    BUY

Analysts
Priya Raman, CFA        (212) 857-4410   priya.raman@northfieldcap.com
Daniel Osei             (212) 857-4423   daniel.osei@northfieldcap.com
Laura Kim, Associate    (212) 857-4431   laura.kim@northfieldcap.com`});

add({ id: 'A4', cls: 'A-press/news', from: 'Ines Carvalho <ines@techweek-lisboa.pt>', expect: null,
  note: 'conference programme with speaker bios (single person sending)',
  body: `Dear all,

Please find the programme for Thursday below.

09:30  Keynote: Scaling payments in Southern Europe
       Mark Lindqvist, CTO, Brightledger AB
       Mark has led engineering at Brightledger since 2016. Before that he was at Klarna.

11:00  Panel: Open banking two years on
       Sofia Marques, Head of Product, Banco Atlântico
       +351 21 340 5521

14:00  Workshop: Fraud models
       Dr. Henrik Aas, Principal Scientist, Nordbank
       henrik.aas@nordbank.example

See you there!`});

add({ id: 'A5', cls: 'A-press/news', from: 'Petra Vogel <petra.vogel@t-online.de>', expect: null,
  note: 'German press release pasted, Pressekontakt block',
  body: `Zur Info, siehe unten.

PRESSEMITTEILUNG

Mainova Solar GmbH eröffnet neues Werk in Leipzig

Leipzig, 12. Februar 2024 – Die Mainova Solar GmbH hat heute ihr neues Modulwerk in Leipzig
eröffnet. Rund 240 neue Arbeitsplätze entstehen.

Pressekontakt:
Dr. Sabine Lorenz
Leiterin Unternehmenskommunikation
Mainova Solar GmbH
Tel. +49 341 2289 410
presse@mainova-solar.example`});

add({ id: 'A6', cls: 'A-press/news', from: 'Jean-Luc Barre <jlbarre@orange.fr>', expect: null,
  note: 'French pasted news article with byline and table',
  body: `Regarde ça, c'est pour ton dossier.

Le marché de l'électricité sous tension
Par Claire Dumont, Les Échos

Les prix de gros de l'électricité ont bondi de 40 % en un mois.

Pays        Prix (€/MWh)   Variation
France      142            +38 %
Allemagne   131            +41 %
Espagne     118            +29 %

Claire Dumont
Journaliste, service Économie
01 49 53 65 65`});

add({ id: 'A7', cls: 'A-press/news', from: 'Media Relations <mediarelations@arcturusbio.com>', expect: null,
  note: 'press release from a department sender',
  body: `Arcturus Bio Announces Positive Phase 2 Results for ARC-114

CAMBRIDGE, Mass., Oct. 3, 2023 -- Arcturus Bio, Inc. (Nasdaq: ARCB) today announced topline results.

Contacts
Media: Rebecca Holt, +1 617 555 0190, rholt@arcturusbio.com
Investors: Sam Ferreira, +1 617 555 0177`});

add({ id: 'A8', cls: 'A-press/news', from: 'Lucy Harrow <lucy.harrow@gmail.com>', expect: null,
  note: 'pasted wire story with "Contact:" block at the end, no FYI line',
  body: `Acme Widgets names new CFO

DALLAS, June 4, 2001 /PRNewswire/ -- Acme Widgets Inc. today named Harold Quist chief financial
officer, effective July 1. Quist joins from Trinity Steel, where he was treasurer.

CONTACT: Beverly Stone of Acme Widgets, 214-672-3381

/CONTACT: Beverly Stone of Acme Widgets, 214-672-3381/
(ACMW)`});

add({ id: 'A9', cls: 'A-press/news', from: 'Hiroshi Tanaka <h.tanaka@nikko-trading.co.jp>', expect: null,
  note: 'Japanese press release pasted, お問い合わせ先 block of PR dept',
  body: `ご参考までに、本日のプレスリリースを転送します。

報道関係各位
2024年4月1日
日光トレーディング株式会社

新物流センター開設のお知らせ

当社は、大阪府堺市に新物流センターを開設いたしました。

【本件に関するお問い合わせ先】
日光トレーディング株式会社 広報部
担当：佐藤 美咲
TEL：06-6201-3345
E-mail：pr@nikko-trading.co.jp`});

add({ id: 'A10', cls: 'A-press/news', from: 'Rick Summers <rsummers@enrgx.com>', expect: null,
  note: 'Enron-era clip service digest pasted, several bylines',
  body: `Today's clips:

ENERGY NEWS CLIPS -- Wednesday, April 18, 2001

1. Calif. Senate passes power bill
   By Dan Morain, Los Angeles Times

2. Gas prices ease at Henry Hub
   By Kristen Hays, Associated Press

3. PG&E creditors meet
   By Rebecca Smith, Wall Street Journal
   (415) 765-8240

Compiled by Corporate Communications, ext. 3-9564`});

// ───────────────────────── B: forwards with no recognisable header (NO card for sender) ─────────────────────────
add({ id: 'B1', cls: 'B-forwards', from: 'Mark Dunlop <mdunlop@harborview.com>', expect: null,
  note: 'FYI, then Outlook header block without separator, forwarded person signature',
  body: `FYI

From: Angela Ruiz
Sent: Tuesday, March 06, 2001 9:14 AM
To: Mark Dunlop
Subject: Lease renewal

Mark, the landlord signed. Copies on your desk Thursday.

Angela Ruiz
Senior Paralegal
Harborview Legal Group
(206) 448-3019`});

add({ id: 'B2', cls: 'B-forwards', from: 'Mark Dunlop <mdunlop@harborview.com>', expect: null,
  note: 'empty forward; pasted text (no header at all) ending in another person\'s signature',
  body: `

Angela,

the landlord signed the renewal yesterday. I'll send copies Thursday.

Regards,
Victor Hale
Property Manager
Westlake Realty Partners
Tel (206) 623-7781
Fax (206) 623-7790`});

add({ id: 'B3', cls: 'B-forwards', from: 'Sandra Lee <sandra.lee@icloud.com>', expect: null,
  note: 'Apple Mail "Begin forwarded message:" variant lowercase and without colon',
  body: `See below

Begin forwarded message

From: "Kevin Marsh" <kmarsh@brightpath.io>
Date: 3 May 2024 at 10:22:31 BST
To: Sandra Lee <sandra.lee@icloud.com>
Subject: Re: intro

Happy to chat next week.

Kevin Marsh
Head of Partnerships | BrightPath
+44 7700 912345`});

add({ id: 'B4', cls: 'B-forwards', from: 'Paul Gentry <pgentry@gentrylaw.com>', expect: null,
  note: 'inline forward with only "> " quoting and no attribution; quoted part carries other person sig',
  body: `FYI - see what opposing counsel says.

> Paul,
> We will not agree to an extension.
> Regards,
> Diane Whitcomb
> Whitcomb & Hale LLP
> 555 Fifth Avenue, New York, NY 10017
> (212) 986-4410`});

add({ id: 'B5', cls: 'B-forwards', from: 'Claudia Becker <c.becker@firma-becker.de>', expect: null,
  note: 'German forward with "-------- Weitergeleitete Nachricht --------" having only 8 dashes (Thunderbird)',
  body: `zur Kenntnis

-------- Weitergeleitete Nachricht --------
Betreff: Angebot
Datum: Mon, 4 Mar 2024 10:12:01 +0100
Von: Jürgen Haas <j.haas@haas-metall.de>
An: Claudia Becker <c.becker@firma-becker.de>

Sehr geehrte Frau Becker,
anbei unser Angebot.

Mit freundlichen Grüßen
Jürgen Haas
Vertriebsleiter
Haas Metallbau GmbH
Tel. +49 711 9876 540`});

add({ id: 'B6', cls: 'B-forwards', from: 'Nina Patel <npatel@orbitalhealth.com>', expect: null,
  note: 'Outlook forward whose header is "From: X <a@b>" on one line then "Sent:" (mobile Outlook) but preceded by "________________________________" omitted; signature of forwarded person',
  body: `Forwarding for visibility.
Get Outlook for iOS
From: Brian Cole <bcole@medline-partners.com>
Sent: Friday, June 7, 2024 4:02 PM
To: Nina Patel <npatel@orbitalhealth.com>
Subject: Pricing

Nina, attached is the revised pricing.

Brian Cole
Regional Account Executive
Medline Partners
Mobile: (312) 555-0143`});

add({ id: 'B7', cls: 'B-forwards', from: 'Oscar Lindgren <oscar.lindgren@telia.se>', expect: null,
  note: 'Swedish forward header "Från: ... Skickat: ..." without separator',
  body: `Kolla detta.

Från: Eva Sjöberg <eva.sjoberg@nordkraft.se>
Skickat: den 4 mars 2024 10:12
Till: Oscar Lindgren <oscar.lindgren@telia.se>
Ämne: Offert

Hej Oscar, här är offerten.

Med vänliga hälsningar
Eva Sjöberg
Inköpschef, Nordkraft AB
+46 8 123 456 78`});

add({ id: 'B8', cls: 'B-forwards', from: 'Alan Brooks <abrooks@aol.com>', expect: null,
  note: 'forward with header block broken: "-----Forwarded Message-----" (AOL style) not in SEPARATORS',
  body: `look at this guy's offer

-----Forwarded Message-----
From: Steve Marino <smarino@marinomotors.com>
To: abrooks@aol.com
Subject: your trade-in

Alan, we can do $8,400 for the trade.

Steve Marino
Sales Manager
Marino Motors
(973) 742-6610`});

add({ id: 'B9', cls: 'B-forwards', from: 'Helen Zhou <helen.zhou@gmail.com>', expect: null,
  note: 'pasted vCard-ish contact of someone else with "here is his info" sentence',
  body: `Here's the plumber's info my neighbour recommended:

Dave Kowalski
Kowalski Plumbing & Heating
Licensed Master Plumber
(508) 872-4410
dave@kowalskiplumbing.com`});

add({ id: 'B10', cls: 'B-forwards', from: 'Rosa Jimenez <rjimenez@constructora-sol.es>', expect: null,
  note: 'Spanish "Mensaje reenviado" with only two dashes (Outlook web style) plus De:/Enviado:',
  body: `Para tu información.

De: Andrés Molina <amolina@ferrovial-obras.es>
Enviado: lunes, 4 de marzo de 2024 10:12
Para: Rosa Jimenez
Asunto: Planos

Hola Rosa, adjunto los planos.

Un saludo,
Andrés Molina
Jefe de Obra
Ferrovial Obras S.A.
Tel. +34 915 86 25 00`});

// ───────────────────────── C: auto-replies, calendar, DSN, voicemail, fax, workflow, tickets ─────────────────────────
add({ id: 'C1', cls: 'C-auto/workflow', from: 'Laura Benson <lbenson@pinecrestins.com>', expect: null,
  note: 'out-of-office naming a colleague with phone',
  body: `I am out of the office until Monday, July 15 with limited access to e-mail.

For urgent matters please contact Michael Torres at (614) 228-5510 or mtorres@pinecrestins.com.

Michael Torres
Claims Supervisor
Pinecrest Insurance
(614) 228-5510`});

add({ id: 'C2', orNone: true, cls: 'C-auto/workflow', from: 'Laura Benson <lbenson@pinecrestins.com>', expect: { name: 'Laura Benson', title: 'Underwriter', company: 'Pinecrest' },
  borderline: 'OOO carrying the sender own full signature: a card is correct about the person, but users may see OOO as automated',
  body: `Thank you for your message. I am out of the office until July 15 and will reply on my return.

Laura Benson
Senior Underwriter
Pinecrest Insurance Company
(614) 228-5544`});

add({ id: 'C3', cls: 'C-auto/workflow', from: 'Jeff Skerritt <jskerritt@enronx.com>', expect: null,
  note: 'calendar accept',
  body: `Accepted: Budget review
When: Wednesday, April 11, 2001 2:00 PM-3:00 PM (GMT-06:00) Central Time (US & Canada).
Where: EB 3321

*~*~*~*~*~*~*~*~*~*`});

add({ id: 'C4', cls: 'C-auto/workflow', from: 'Maria Gonzales <mgonzales@vertexlabs.com>', expect: null,
  note: 'Google Calendar invitation with organizer dial-in phone numbers',
  body: `Maria Gonzales has invited you to: Q3 planning
Thursday Jul 18, 2024 10am – 11am (EDT)

Join with Google Meet
meet.google.com/abc-defg-hij

Join by phone
(US) +1 929-205-6099 PIN: 431 552 901#

Organizer
Maria Gonzales
mgonzales@vertexlabs.com

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.`});

add({ id: 'C5', cls: 'C-auto/workflow', from: 'Mail Delivery System <MAILER-DAEMON@mx1.northwind.com>', expect: null,
  note: 'DSN',
  body: `This is the mail system at host mx1.northwind.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<j.fox@oldcompany.com>: host mx.oldcompany.com[203.0.113.5] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

Reporting-MTA: dns; mx1.northwind.com
Arrival-Date: Tue, 4 Jun 2024 10:12:44 +0000`});

add({ id: 'C6', cls: 'C-auto/workflow', from: 'Voicemail <vm@pbx.greenleafdental.com>', expect: null,
  note: 'voicemail-to-email with caller phone',
  body: `You have a new voice message.

From: DR OFFICE (480) 839-2211
Received: 06/04/2024 10:12 AM
Length: 0:42
Mailbox: 214 - Front Desk

Transcription: "Hi this is Karen from Dr. Patel's office calling to confirm Tuesday..."`});

add({ id: 'C7', cls: 'C-auto/workflow', from: 'Fax Server <fax@ricoh-mfp.millerco.com>', expect: null,
  note: 'fax-to-email',
  body: `Fax received from: 312 427 8800
Sender CSID: KELLER SUPPLY CO
Pages: 3
Received: 2001-02-06 14:22

Keller Supply Co.
1440 W. Fulton St, Chicago, IL 60607
Phone 312-427-8800  Fax 312-427-8801`});

add({ id: 'C8', cls: 'C-auto/workflow', from: 'Dana Whitfield via DocuSign <dse@docusign.net>', expect: null,
  note: 'e-signature request, person in display name',
  body: `Dana Whitfield sent you a document to review and sign.

REVIEW DOCUMENT

Dana Whitfield
dwhitfield@crestlinerealty.com

Please sign the lease at your earliest convenience.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.`});

add({ id: 'C9', cls: 'C-auto/workflow', from: 'Concur <AutoNotification@concursolutions.com>', expect: null,
  note: 'expense approval workflow',
  body: `Expense Report Approval Request

Employee: Thomas Greer
Report Name: NYC client trip
Amount: $1,842.17
Approver: Linda Sato

Thomas Greer
Sr. Consultant, Advisory
(646) 471-2290`});

add({ id: 'C10', cls: 'C-auto/workflow', from: 'Raj Iyer <raj.iyer@globexcorp.com>', expect: null,
  note: 'ServiceNow-ish ticket update sent "on behalf of" a person with helpdesk phone list',
  body: `Incident INC0042211 has been updated.

Short description: Laptop will not boot
State: In Progress
Assigned to: Raj Iyer

Comments:
Reimaging scheduled for 3pm.

IT Service Desk
Globex Corporation
Americas: +1 (800) 555-0134
EMEA: +44 20 7946 0011
APAC: +65 6123 4567`});

add({ id: 'C11', cls: 'C-auto/workflow', from: 'IT Security <itsec@halvorsen.no>', expect: null,
  note: 'password expiry',
  body: `Your network password will expire in 5 days.

To change your password, press Ctrl+Alt+Del and choose "Change a password".

Halvorsen IT Service Desk
Tlf: +47 22 33 44 55
servicedesk@halvorsen.no`});

add({ id: 'C12', cls: 'C-auto/workflow', from: 'Brenda Kline <bkline@enronx.com>', expect: null,
  note: 'Lotus Notes-style read receipt, 2001',
  body: `Your message

  To:      Brenda Kline/HOU/ECT@ECT
  Subject: Gas nominations for 3/1

was read on 02/28/2001 04:12:33 PM.`});

add({ id: 'C13', cls: 'C-auto/workflow', from: 'Frank Ortiz <fortiz@meridiantitle.com>', expect: null,
  note: 'Spanish auto-reply naming a colleague',
  body: `Estaré fuera de la oficina hasta el 2 de septiembre.
Para asuntos urgentes, por favor contacte a:

Lucía Ferrer
Coordinadora de Cierres
Meridian Title
Tel. (305) 372-8810`});

add({ id: 'C14', cls: 'C-auto/workflow', from: 'Workday <workday@myworkday.com>', expect: null,
  note: 'HR approval workflow from a shared sender',
  body: `Action required: Time Off Request

Worker: Anika Schultz
Type: Vacation
Dates: 08/12/2024 - 08/16/2024

Anika Schultz
Marketing Manager
+1 503 555 0167`});

add({ id: 'C15', cls: 'C-auto/workflow', from: 'Kevin Yates <kyates@summitbank.com>', expect: null,
  note: 'calendar decline with note, no signature (just name from Outlook)',
  body: `Declined: Loan committee
When: Friday, March 9, 2001 10:00 AM-11:00 AM (GMT-05:00) Eastern Time.
Where: 12th floor boardroom

Sorry, I will be at the Dallas closing.`});

// ───────────────────────── D: mailing-list posts, digests, trackers ─────────────────────────
add({ id: 'D1', cls: 'D-lists', from: 'Wei Zhang <wzhang@gmail.com>', expect: null,
  note: 'Google Groups post, no personal signature; group footer',
  body: `Has anyone had luck getting the ESP32 deep sleep under 10uA with the RTC on?

Wei

--
You received this message because you are subscribed to the Google Groups "esp-hackers" group.
To unsubscribe from this group and stop receiving emails from it, send an email to esp-hackers+unsubscribe@googlegroups.com.
To view this discussion on the web visit https://groups.google.com/d/msgid/esp-hackers/abc123.`});

add({ id: 'D2', cls: 'D-lists', from: 'gardening-digest <gardening@yahoogroups.com>', expect: null,
  note: 'Yahoo Groups digest with posters, phone in a message',
  body: `Messages In This Digest (3 Messages)

1. Tomato blight
   From: Ruth Anders
2. Seed swap Saturday
   From: Bill Tanner
3. Re: compost bins
   From: Mary Oakes

Message: 2
Date: Sat, 3 Mar 2001 10:12:44 -0000
From: "Bill Tanner" <btanner@yahoo.com>
Subject: Seed swap Saturday

Bring your extras to the library at 10. Call me if lost.
Bill Tanner
(802) 763-2290

Yahoo! Groups Links
To unsubscribe from this group, send an email to: gardening-unsubscribe@yahoogroups.com`});

add({ id: 'D3', orNone: true, cls: 'D-lists', from: 'Ole Nygaard <ole@nygaard.dk>', expect: { name: 'Ole Nygaard' },
  borderline: 'person posts to Mailman list with a real signature above the footer: the card is right about the person; product rule says no card on list text',
  body: `The patch looks fine to me, but please add a test for the empty-string case.

Ole Nygaard
Senior Developer, Nygaard Data ApS
+45 33 12 45 78

_______________________________________________
pgsql-users mailing list
pgsql-users@lists.example.org
https://lists.example.org/mailman/listinfo/pgsql-users`});

add({ id: 'D4', cls: 'D-lists', from: 'LISTSERV digest <LISTSERV@LISTS.STATEU.EDU>', expect: null,
  note: 'LISTSERV digest: Date/From/Subject per message, one signature inside',
  body: `There are 2 messages totalling 48 lines in this issue.

Topics of the day:
  1. Call for papers: Regional Hydrology Workshop
  2. Position available

----------------------------------------------------------------------

Date:    Mon, 5 Feb 2001 09:14:22 -0600
From:    Carla Nuñez <cnunez@hydro.stateu.edu>
Subject: Position available

We are hiring a postdoc in groundwater modelling.

Carla Nuñez, PhD
Associate Professor
Department of Geosciences, State University
(512) 471-3302`});

add({ id: 'D5', cls: 'D-lists', from: 'Ayesha Malik <notifications@github.com>', expect: null,
  note: 'GitHub notification from person-named display with an issue body that pastes a signature',
  body: `We hit this too in production. Stack trace attached.

Ayesha Malik
Staff Engineer, Quantix
+1 (415) 555-0182

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you are subscribed to this thread.`});

add({ id: 'D6', cls: 'D-lists', from: 'Ayesha Malik <ayesha.malik@quantix.io>', expect: null,
  note: 'GitHub-style notification text but sender is person address (relay/forward) — no list headers',
  body: `@jmorris commented on this pull request.

In src/parser.ts:

> +  const trimmed = line.trim();

Should this also strip the BOM?

—
Reply to this email directly, view it on GitHub.`});

add({ id: 'D7', cls: 'D-lists', from: 'Jira <jira@acme-corp.atlassian.net>', expect: null,
  note: 'Jira notification with comment containing signature',
  body: `Peter Chang commented on PROJ-1123: Export fails for large files

Confirmed on 4.2.1. Workaround: split the export.

Peter Chang
QA Lead | Acme Corp
+1 206 555 0148

This message was sent by Atlassian Jira (v9.4.1#940001-sha1:abc123)`});

add({ id: 'D8', cls: 'D-lists', from: 'Bugzilla Daemon <bugzilla-daemon@bugs.example.org>', expect: null,
  note: 'Bugzilla mail',
  body: `https://bugs.example.org/show_bug.cgi?id=88123

Simon Keller <skeller@example.org> changed:

           What    |Removed                     |Added
----------------------------------------------------------------------------
             Status|NEW                         |ASSIGNED

--- Comment #3 from Simon Keller <skeller@example.org> ---
I can reproduce on Fedora 39.

--
You are receiving this mail because:
You are watching all bug changes.`});

add({ id: 'D9', cls: 'D-lists', from: 'GitLab <gitlab@git.company.example>', expect: null,
  note: 'GitLab MR notification',
  body: `Marta Silva commented on merge request !482

Marta Silva
Backend Lead
Empresa Exemplo Lda
+351 912 345 678

Reply to this email directly or view it on GitLab.
You're receiving this email because of your account on git.company.example.`});

add({ id: 'D10', cls: 'D-lists', from: 'Robert Frey <rfrey@freyconsult.ch>', expect: null,
  note: 'list post quoting someone, and a list footer WITHOUT "-- ", person signs with name only',
  body: `Agreed with Hans. We should move the meeting to Zurich.

Robert
To unsubscribe from the SWISS-ENERGY list, send a message to listserv@lists.example.ch with UNSUBSCRIBE SWISS-ENERGY in the body.
Hans Meier, Axpo Trading AG, +41 56 200 31 11`});

add({ id: 'D11', cls: 'D-lists', from: 'Yahoo Groups <notify@yahoogroups.com>', expect: null,
  note: 'Yahoo Groups "new message" with poster details',
  body: `Posted by: "Janet Oduya" janet_oduya@yahoo.com

Anyone selling a used kiln? Call me 919-362-4471.

Janet Oduya
Oduya Pottery
Apex, NC

Reply via web post | Reply to sender | Start a new topic`});

add({ id: 'D12', cls: 'D-lists', from: 'Stefan Wolf <stefan.wolf@gmx.de>', expect: null,
  note: 'digest-like text forwarded by a person with no list headers (Mailman digest without "-- ")',
  body: `Heute erhalten:

Send Linux-de mailing list submissions to
	linux-de@lists.example.de

Today's Topics:
   1. Re: Kernel 6.8 Probleme (Klaus Berger)

Message: 1
Date: Mon, 4 Mar 2024 10:12:01 +0100
From: Klaus Berger <kberger@posteo.de>
Subject: Re: Kernel 6.8 Probleme

Bei mir läuft es.

Klaus Berger
Systemadministrator
Berger IT-Service
Tel. 0621 4389 221`});

// ───────────────────────── E: marketing, receipts, shipping, travel, tickets, banks ─────────────────────────
add({ id: 'E1', cls: 'E-marketing/transact', from: 'Jake Morrison <jake.morrison@leadflowhq.com>', expect: null,
  note: 'sales sequence from a person with unsubscribe',
  body: `Hi there,

Quick question: is pipeline visibility a priority for your team this quarter?

LeadFlow helps sales teams like yours book 30% more meetings.

Worth a 15-minute chat?

Jake Morrison
Account Executive | LeadFlow
(415) 890-2231

If you don't want to hear from me again, just reply "no thanks" or click here to unsubscribe.`});

add({ id: 'E2', orNone: true, cls: 'E-marketing/transact', from: 'Jake Morrison <jake.morrison@leadflowhq.com>', expect: { name: 'Jake Morrison', company: 'LeadFlow' },
  note: 'sales sequence with opt-out phrased unusually ("Not interested? Let me know" + tracking pixel text)',
  body: `Hi Sam,

Following up on my last note -- did you get a chance to look at the deck?

Cheers,
Jake Morrison
Account Executive | LeadFlow
(415) 890-2231
LeadFlow Inc., 301 Howard St, San Francisco, CA 94105

Not interested? Reply STOP and I'll remove you from my list.`,
  borderline: 'cold sales mail signed by a real person: card is correct about the person; issue counts it as marketing'});

add({ id: 'E3', cls: 'E-marketing/transact', from: 'Olivia Grant <olivia@webinars.cloudpeak.io>', expect: null,
  note: 'webinar invitation from a person',
  body: `You're invited: Zero-trust networking in 45 minutes

Thursday, June 20 | 11:00 AM PT

REGISTER NOW

Speakers:
Olivia Grant, Director of Product Marketing, CloudPeak
Dr. Ethan Ward, Principal Architect, CloudPeak

CloudPeak, Inc. | 500 Terry Francois Blvd, San Francisco, CA 94158
Manage your email preferences | Unsubscribe`});

add({ id: 'E4', cls: 'E-marketing/transact', from: 'Amazon.com <auto-confirm@amazon.com>', expect: null,
  note: 'order receipt',
  body: `Hello Chris,

Thank you for shopping with us. Your order #112-4456789-1234567 has been placed.

Order Total: $54.98

Ship to:
Chris Palmer
44 Elm Street
Concord, MA 01742`});

add({ id: 'E5', cls: 'E-marketing/transact', from: 'Greenfield Utilities <billing@greenfieldutil.com>', expect: null,
  note: 'utility bill notice',
  body: `Your May statement is ready.

Account number: 4410-22981-07
Amount due: $132.40
Due date: 06/21/2024

Questions? Call Customer Care at 1-800-555-0199, Monday-Friday 7am-7pm.

Greenfield Utilities
PO Box 1200, Springfield, IL 62705`});

add({ id: 'E6', orNone: true, cls: 'E-marketing/transact', from: 'Sarah Kim <sarah.kim@invoices.freshbooks.example>', expect: { name: 'Sarah Kim' },
  note: 'invoice sent via a tool on behalf of a person (business card of freelancer in the invoice)',
  body: `Sarah Kim sent you an invoice (#0042) for $2,400.00 USD that's due on July 1, 2024.

View Invoice

Sarah Kim Design
sarah@sarahkimdesign.com
+1 (503) 555-0111
1220 SE Hawthorne Blvd, Portland, OR 97214

Powered by FreshBooks`,
  borderline: 'freelancer invoice: the details are the sender\'s business, a card is arguably wanted'});

add({ id: 'E7', cls: 'E-marketing/transact', from: 'UPS <pkginfo@ups.com>', expect: null,
  note: 'shipping notice',
  body: `Your package is on the way.

Tracking Number: 1Z 999 AA1 01 2345 6784
Scheduled Delivery: Thursday, 06/06/2024

Shipper: Keller Supply Co
1440 W Fulton St
Chicago, IL 60607`});

add({ id: 'E8', cls: 'E-marketing/transact', from: 'Deborah Lang <dlang@travelwise.com>', expect: null,
  note: 'travel agent itinerary (2001) with airline phone list, no personal sig',
  body: `ITINERARY FOR: SKILLING/JEFFREY

SALES PERSON: DL         ITINERARY NUMBER: 0Q7H2K

TUE 17APR   CONTINENTAL AIRLINES   FLT:1520   ECONOMY
            LV: HOUSTON/INTERCONT      1000A
            AR: NEWARK                  205P
HOTEL       17APR  MARRIOTT NEWARK AIRPORT
            TELEPHONE: 973-623-0006

CONTINENTAL RESERVATIONS: 800-525-0280
TRAVELWISE AFTER HOURS: 713-860-2245`});

add({ id: 'E9', cls: 'E-marketing/transact', from: 'Ticketmaster <customer_support@ticketmaster.com>', expect: null,
  note: 'event ticket',
  body: `You got the tickets!

Order # 12-34567/LA1
Event: The National — Hollywood Bowl
Sat, Sep 14, 2024 7:30 PM

Venue:
Hollywood Bowl
2301 N Highland Ave, Los Angeles, CA 90068
(323) 850-2000`});

add({ id: 'E10', cls: 'E-marketing/transact', from: 'Tomás Rivera <trivera@bancopacifico.com.mx>', expect: null,
  note: 'bank notice from relationship-manager address, mostly boilerplate',
  body: `Estimado cliente:

Le informamos que a partir del 1 de julio cambiarán las comisiones por transferencias internacionales.

Atentamente,
Banco Pacífico
Banca Empresarial
Tel. 55 5140 2200
Este es un mensaje automático, por favor no responda a este correo.`});

add({ id: 'E11', cls: 'E-marketing/transact', from: 'Hannah Roth <hannah@roth-immobilien.de>', expect: null,
  note: 'real-estate newsletter from person with "abmelden"',
  body: `Neue Objekte im März

3-Zimmer-Wohnung in Schwabing, 89 m², 1.250 € kalt
Reihenhaus in Pasing, 132 m², 890.000 €

Hannah Roth
Immobilienmaklerin
Roth Immobilien GmbH
Tel. +49 89 2190 4471

Wenn Sie diesen Newsletter nicht mehr erhalten möchten, können Sie sich hier abmelden.`});

add({ id: 'E12', cls: 'E-marketing/transact', from: 'Lyft <no-reply@lyftmail.com>', expect: null,
  note: 'ride receipt with driver name',
  body: `Thanks for riding with Marco!

Fri, Jun 7, 2024
Lyft fare (4.2mi, 14m 3s)    $16.44
Tip                           $3.00
Total                         $19.44

Marco R.
Toyota Prius`});

add({ id: 'E13', cls: 'E-marketing/transact', from: 'Nicole Baxter <nicole.baxter@hubspotsales.example>', expect: null,
  note: 'marketing-style sequence, personal-looking, but with "You received this email because" in small print',
  body: `Hi Alex,

Saw that you're hiring SDRs -- congrats! Happy to share how Clearbit customers ramp new reps 2x faster.

Nicole Baxter
Senior Account Executive
Clearbit
+1 (628) 555-0133

You received this email because you signed up for a Clearbit trial. Update your preferences.`});

add({ id: 'E14', cls: 'E-marketing/transact', from: 'Alexis Moreau <alexis.moreau@agence-lumiere.fr>', expect: null,
  note: 'French agency newsletter signed by a person, désinscrire',
  body: `Bonjour,

Découvrez nos nouvelles offres de printemps pour vos séminaires d'entreprise !

Alexis Moreau
Chargée de clientèle
Agence Lumière
01 42 68 53 00

Pour vous désinscrire de cette liste, cliquez ici.`});

add({ id: 'E15', cls: 'E-marketing/transact', from: 'Hertz <reservations@emails.hertz.com>', expect: null,
  note: 'car rental confirmation with location phone',
  body: `Your reservation is confirmed. Confirmation Number: K4429817550

Pick Up: Mon, Jun 10, 2024 at 9:00 AM
Location: Denver Intl Airport
24530 E 78th Ave, Denver, CO 80249
Phone: (303) 342-3800`});

// ───────────────────────── F: near-misses that SHOULD give the sender's card ─────────────────────────
add({ id: 'F1', cls: 'F-should-card', from: 'Gordon Pike <gpike@pikeandlowe.com>', expect: { name: 'Gordon Pike', title: 'Partner', company: 'Pike & Lowe', phones: [{ digits: '4410' }] },
  note: 'personal reply with own signature above a quoted newsletter',
  body: `Martha -- worth reading item 3 before Thursday. Let's discuss.

Gordon Pike
Partner
Pike & Lowe LLP
(617) 742-4410

-----Original Message-----
From: Legal Weekly <news@legalweekly.example>
Sent: Monday, June 3, 2024 6:00 AM
Subject: This week in employment law

1. New overtime rules
2. Non-competes after the FTC vote
3. State-level pay transparency

Unsubscribe | Manage preferences`});

add({ id: 'F2', cls: 'F-should-card', from: 'Renee Adler <radler@adler-cpa.com>', expect: { name: 'Renee Adler', company: 'Adler', phones: [{ digits: '2231' }] },
  note: 'person mentions "unsubscribe" in a sentence',
  body: `Hi Tom,

I tried to unsubscribe from the AICPA newsletter twice and it keeps coming. Do you know who to call?

Also, your Q2 estimates are ready for signature.

Thanks,
Renee Adler, CPA
Adler & Associates CPAs
(847) 390-2231`});

add({ id: 'F3', cls: 'F-should-card', from: 'Ingrid Solberg <ingrid.solberg@uio.no>', expect: { name: 'Ingrid Solberg', title: 'Professor', phones: [{ digits: '5613' }] },
  note: 'person writes to a list with a real personal sig and no footer',
  body: `Dear colleagues,

The deadline for abstracts to the Nordic Hydrology Workshop has been extended to 15 April.

Best regards,
Ingrid Solberg
Professor of Hydrology
Department of Geosciences, University of Oslo
+47 22 85 56 13`});

add({ id: 'F4', cls: 'F-should-card', from: 'Megan Foley <mfoley@brightwaterfund.com>', expect: { name: 'Megan Foley', title: 'Executive Assistant', phones: [{ digits: '8802' }] },
  note: 'assistant signing with her own signature on behalf of her boss',
  body: `Good morning Mr. Chen,

On behalf of David Hirsch, I would like to confirm his meeting with you on Tuesday at 10 AM at our offices.

David can be reached on (212) 418-8800 if anything changes.

Kind regards,
Megan Foley
Executive Assistant to David Hirsch, Managing Partner
Brightwater Fund Management
Direct: (212) 418-8802`});

add({ id: 'F5', cls: 'F-should-card', from: 'Denise Carrow <dcarrow@solvarapower.com>', expect: { name: 'Denise Carrow', title: 'Director', company: 'Solvara', phones: [{ digits: '2290' }] },
  note: 'press officer personal reply to a journalist',
  body: `Hi Jane,

Thanks for your call. Happy to set up a 20-minute interview with Ron next Tuesday. Would 2pm work?

Best,
Denise Carrow
Director, Corporate Communications
Solvara Power Corp.
(713) 346-2290
dcarrow@solvarapower.com`});

add({ id: 'F6', cls: 'F-should-card', from: 'Vance Holloway <vholloway@enronx.com>', expect: { name: 'Vance Holloway', phones: [{ digits: '3311' }] },
  note: '2001 Enron-era reply with own sig above a pasted table of volumes',
  body: `Sally,

Here are the March volumes you asked for.

Point        Volume (MMBtu)   Price
Katy          25,000          5.12
Waha          10,000          4.98
HSC           15,000          5.20

Vance Holloway
Gas Scheduling
Enron North America
(713) 853-3311`});

add({ id: 'F7', cls: 'F-should-card', from: 'Lars Hoffmann <l.hoffmann@hoffmann-logistik.de>', expect: { name: 'Lars Hoffmann', title: 'Geschäftsführer', company: 'Hoffmann Logistik', phones: [{ digits: '8870' }] },
  note: 'German reply, own signature, quoted newsletter below ("Am ... schrieb")',
  body: `Hallo Frau Weber,

vielen Dank, das passt so. Bitte melden Sie mich für den Termin an.

Mit freundlichen Grüßen
Lars Hoffmann
Geschäftsführer
Hoffmann Logistik GmbH
Tel. +49 40 3208 8870

Am 03.06.2024 um 08:00 schrieb Logistik-Newsletter <news@logistik-heute.example>:
> Die Themen dieser Woche ...
> Abmelden | Einstellungen`});

add({ id: 'F8', cls: 'F-should-card', from: 'Ana Lima <ana.lima@construtora-horizonte.com.br>', expect: { name: 'Ana Lima', company: 'Horizonte', phones: [{ digits: '4567' }] },
  note: 'Portuguese personal mail, mentions "cancelar a inscrição" in prose',
  body: `Olá Pedro,

Segue o orçamento revisado. Aliás, como faço para cancelar a inscrição naquele boletim da associação? Não aguento mais.

Abraços,
Ana Lima
Gerente de Projetos
Construtora Horizonte Ltda.
+55 11 3456-4567`});

add({ id: 'F9', cls: 'F-should-card', from: 'Colin McBride <colin.mcbride@bpwgroup.co.uk>', expect: { name: 'Colin McBride', title: 'Director', phones: [{ digits: '0958' }] },
  note: 'person forwards a press release but writes own message and signs with own signature ABOVE the forward',
  body: `Sarah,

See the release below -- we go live at 7am tomorrow. Can you brief the Manchester team?

Colin McBride
Director of Communications
BPW Group plc
+44 20 7946 0958

---------- Forwarded message ---------
From: PR Desk <pr@bpwgroup.co.uk>
Subject: EMBARGOED: BPW Group full-year results

Media contact: Harriet Stone, +44 20 7946 0912`});

add({ id: 'F10', cls: 'F-should-card', from: 'Yuki Nakamura <y.nakamura@sakura-denki.co.jp>', expect: { name: '中村', company: 'さくら電機', phones: [{ digits: '5678' }] },
  note: 'Japanese business mail with own signature',
  body: `山田様

いつもお世話になっております。
さくら電機の中村です。

見積書を添付いたしますので、ご確認ください。

よろしくお願いいたします。

──────────────
さくら電機株式会社
営業部 課長
中村 由紀
TEL：03-1234-5678
──────────────`});

add({ id: 'F11', cls: 'F-should-card', from: 'Philippe Girard <p.girard@cabinet-girard.fr>', expect: { name: 'Philippe Girard', company: 'Girard', phones: [{ digits: '5300' }] },
  note: 'French person reply with sig and mention of "se désinscrire" in prose',
  body: `Bonjour Madame Roche,

Je vous confirme le rendez-vous de jeudi. Par ailleurs, mon assistante va se désinscrire de votre liste de diffusion, nous recevons tout en double.

Bien cordialement,
Philippe Girard
Avocat associé
Cabinet Girard & Associés
01 42 68 53 00`});

add({ id: 'F12', cls: 'F-should-card', from: 'Sunil Mehta <smehta@trident-eng.com>', expect: { name: 'Sunil Mehta', title: 'Project Engineer', phones: [{ digits: '4471' }] },
  note: 'reply that mentions tracking number in prose (shipping class near-miss)',
  body: `Hi Karen,

The replacement valve shipped today, tracking number is 1Z999AA10123456784. It should arrive Thursday.

Regards,
Sunil Mehta
Project Engineer
Trident Engineering Inc.
(281) 590-4471`});

add({ id: 'F13', cls: 'F-should-card', from: 'Brenda Kline <bkline@enronx.com>', expect: { name: 'Brenda Kline', phones: [{ digits: '6612' }] },
  note: '2001 reply above a Lotus Notes forward, own signature',
  body: `Jim - can you confirm these are right? Need by 3pm.

Brenda Kline
Sr. Specialist, Gas Logistics
Enron North America Corp.
713-853-6612

---------------------- Forwarded by Brenda Kline/HOU/ECT on 02/28/2001 01:12 PM ---------------------------
Noms for 3/1 attached.`});

add({ id: 'F14', cls: 'F-should-card', from: 'Rachel Ostrowski <rachel@ostrowski-design.com>', expect: { name: 'Rachel Ostrowski', company: 'Ostrowski Design', phones: [{ digits: '0155' }] },
  note: 'freelancer personal mail with "-- " sig and a website link',
  body: `Hi Leo,

Attached are the three logo options. Let me know which direction you like and I'll refine it.

Rachel

-- 
Rachel Ostrowski
Ostrowski Design Studio
Brand & Identity
+1 (720) 555-0155
www.ostrowski-design.com`});

add({ id: 'F15', cls: 'F-should-card', from: 'Emilio Russo <emilio.russo@russo-vini.it>', expect: { name: 'Emilio Russo', company: 'Russo', phones: [{ digits: '4410' }] },
  note: 'Italian reply above Google-style "Il ... ha scritto:" quote of a newsletter',
  body: `Buongiorno Marco,

confermo l'ordine di 120 bottiglie per la fiera. Ti mando la fattura domani.

Cordiali saluti,
Emilio Russo
Direttore Commerciale
Russo Vini S.r.l.
Tel. +39 0577 284410

Il giorno lun 3 giu 2024 alle ore 08:00 Vinitaly News <news@vinitaly.example> ha scritto:
> Le novità della settimana
> Per annullare l'iscrizione clicca qui`});

add({ id: 'F16', cls: 'F-should-card', from: 'Thomas Greer <tgreer@advisorypartners.com>', expect: { name: 'Thomas Greer', title: 'Consultant', phones: [{ digits: '2290' }] },
  note: 'person writes about an expense approval in prose (workflow near-miss)',
  body: `Linda,

I submitted the NYC expense report this morning; Concur says it's waiting on your approval. Could you take a look before Friday?

Thanks,
Thomas Greer
Sr. Consultant, Advisory
Advisory Partners LLC
(646) 471-2290`});

add({ id: 'F17', cls: 'F-should-card', from: 'Kaitlyn Brooks <kbrooks@summitmedia.com>', expect: { name: 'Kaitlyn Brooks', company: 'Summit Media', phones: [{ digits: '7730' }] },
  note: 'person sends meeting logistics with dial-in numbers in body, own signature',
  body: `Hi all,

For tomorrow's call, please use the bridge below.

Dial-in: +1 646 558 8656
Meeting ID: 884 2210 5567

Talk soon,
Kaitlyn Brooks
Account Director
Summit Media Group
(312) 555-7730`,
  borderline: 'dial-in number is not the person\'s; card correct if only 7730 kept'});

add({ id: 'F18', cls: 'F-should-card', from: 'Joaquín Herrera <jherrera@agroandes.cl>', expect: { name: 'Joaquín Herrera', company: 'Agroandes', phones: [{ digits: '2345' }] },
  note: 'Spanish reply, own sig, mentions "darse de baja" in prose',
  body: `Estimada Carolina:

Gracias por la información. Por favor, ¿me puede indicar cómo darse de baja del boletín semanal? Lo recibimos en tres cuentas.

Saludos cordiales,
Joaquín Herrera
Gerente Comercial
Agroandes S.A.
+56 2 2345 2345`});

add({ id: 'F19', cls: 'F-should-card', from: 'Daniel Osei <daniel.osei@northfieldcap.com>', expect: { name: 'Daniel Osei', company: 'Northfield', phones: [{ digits: '4423' }] },
  note: 'analyst personal reply to client, table above sig',
  body: `Hi Greg,

Quick answer to your question on KXP: we raised the target mainly on rate base growth.

Year   Rate base ($bn)   EPS
2024   12.4              2.81
2025   13.6              3.05

Best,
Daniel Osei
Equity Research Analyst, Utilities
Northfield Capital
(212) 857-4423`});

add({ id: 'F20', cls: 'F-should-card', from: 'Hendrik de Vries <h.devries@vries-bouw.nl>', expect: { name: 'Hendrik de Vries', company: 'Vries Bouw', phones: [{ digits: '7788' }] },
  note: 'Dutch reply, own signature, quoted newsletter with "Op ... schreef"',
  body: `Beste Anouk,

Prima, dan zie ik je dinsdag op de bouwplaats.

Met vriendelijke groet,
Hendrik de Vries
Projectleider
De Vries Bouw B.V.
+31 20 123 7788

Op ma 3 jun 2024 om 08:00 schreef Bouwnieuws <nieuws@bouwnieuws.example>:
> Afmelden voor deze nieuwsbrief`});

add({ id: 'F21', cls: 'F-should-card', from: 'Marcus Webb <mwebb@webbfinancial.com>', expect: { name: 'Marcus Webb', company: 'Webb Financial', phones: [{ digits: '6620' }] },
  note: 'person\'s own mail that mentions out-of-office in prose',
  body: `Hi Pat,

I'll be out of the office next week, but Joan can help with the rollover paperwork.

Best,
Marcus Webb, CFP
Webb Financial Planning
(770) 394-6620`});

add({ id: 'F22', orNone: true, cls: 'F-should-card', from: 'Grace Okoro <grace.okoro@lagosfintech.ng>', expect: { name: 'Grace Okoro', title: 'Head of Partnerships' },
  note: 'person follows up after a webinar (mentions webinar, recording link), with own sig',
  body: `Hi Tunde,

Thanks for joining our webinar yesterday. As promised, here's the recording: https://lagosfintech.ng/rec/223

Happy to set up a call with our integrations team.

Warm regards,
Grace Okoro
Head of Partnerships
Lagos Fintech Ltd
+234 803 123 4567`,
  borderline: 'webinar follow-up may be a sequence; but reads personal'});

add({ id: 'F23', cls: 'F-should-card', from: 'Simon Keller <skeller@keller-ag.ch>', expect: { name: 'Simon Keller', company: 'Keller', phones: [{ digits: '3111' }] },
  note: 'reply to a Jira/GitHub thread written personally with "-- " sig and NO footer',
  body: `Hi Marta,

I looked at the failing build; it's the locale. Setting LANG=C fixes it on our runners.

Simon

-- 
Simon Keller
Keller Software AG
Bahnhofstrasse 10, 8001 Zürich
+41 44 200 31 11`});

add({ id: 'F24', cls: 'F-should-card', from: 'Anita Desai <anita.desai@pinnaclehr.com>', expect: { name: 'Anita Desai', title: 'HR Business Partner', phones: [{ digits: '0117' }] },
  note: 'HR person writes a personal note about a ticket ("I\'ve opened a ticket")',
  body: `Hi Jordan,

I've opened a ticket with IT for your laptop access and copied you. They said it should be resolved by tomorrow.

Let me know if anything else is blocking your onboarding.

Thanks,
Anita Desai
HR Business Partner
Pinnacle HR Solutions
(952) 555-0117`});

add({ id: 'F25', cls: 'F-should-card', from: 'Mike Brennan <mbrennan@brennanroofing.com>', expect: { name: 'Mike Brennan', company: 'Brennan Roofing', phones: [{ digits: '4490', type: 'mobile' }] },
  note: 'short personal note, sig with Cell label, mentions a receipt in prose',
  body: `Hi Mrs. Alvarez,

Attached is the receipt for the deposit. We start Monday at 7.

Mike Brennan
Brennan Roofing & Gutters
Cell: 410-867-4490`});

add({ id: 'F26', cls: 'F-should-card', from: 'Ravi Shankar <ravi@shankar-associates.in>', expect: { name: 'Ravi Shankar', company: 'Shankar', phones: [{ digits: '3210' }] },
  note: 'person writes "you are receiving this because..." in a prose sentence? (near-miss on bulk phrase)',
  body: `Dear Mr. Iyer,

You are receiving this because Priya mentioned you are looking for an auditor for the Pune entity. We would be glad to help.

Regards,
Ravi Shankar
Partner
Shankar & Associates, Chartered Accountants
+91 20 2612 3210`,
  borderline: 'prose collides with bulk phrase; a human sees a personal intro, card wanted'});

add({ id: 'F27', cls: 'F-should-card', from: 'Eleanor Voss <evoss@vossarchitects.com>', expect: { name: 'Eleanor Voss', company: 'Voss Architects', phones: [{ digits: '2204' }] },
  note: 'person forwards an article but adds a sentence and own signature above; article below has no header',
  body: `Hi team -- interesting piece on mass timber below, worth a read before Thursday.

Eleanor Voss, AIA
Principal
Voss Architects
(503) 221-2204

__________

Mass timber goes mainstream
By Kyle Benton, Architectural Record

Tall wood buildings are moving from novelty to norm...`});

// ───────────────────────── A/B/C extra hard negatives ─────────────────────────
add({ id: 'G1', cls: 'B-forwards', from: 'Kelly Nguyen <kelly.nguyen@gmail.com>', expect: null,
  note: 'forward whose header is a mobile "---- Forwarded Message ----" (Yahoo-mail style with 4 dashes)',
  body: `

----- Forwarded Message -----
From: Dr. Amit Bose <abose@sunrisepeds.com>
To: Kelly Nguyen <kelly.nguyen@gmail.com>
Sent: Tuesday, June 4, 2024, 10:12:01 AM PDT
Subject: Lab results

Results are normal. No follow-up needed.

Amit Bose, MD
Sunrise Pediatrics
(408) 356-2210`});

add({ id: 'G2', cls: 'A-press/news', from: 'Melissa Shaw <melissa.shaw@yahoo.com>', expect: null,
  note: 'pasted job posting with recruiter contact',
  body: `Saw this and thought of you!

Senior Accountant - Full Time
Brightline Manufacturing, Columbus OH
Salary: $78,000 - $92,000

Apply by June 30.

Contact:
Tara Finnegan
Talent Acquisition Partner
Brightline Manufacturing
(614) 555-0172`});

add({ id: 'G3', cls: 'C-auto/workflow', from: 'Jason Pratt <jpratt@keystonemech.com>', expect: null,
  note: 'Outlook "Recall" / automatic reply form in English with alternate contacts list',
  body: `Automatic reply: Service call #4421

I am currently on a job site without e-mail access.

Service dispatch: (717) 555-0140
After-hours emergency line: (717) 555-0199
Parts desk: Tina Morales (717) 555-0145`});

add({ id: 'G4', orNone: true, cls: 'E-marketing/transact', from: 'Karen Liu <karen.liu@pacificrealty.com>', expect: { name: 'Karen Liu' }, borderline: 'co-host block of a colleague at the same agency: Realtor/Pacific Realty is likely true of Karen too (see G11 for the clean test)',
  note: 'realtor open-house flyer (bulk-ish, no unsubscribe) listing another agent as co-host',
  body: `OPEN HOUSE THIS SUNDAY 1-4 PM

1840 Crestview Drive, San Mateo
4 bd | 3 ba | 2,450 sq ft | $2,195,000

Co-hosted by
Brandon Ellis
Realtor, Pacific Realty
DRE #01987654
(650) 555-0163`});

add({ id: 'G5', cls: 'D-lists', from: 'Patrick O\'Neill <poneill@indiepub.ie>', expect: null,
  note: 'mailing-list post with footer written as "---" then Mailman text without the words "mailing list"',
  body: `Does anyone have a contact at the Arts Council for the translation grant?

Patrick

---
irish-publishers@lists.example.ie
Archives: https://lists.example.ie/pipermail/irish-publishers/
Change your delivery options: https://lists.example.ie/options/irish-publishers
Niamh Brady, list moderator, +353 1 555 0123`});

add({ id: 'G6', cls: 'C-auto/workflow', from: 'Rebecca Tan <rtan@ngee-partners.sg>', expect: null,
  note: 'Zoom meeting invitation pasted by a person (no sig of her own)',
  body: `Rebecca Tan is inviting you to a scheduled Zoom meeting.

Topic: Board pack review
Time: Jun 12, 2024 09:00 AM Singapore

Join Zoom Meeting
https://zoom.us/j/95512345678

One tap mobile
+6531651065,,95512345678# Singapore
+6531587288,,95512345678# Singapore

Dial by your location
        +65 3165 1065 Singapore
        +65 3158 7288 Singapore`});

add({ id: 'G7', orNone: true, cls: 'E-marketing/transact', from: 'Jennifer Moss <jmoss@mossinsurance.com>', expect: { name: 'Jennifer Moss' },
  note: 'insurance policy renewal notice written as a form letter from an agent address, with the company block only',
  body: `RENEWAL NOTICE

Policy Number: HO-2244198
Insured: Robert & Linda Caldwell
Renewal Date: 07/01/2024
Premium: $1,412.00

Please remit payment by the renewal date to avoid a lapse in coverage.

Moss Insurance Agency
220 Main Street, Suite 4
Keene, NH 03431
(603) 352-4400`,
  borderline: 'agent may be the person; but the block is an agency\'s letterhead, not Jennifer\'s'});

add({ id: 'G8', cls: 'B-forwards', from: 'Tim Baker <tbaker@bakerfamily.net>', expect: null,
  note: 'forward where sender only types "see below" and pasted a whole email (header lines lost) with its sig',
  body: `see below

Tim,
Your 2023 return is done. I'll need you to sign the 8879 before I can e-file.

Thanks,
Linda Moreno, EA
Moreno Tax Services
(916) 444-2871`});

add({ id: 'G9', cls: 'A-press/news', from: 'Aaron Feld <afeld@feldcapital.com>', expect: null,
  note: 'pasted LinkedIn profile snippet of someone else',
  body: `This is the guy I mentioned:

Jonathan Pierce
VP Corporate Development at Helix Systems
San Francisco Bay Area
500+ connections
jonathan.pierce@helixsys.example
+1 415 555 0104`});

add({ id: 'G10', cls: 'C-auto/workflow', from: 'Gary Lyons <glyons@enronx.com>', expect: null,
  note: '2001 "message was not delivered" manually forwarded error text',
  body: `This didn't go through - do you have the right address?

The following recipients did not receive this message:
  tom.hayes@westcoastpower.example

Tom Hayes
Director, West Power Trading
West Coast Power LLC
(503) 464-8812`,
  });

// ───────────────────────── H: second round — mechanisms found in round one, and more footers/languages ─────────────────────────
add({ id: 'H1', cls: 'E-marketing/transact', from: 'Karen Liu <karen.liu@pacificrealty.com>', expect: null,
  note: 'open house co-listed with an agent of ANOTHER firm: Brandon\'s title/company/phone must not land on Karen',
  body: `OPEN HOUSE THIS SUNDAY 1-4 PM

1840 Crestview Drive, San Mateo
4 bd | 3 ba | 2,450 sq ft | $2,195,000

Co-listed with
Brandon Ellis
Broker Associate, Coastline Homes
DRE #01987654
(650) 555-0163`});

add({ id: 'H2', cls: 'B-forwards', from: 'Mark Dunlop <mdunlop@harborview.com>', expect: null,
  note: 'pasted mail (no header) signed with initial only, then another firm\'s title/company/phone',
  body: `FYI -- from the landlord's agent.

Mark, the landlord has countersigned the renewal. Originals go out by courier today.

Thanks
V.
Property Manager
Westlake Realty Partners
Tel (206) 623-7781`});

add({ id: 'H3', cls: 'B-forwards', from: 'Mark Dunlop <mdunlop@harborview.com>', expect: null,
  note: 'pasted mail (no header) whose signature opens with the firm line above the other person\'s name',
  body: `fyi

Mark, the landlord has countersigned the renewal.

WESTLAKE REALTY PARTNERS
Victor Hale | Property Manager
1200 Western Ave, Seattle, WA 98101
(206) 623-7781`});

add({ id: 'H4', cls: 'E-marketing/transact', from: 'Claire Fontaine <claire.fontaine@maison-fontaine.fr>', expect: null,
  note: 'French newsletter from a person with "Se désabonner" footer',
  body: `Bonjour,

Nos nouvelles collections printemps sont arrivées ! Profitez de -20 % jusqu'à dimanche.

Claire Fontaine
Responsable commerciale
Maison Fontaine SARL
04 78 42 19 30

Se désabonner | Voir la version en ligne`});

add({ id: 'H5', cls: 'E-marketing/transact', from: 'Markus Braun <m.braun@braun-reisen.de>', expect: null,
  note: 'German newsletter from a person with "Newsletter abbestellen" footer',
  body: `Liebe Kundinnen und Kunden,

unsere Herbstreisen nach Südtirol sind jetzt buchbar. Frühbucher sparen 10 %.

Markus Braun
Reiseberater
Braun Reisen GmbH
Tel. 0711 2345 678

Newsletter abbestellen | Impressum | Datenschutz`});

add({ id: 'H6', cls: 'E-marketing/transact', from: 'Jeroen Bakker <jeroen@bakker-fietsen.nl>', expect: null,
  note: 'Dutch shop newsletter from owner, "Uitschrijven" footer',
  body: `Beste klant,

Deze week 15% korting op alle e-bikes in onze winkel in Utrecht.

Jeroen Bakker
Eigenaar
Bakker Fietsen B.V.
030 231 4455

Klik hier om je uit te schrijven | Uitschrijven`});

add({ id: 'H7', cls: 'E-marketing/transact', from: 'Luis Ortega <lortega@viajes-sol.es>', expect: null,
  note: 'Spanish promo with "Cancelar suscripción"',
  body: `Hola,

Ofertas de verano: Canarias desde 299 € con vuelo y hotel.

Luis Ortega
Agente de viajes
Viajes Sol S.L.
Tel. 912 345 678

Cancelar suscripción | Política de privacidad`});

add({ id: 'H8', cls: 'E-marketing/transact', from: 'Brian Walsh <bwalsh@walshoffice.com>', expect: null,
  note: 'English promo with "Click here to be removed from this list"',
  body: `Spring special: 20% off all ergonomic chairs through April 30.

Brian Walsh
Sales Representative
Walsh Office Supply
(617) 555-0142

Click here to be removed from this list.`});

add({ id: 'H9', cls: 'E-marketing/transact', from: 'Amy Chen <amy.chen@growthlabs.io>', expect: null,
  note: 'sales sequence with "If you no longer want to receive these emails"',
  body: `Hi Dana,

Bumping this to the top of your inbox -- would a 15-minute demo next week make sense?

Amy Chen
Growth Specialist | GrowthLabs
+1 (646) 555-0120

If you no longer want to receive these emails, let me know.`,
  borderline: 'sequence footer phrased personally'});

add({ id: 'H10', cls: 'E-marketing/transact', from: 'Takeshi Mori <t.mori@mori-shoten.jp>', expect: null,
  note: 'Japanese shop mail-magazine (メルマガ) with 配信停止 footer',
  body: `いつもご利用ありがとうございます。

夏のセール開催中！全品20％OFF。

森商店
店長 森 健
TEL：052-123-4567

配信停止はこちら`});

add({ id: 'H11', cls: 'E-marketing/transact', from: 'Giulia Conti <giulia.conti@conti-moda.it>', expect: null,
  note: 'Italian newsletter from a person, "Disiscriviti" footer',
  body: `Ciao,

Scopri la nuova collezione autunno-inverno nel nostro negozio di Milano!

Giulia Conti
Responsabile Marketing
Conti Moda S.r.l.
Tel. 02 8765 4321

Disiscriviti | Preferenze`});

add({ id: 'H12', cls: 'C-auto/workflow', from: 'Coupa <do_not_reply@globexcorp.coupahost.com>', expect: null,
  note: 'approval workflow (would be skipped by no-reply, but the local part is do_not_reply with underscore)',
  body: `Requisition #8841 requires your approval.

Requested by: Felipe Andrade
Total: $4,280.00

Felipe Andrade
Facilities Coordinator
Globex Corporation
(713) 555-0188`});

add({ id: 'H13', cls: 'C-auto/workflow', from: 'HR Portal <hrportal@bluefin.com>', expect: null,
  note: 'HR ticket notification from department sender (portal), agent block',
  body: `Your case HR-22811 has been resolved.

Agent: Priscilla Gomez
Resolution: W-2 reissued to your mailing address.

Priscilla Gomez
HR Specialist
Bluefin Inc.
(404) 555-0131`});

add({ id: 'H14', cls: 'C-auto/workflow', from: 'Ryan Scott via Dropbox Sign <noreply@mail.hellosign.com>', expect: null,
  note: 'e-signature request: would be skipped by noreply locally; included as body check',
  body: `Ryan Scott has requested your signature on "NDA - Scott Ventures".

Review & Sign

Ryan Scott
Scott Ventures LLC
ryan@scottventures.com
(512) 555-0170`});

add({ id: 'H15', cls: 'D-lists', from: 'Klaus Berger <kberger@posteo.de>', expect: null,
  note: 'list post with a German Mailman-style footer in German (no "mailing list" English words)',
  body: `Bei mir läuft Kernel 6.8 ohne Probleme.

Gruß
Klaus

_______________________________________________
Linux-de Mailingliste
Abmeldung und Einstellungen: https://lists.example.de/listinfo/linux-de
Listen-Admin: Petra Kühn, Tel. 0621 4389 100`});

// should-card near-misses for the mechanisms
add({ id: 'H16', cls: 'F-should-card', from: 'Nadia Haddad <nhaddad@haddadlaw.com>', expect: { name: 'Nadia Haddad', company: 'Haddad', phones: [{ digits: '0152' }] },
  note: 'prose: "fill out the survey" (bulk phrase) in a personal note',
  body: `Hi Chris,

Could you fill out the survey I sent last week about the office move? I need everyone's answers by Friday.

Thanks,
Nadia Haddad
Office Manager
Haddad Law Group
(602) 555-0152`});

add({ id: 'H17', cls: 'F-should-card', from: 'Owen Price <oprice@priceelectric.com>', expect: { name: 'Owen Price', company: 'Price Electric', phones: [{ digits: '0166' }] },
  note: 'prose: "estimated delivery" in a personal note',
  body: `Hi Maria,

The panel is back-ordered; the supplier's estimated delivery is June 20. I'll call you as soon as it lands.

Owen Price
Owner
Price Electric LLC
(916) 555-0166`});

add({ id: 'H18', cls: 'F-should-card', from: 'Julia Brandt <jbrandt@brandt-consulting.com>', expect: { name: 'Julia Brandt', company: 'Brandt Consulting', phones: [{ digits: '0171' }] },
  note: 'prose: "please do not reply to this thread"',
  body: `All,

Please do not reply to this thread -- I've started a new one with the client copied.

Julia Brandt
Managing Director
Brandt Consulting LLC
(303) 555-0171`});

add({ id: 'H19', cls: 'F-should-card', from: 'Klaus Berger <kberger@posteo.de>', expect: { name: 'Klaus Berger', company: 'Berger IT', phones: [{ digits: '9221' }] },
  note: 'person posts to a list, own signature, no footer (German)',
  body: `Hallo zusammen,

bei mir läuft Kernel 6.8 auf dem ThinkPad ohne Probleme, auch mit Suspend.

Viele Grüße
Klaus Berger
Systemadministrator
Berger IT-Service
Tel. 0621 4389 221`});

add({ id: 'H20', cls: 'F-should-card', from: 'Priya Raman <priya.raman@northfieldcap.com>', expect: { name: 'Priya Raman', company: 'Northfield', phones: [{ digits: '4410' }] },
  note: 'analyst reply above a quoted research note (quote after "On ... wrote:")',
  body: `Greg, happy to walk you through the KXP model tomorrow at 10.

Priya Raman, CFA
Senior Analyst, Utilities
Northfield Capital
(212) 857-4410

On Mon, Jun 3, 2024 at 6:00 AM Northfield Research <research@northfieldcap.com> wrote:
> NORTHFIELD CAPITAL EQUITY RESEARCH -- UTILITIES
> Analysts: Priya Raman (212) 857-4410, Daniel Osei (212) 857-4423
> You are receiving this because you subscribed to Northfield Research.`});

add({ id: 'H21', cls: 'F-should-card', from: 'Sam Whitaker <swhitaker@whitakerpr.com>', expect: { name: 'Sam Whitaker', company: 'Whitaker', phones: [{ digits: '0193' }] },
  note: 'PR agent\'s personal pitch to a journalist that mentions "press release" and "media contact" in prose',
  body: `Hi Jane,

I saw your piece on grid storage. Our client Voltaic is announcing a 200 MWh project next week; happy to send the press release under embargo and set up time with their CEO. I'm the media contact on it.

Best,
Sam Whitaker
Senior Account Manager
Whitaker PR
(415) 555-0193`});

add({ id: 'H22', cls: 'F-should-card', from: 'Monique Dubois <m.dubois@dubois-avocats.fr>', expect: { name: 'Monique Dubois', company: 'Dubois', phones: [{ digits: '2211' }] },
  note: 'French reply above a forwarded Outlook header (De:/Envoyé:/À:/Objet:) of a newsletter',
  body: `Bonjour Paul,

Voir ci-dessous, le point 2 nous concerne directement. On en parle demain ?

Monique Dubois
Avocate associée
Dubois Avocats
01 45 22 22 11

De : Lettre juridique <lettre@juridique.example>
Envoyé : lundi 3 juin 2024 08:00
À : Monique Dubois
Objet : Lettre de la semaine

1. Réforme du droit des contrats
2. Baux commerciaux
Se désabonner`});

// ───────────────────────── checker ─────────────────────────
const norm = (s: string) => s.toLowerCase().normalize('NFKC');

function check(c: Case): ProbeOutcome {
  const x = extractProbe(c.from, c.body);
  const k = x.contact;
  const name = k?.fullName?.value ?? (k ? `(display) ${x.sender.displayName}` : '');
  let ok = true;
  const why: string[] = [];
  if (c.orNone && !k) {
    // either outcome is fine
  } else if (c.expect === null) {
    if (k) (ok = false), why.push('false card');
  } else if (!k) {
    ok = false;
    why.push(`missing card (gate=${x.gate.personal ? 'personal' : (x.gate as { reason: string }).reason} score=${x.gate.score.toFixed(2)}; parsed=${x.parsed ? (x.parsed.fullName?.value ?? '?') : 'null'})`);
  } else {
    const e = c.expect;
    if (!norm(name).includes(norm(e.name)) && !norm(e.name).includes(norm(name.replace('(display) ', '')))) (ok = false), why.push(`name ${name} != ${e.name}`);
    if (e.title && !norm(k.jobTitle?.value ?? '').includes(norm(e.title))) (ok = false), why.push(`title ${k.jobTitle?.value} !~ ${e.title}`);
    if (e.company && !norm(k.company?.value ?? '').includes(norm(e.company))) (ok = false), why.push(`company ${k.company?.value} !~ ${e.company}`);
    for (const p of e.phones ?? []) {
      const hit = k.phones.find((q) => q.value.value.replace(/\D/g, '').endsWith(p.digits));
      if (!hit) (ok = false), why.push(`phone …${p.digits} missing`);
      else if (p.type && hit.value.type !== p.type) (ok = false), why.push(`phone …${p.digits} type ${hit.value.type} != ${p.type}`);
    }
    const extra = k.phones.filter((q) => !(e.phones ?? []).some((p) => q.value.value.replace(/\D/g, '').endsWith(p.digits)));
    if (e.phones && extra.length) (ok = false), why.push(`extra phones ${extra.map((q) => q.value.value).join(', ')}`);
  }
  // orNone: no card or the expected card are both fine (borderline); a card with wrong content is a FAIL.
  const verdict = c.orNone ? (ok ? 'borderline' : 'fail') : c.borderline ? 'borderline' : ok ? 'pass' : 'fail';
  const differs = verdict === 'borderline' && !ok ? ' (differs from the author\'s lean)' : '';
  const lean = c.borderline ? [`borderline: ${c.borderline}${differs}`] : [];
  return { verdict, weak: false, reasons: [...why, ...lean] };
}

export const ROUND_4: ProbeSet<Case> = {
  name: 'round 4',
  grades: ['borderline'],
  probes: C,
  classOf: (c) => c.cls,
  check,
};
