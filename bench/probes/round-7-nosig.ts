// Invented probe messages WITHOUT a personal signature of the sender. Gold: no card, no signature lines.
import type { Probe } from './round-7-sig';

export const NOSIG: Probe[] = [
  { id: 'n01-thanks', cls: 'nosig', from: 'Megan Ross <megan.ross@corvidanalytics.com>', body: `Thanks!\n` },
  { id: 'n02-thanks-name', cls: 'nosig', from: 'Paul Grady <pgrady@altusmfg.com>', body: `Got it, thanks.\n\nPaul\n` },
  {
    id: 'n03-newsletter', cls: 'nosig', from: 'The Morning Ledger <newsletter@morningledger.com>',
    body: `Good morning. Here's what you need to know today.

MARKETS: Stocks rose for a third day as bond yields eased.
TECH: Chipmakers rallied on strong guidance.

The Morning Ledger
Ledger Media Group
100 Broadway, New York, NY 10005

You are receiving this email because you subscribed to The Morning Ledger.
Unsubscribe | Manage preferences
`,
  },
  {
    id: 'n04-receipt', cls: 'nosig', from: 'Brewhouse Coffee <receipts@brewhousecoffee.com>',
    body: `Thanks for your order!

Order #88213
1 x Oat Latte (L)        $5.75
1 x Almond Croissant     $4.25
Subtotal                 $10.00
Tax                      $0.88
Total                    $10.88

Brewhouse Coffee
455 Market St, San Francisco, CA 94105
(415) 555-0100
`,
  },
  {
    id: 'n05-calendar', cls: 'nosig', from: 'Nina Patel <nina.patel@corvidanalytics.com>',
    body: `Invitation: Q2 planning @ Thu Jun 12, 2025 2pm - 3pm (EDT)

Join Zoom Meeting
https://zoom.us/j/5551234567
Meeting ID: 555 123 4567
Dial by your location
+1 646 555 0199 US (New York)

Organizer: nina.patel@corvidanalytics.com

Invitation from Google Calendar
You are receiving this email at the account mark@acme.com because you are an attendee of this event.
`,
  },
  {
    id: 'n06-github', cls: 'nosig', from: 'Jordan Lee <notifications@github.com>',
    body: `@jlee commented on this pull request.

Looks good, but can we add a test for the empty-array case?

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you were mentioned.
`,
  },
  {
    id: 'n07-press-release', cls: 'nosig', from: 'Helix Robotics Press <press@helixrobotics.com>',
    body: `FOR IMMEDIATE RELEASE

Helix Robotics Raises $40M Series B to Expand Warehouse Automation

BOSTON, June 3, 2025 — Helix Robotics today announced a $40 million Series B led by Northgate Ventures.

About Helix Robotics
Helix builds autonomous picking systems for mid-size warehouses.

Media Contact:
Erin Walsh
Director of Communications
Helix Robotics
press@helixrobotics.com
(617) 555-0125
`,
  },
  {
    id: 'n08-dept-announce', cls: 'nosig', from: 'Facilities <facilities@midstatepower.com>',
    body: `All employees,

The 3rd floor kitchen will be closed Monday for renovation. Please use the 5th floor.

Facilities Management
Midstate Power Marketing
Ext. 4400
`,
  },
  {
    id: 'n09-fwd-nothing-own', cls: 'nosig', from: 'Greg Hall <ghall@tricountysteel.com>',
    body: `FYI

---------- Forwarded message ---------
From: Dana Moss <dmoss@rivetsupply.com>
Date: Tue, Apr 1, 2025
Subject: price increase

Effective May 1 our rivet pricing increases 6%.

Dana Moss
Regional Sales Manager
Rivet Supply Co.
(216) 555-0144
`,
  },
  {
    id: 'n10-automated-report', cls: 'nosig', from: 'Nightly Jobs <reports@dataops.corvidanalytics.com>',
    body: `ETL run summary for 2025-06-04

JOB_NAME            STATUS    ROWS
orders_daily        OK        182,331
customers_sync      OK        4,120
billing_rollup      FAILED    0

This is an automated message. Do not reply.
`,
  },
  {
    id: 'n11-shipping', cls: 'nosig', from: 'ParcelGo <tracking@parcelgo.com>',
    body: `Your package is on its way!

Tracking number: PG1234567890
Estimated delivery: Thursday, June 5

Questions? Call 1-800-555-0166.

ParcelGo Customer Care
`,
  },
  {
    id: 'n12-list-mail-footer', cls: 'nosig', from: 'Ravi Shah <ravi.shah@gmail.com>',
    body: `Does anyone have a recommendation for a good torque wrench under $100?

--
You received this message because you are subscribed to the Google Groups "Bay Area Wrenchers" group.
To unsubscribe from this group and stop receiving emails from it, send an email to wrenchers+unsubscribe@googlegroups.com.
`,
  },
  {
    id: 'n13-hr-announce-person', cls: 'nosig', from: 'People Team <people@fernbyte.com>',
    body: `Hi everyone,

Open enrollment for benefits starts Monday and runs through June 30. Please review the plan options on the portal.

Thanks,
The People Team
Fernbyte, Inc.
`,
  },
  {
    id: 'n14-invoice-saas', cls: 'nosig', from: 'Cloudnest Billing <billing@cloudnest.io>',
    body: `Your invoice is ready

Invoice INV-20931
Amount due: $249.00
Due date: June 15, 2025

View invoice: https://cloudnest.io/billing/INV-20931

Cloudnest, Inc. · 500 Howard St · San Francisco, CA 94105
`,
  },
  { id: 'n15-ok', cls: 'nosig', from: 'Anna Kowalski <anna.kowalski@vistrapharma.com>', body: `Sounds good — see you then.\n\nA.\n` },
  {
    id: 'n16-webinar', cls: 'nosig', from: 'Velox CRM <events@veloxcrm.com>',
    body: `Join us live: Territory Planning in 30 Minutes

Thursday, June 19 · 11am PT

Register now: https://veloxcrm.com/webinar

Velox CRM, 300 Congress Ave, Austin, TX 78701
Unsubscribe from marketing emails
`,
  },
  {
    id: 'n17-fwd-with-fyi-name', cls: 'nosig', from: 'Helen Zhou <hzhou@cs.lakeshore.edu>',
    body: `Ahmed — FYI, relevant to your chapter 4.

Helen

-----Original Message-----
From: Karl Fischer <kfischer@uni-ost.de>
Sent: Monday, June 2, 2025
Subject: paper

Dear Helen, attached our new preprint.

Prof. Dr. Karl Fischer
Lehrstuhl für Informatik
Universität Ost
+49 351 555 0123
`,
  },
  {
    id: 'n18-password-reset', cls: 'nosig', from: 'Acme Portal <no-reply@acmeportal.com>',
    body: `Hi Mark,

We received a request to reset your password. Click the link below to choose a new one.

https://acmeportal.com/reset?t=abc123

If you didn't request this, you can ignore this email.

— The Acme Portal Team
`,
  },
  {
    id: 'n19-meeting-notes-no-sig', cls: 'nosig', from: 'Jonathan Price <jonathan.price@meridiancapital.com>',
    body: `Notes from today's call:

1. Lender group agreed to 7-year amortization
2. Covenant package TBD — Alex to circulate draft
3. Next call Friday 10am ET, dial-in 1-888-555-0177, code 44512#

Jon
`,
  },
  {
    id: 'n20-survey', cls: 'nosig', from: 'Sun Valley Ford <service@sunvalleyford.com>',
    body: `Hi Mr. Lee,

Thank you for choosing Sun Valley Ford. How did we do? Please take our 2-minute survey.

https://survey.sunvalleyford.com/r/8812

Sun Valley Ford Service Department
14300 Sherman Way, Van Nuys, CA 91405
(818) 555-0100
`,
  },
  {
    id: 'n21-jira', cls: 'nosig', from: 'Chris Odom (Jira) <jira@altusmfg.atlassian.net>',
    body: `Chris Odom created an issue

ALT-2231: Replace conveyor belt on line 3
Priority: High
Assignee: Mike Brennan

View issue
This message was sent by Atlassian Jira. Manage notification settings.
`,
  },
  {
    id: 'n22-school-newsletter', cls: 'nosig', from: 'Oakridge Elementary <news@oakridgeschools.org>',
    body: `Oakridge Weekly — June 6

• Field Day is Friday! Wear sneakers and sunscreen.
• Library books due June 10.
• Summer reading lists are posted online.

Oakridge Elementary School
1200 Oak Ridge Rd, Columbus, OH 43215
Main Office: (614) 555-0100
`,
  },
  {
    id: 'n23-voicemail', cls: 'nosig', from: 'Voicemail <voicemail@pbx.hartwellpierce.com>',
    body: `You have a new voicemail from (212) 555-0199.

Duration: 0:42
Received: June 4, 2025 3:12 PM

Listen to the attached audio file.
`,
  },
  {
    id: 'n24-bank-alert', cls: 'nosig', from: 'Northfield Credit Union <alerts@northfieldcu.org>',
    body: `A withdrawal of $1,200.00 was made from your account ending in 4421 on 06/04/2025.

If you did not make this transaction, call us at 651-555-0100.

Northfield Credit Union
Member Services
`,
  },
  {
    id: 'n25-oneliner-question', cls: 'nosig', from: 'Dave Whitman <dave@whitmanaudio.com>',
    body: `Did you get the invoice?\n\nSent from my iPhone\n`,
  },
  {
    id: 'n26-reply-quoted-other-sig', cls: 'nosig', from: 'Maria Gonzalez <mgonzalez@riversidefoodbank.org>',
    body: `Perfect, thank you!

On Mon, Jun 2, 2025 at 4:40 PM Ken Ito <ken@itofarms.com> wrote:
> We can bring another load on the 14th.
>
> Ken Ito
> Owner, Ito Family Farms
> (951) 555-0188
`,
  },
  {
    id: 'n27-forward-outlook-nothing', cls: 'nosig', from: '"Shapiro, Ellen" <Ellen.Shapiro@continentalgas.com>',
    body: `

-----Original Message-----
From: Tran, Kevin
Sent: Thursday, June 14, 2001 10:15 AM
To: Shapiro, Ellen
Subject: ISDA

Ellen - credit signed off on the thresholds.

Kevin Tran
Credit Analyst
Continental Gas Corp.
x3-4471
`,
  },
  {
    id: 'n28-all-employees-ceo', cls: 'nosig', from: 'Office of the CEO <ceo.office@pinecrestenergy.com>',
    body: `To all employees:

I am pleased to announce that Susan Park has joined Pinecrest as Chief Financial Officer. Susan comes to us from Lonestar Utilities, where she served as Treasurer.

Please join me in welcoming Susan.

Robert Haines
Chairman and CEO
`,
  },
  {
    id: 'n29-linkedin', cls: 'nosig', from: 'LinkedIn <messages-noreply@linkedin.com>',
    body: `Jenna Walsh sent you a message

"Hi Marcus, open to a quick chat about a Staff Engineer role?"

Reply

You are receiving InMail notification emails. Unsubscribe
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085
`,
  },
  {
    id: 'n30-order-confirmation-person-name', cls: 'nosig', from: 'Sophie at Laurent Studio <shop@laurentstudio.com>',
    body: `Hi Jess,

Thanks for your order of the Linen Throw (Sand). We'll email you when it ships.

Order total: $128.00

Sophie
Laurent Studio Shop
`,
  },
  {
    id: 'n31-digest', cls: 'nosig', from: 'Stack Digest <digest@stackdigest.dev>',
    body: `Top questions this week in #typescript

1. How do I narrow a union with a discriminant?
2. Why does my generic lose inference?

You're subscribed to the weekly digest. Change your delivery options.
`,
  },
  {
    id: 'n32-ticket-ack', cls: 'nosig', from: 'Cloudnest Support <support@cloudnest.io>',
    body: `Hello,

Your request (#55102) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Cloudnest Support
support@cloudnest.io | 1-888-555-0155
`,
  },
  {
    id: 'n33-it-outage', cls: 'nosig', from: 'IT Help Desk <helpdesk@summitmedgroup.com>',
    body: `Epic will be unavailable Saturday 11pm–2am for scheduled maintenance.

For urgent issues during the window call the on-call line: 847-555-0100.

IT Help Desk
Summit Medical Group
`,
  },
  {
    id: 'n34-fwd-attachment-only', cls: 'nosig', from: 'Tom Reyes <treyes@harborviewdental.com>',
    body: `see attached

<<Scan_0604.pdf>>
`,
  },
  {
    id: 'n35-event-rsvp', cls: 'nosig', from: 'Eventbrite <noreply@eventbrite.com>',
    body: `You're going to Portland Design Week Mixer!

Thu, Jun 26 · 6:00 PM
The Loft, 1120 NW Couch St, Portland, OR 97209

Order #4455123 · 1 General Admission

View your tickets in the Eventbrite app.
`,
  },
  {
    id: 'n36-payroll-notice', cls: 'nosig', from: 'Payroll <payroll@brennanbuilders.net>',
    body: `Your pay stub for the period ending 06/01/2025 is now available in the employee portal.

Brennan Builders Payroll
(774) 555-0101
`,
  },
  {
    id: 'n37-thanks-with-quoted-long-sig', cls: 'nosig', from: 'Ben Carter <ben@carterfab.com>',
    body: `Thanks Jim, will do.

From: Jim Hale <jhale@halemachining.com>
Sent: Tuesday, June 3, 2025 8:14 AM
To: Ben Carter
Subject: drawings

Ben, updated drawings attached.

Jim Hale
Hale Machining LLC
Production Manager
Office 330-555-0121
Cell 330-555-0122
`,
  },
  {
    id: 'n38-real-estate-listing-blast', cls: 'nosig', from: 'Denise Holloway <listings@hollowayhomes.com>',
    body: `JUST LISTED! 4 bed / 3 bath in Arcadia — $1,295,000

Open house Sunday 1-4pm
4412 E Camelback Rd, Phoenix, AZ 85018

Call for a private showing!

Holloway Homes Realty
480-555-0100

To stop receiving these emails, click here.
`,
  },
  {
    id: 'n39-german-newsletter', cls: 'nosig', from: 'Maschinenbau Lenz Newsletter <newsletter@maschinenbau-lenz.de>',
    body: `Neuigkeiten aus dem Hause Lenz

Besuchen Sie uns auf der EMO Hannover, Halle 12, Stand C40.

Maschinenbau Lenz GmbH
Industriestraße 14, 73431 Aalen
Tel.: +49 7361 555 100

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden
`,
  },
  {
    id: 'n40-sales-report-person', cls: 'nosig', from: 'Ray Dominguez <rdominguez@sunvalleyford.com>',
    body: `Weekly numbers:

New units sold: 14
Used units sold: 9
F&I penetration: 62%
CSI: 94.1
`,
  },
  {
    id: 'n41-docusign', cls: 'nosig', from: 'Frank DiMaggio via DocuSign <dse@docusign.net>',
    body: `Frank DiMaggio sent you a document to review and sign.

REVIEW DOCUMENT

Frank DiMaggio
frank.dimaggio@keystoneins.com

Please review and sign: Commercial Policy Renewal 2025

Do Not Share This Email
This email contains a secure link to DocuSign.
`,
  },
  {
    id: 'n42-quick-ack-spanish', cls: 'nosig', from: 'Lucía Fernández <lfernandez@grupoalba.es>',
    body: `Recibido, gracias.\n\nLucía\n`,
  },
  {
    id: 'n43-forward-vcard-contact', cls: 'nosig', from: 'Greg Hall <ghall@tricountysteel.com>',
    body: `Here's the contact for the crane rental guy you asked about:

Walt Brody
Brody Crane Rental
608-555-0133

Greg
`,
  },
  {
    id: 'n44-status-page', cls: 'nosig', from: 'Cloudnest Status <status@cloudnest.io>',
    body: `Incident resolved: Elevated API latency in us-east-1

Between 14:02 and 14:37 UTC some API requests experienced elevated latency. The issue has been resolved.

Cloudnest Status · Manage notification settings
`,
  },
  {
    id: 'n45-ooo', cls: 'nosig', from: 'Jonathan Price <jonathan.price@meridiancapital.com>',
    body: `I am out of the office until June 16 with limited access to email. For urgent matters please contact my assistant, Karen Liu, at 212-555-0192.
`,
  },
];
