/**
 * Round 2 of the invented-mail probes (issue 15): 80 messages in five classes — A Gmail text/plain of HTML
 * signatures, B replies and forwards, C mail that should give no card, D short and informal, E adversarial.
 * Messages and expectations are copied unchanged from the engineer's probe; only the import path and the runner
 * (now bench/probes.ts) changed. A probe the engineer marked borderline counts as borderline whatever it gives.
 */
import { digits, extractProbe, type ProbeOutcome, type ProbeSet } from './probe-kit';

type PType = 'mobile' | 'work' | 'home' | 'fax' | 'other';
interface Expect {
  card: boolean;
  name?: string;
  title?: string; // substring, case-insensitive
  company?: string; // substring
  phones?: [string, PType | '?'][]; // digits tail (last 7+ digits), type
  noPhones?: string[]; // digits tails that must NOT appear
  email?: string;
  address?: string; // substring
  noName?: string[]; // names that must NOT be the card name
}
export interface Case { id: string; cls: 'A' | 'B' | 'C' | 'D' | 'E'; from: string; body: string; expect: Expect; borderline?: string; note?: string }
const cases: Case[] = [];
const add = (c: Case) => cases.push(c);
// ───────────── A. Gmail text/plain of HTML signatures ─────────────
add({ id: 'A01', cls: 'A', from: 'Marisol Quintero <mquintero@brightwaveanalytics.com>', body: `Hi Tom,

Attached is the revised SOW. Let me know if the milestones work for your team.

Best,

[cid:image001.png@01DA3B7C.5E2F1A90]
Marisol Quintero
Director of Client Success
Brightwave Analytics
T +1 (415) 555-0187 | M +1 (415) 555-0193
E: mquintero@brightwaveanalytics.com<mailto:mquintero@brightwaveanalytics.com>
W: www.brightwaveanalytics.com<http://www.brightwaveanalytics.com>
600 Harrison Street, Suite 410
San Francisco, CA 94107
[LinkedIn]<https://www.linkedin.com/company/brightwave>  [Twitter]<https://twitter.com/brightwave>
`, expect: { card: true, name: 'Marisol Quintero', title: 'Director of Client Success', company: 'Brightwave Analytics', phones: [['4155550187', 'work'], ['4155550193', 'mobile']], email: 'mquintero@brightwaveanalytics.com', address: 'Harrison' } });

add({ id: 'A02', cls: 'A', from: 'Dev Raghunathan <dev.r@kestrelcloud.io>', body: `Thanks Priya — confirmed for Thursday at 2pm.

Dev

[image: Kestrel Cloud logo]
Dev Raghunathan (he/him)
Senior Solutions Engineer | Kestrel Cloud
m: +1 206 555 0148
e: dev.r@kestrelcloud.io
Book a meeting: https://calendly.com/dev-kestrel/30min
[image: LinkedIn] <https://linkedin.com/in/devr>
`, expect: { card: true, name: 'Dev Raghunathan', title: 'Senior Solutions Engineer', company: 'Kestrel Cloud', phones: [['2065550148', 'mobile']] } });

add({ id: 'A03', cls: 'A', from: 'Helen Ashcombe <h.ashcombe@ashcombe-tax.co.uk>', body: `Dear Mr Patel,

Please find your draft return attached for review. I would be grateful if you could sign and return by Friday.

Kind regards

Helen Ashcombe, CPA
Partner
Ashcombe & Finch Tax Advisers LLP
Tel: +44 (0)20 7946 0321<tel:+442079460321>
Mob: +44 (0)7700 900412<tel:+447700900412>
14 Lowther Mews
London W1U 6RJ
[cid:image002.jpg@01D9F1A2.7C3B4E10]
Chartered tax advisers since 1987
`, expect: { card: true, name: 'Helen Ashcombe', title: 'Partner', company: 'Ashcombe & Finch', phones: [['2079460321', 'work'], ['7700900412', 'mobile']], address: 'Lowther' } });

add({ id: 'A04', cls: 'A', from: '"Okonkwo, Chidi" <chidi.okonkwo@veridianbio.com>', body: `Team — slides are in the shared drive. I'll walk through them on Monday.

Chidi

Chidi Okonkwo, PhD
Principal Scientist, Protein Engineering
Veridian Biosciences
O: 617.555.0134 | C: 857.555.0177
1 Kendall Square, Building 400
Cambridge, MA 02139
veridianbio.com
Advancing biology for a healthier tomorrow
`, expect: { card: true, name: 'Chidi Okonkwo', title: 'Principal Scientist', company: 'Veridian', phones: [['6175550134', 'work'], ['8575550177', 'mobile']], address: 'Kendall' } });

add({ id: 'A05', cls: 'A', from: 'Lucía Fernández <lfernandez@grupoaltamar.es>', body: `Hola Jorge,

Te confirmo la reunión del martes. Adjunto la agenda.

Un saludo,

[cid:logo_altamar.png]
Lucía Fernández
Responsable de Compras
Grupo Altamar
Tel. +34 913 555 210 | Móvil +34 612 555 987
Calle de Alcalá 145, 3º
28009 Madrid
www.grupoaltamar.es
[Facebook] [Instagram] [LinkedIn]
`, expect: { card: true, name: 'Lucía Fernández', title: 'Responsable de Compras', company: 'Grupo Altamar', phones: [['913555210', 'work'], ['612555987', 'mobile']], address: 'Alcal' } });

add({ id: 'A06', cls: 'A', from: 'Jonas Weber <jonas.weber@lindqvist-maschinen.de>', body: `Hallo Frau Kraus,

anbei das Angebot wie besprochen.

Mit freundlichen Grüßen

Jonas Weber
Vertriebsleiter DACH

[image: Lindqvist Maschinenbau GmbH]
Lindqvist Maschinenbau GmbH
Industriestraße 22
70565 Stuttgart
Telefon: +49 711 555 2840
Mobil: +49 160 555 7723
Fax: +49 711 555 2849
E-Mail: jonas.weber@lindqvist-maschinen.de
Geschäftsführer: Erik Lindqvist | Amtsgericht Stuttgart HRB 123456
`, expect: { card: true, name: 'Jonas Weber', title: 'Vertriebsleiter', company: 'Lindqvist', phones: [['7115552840', 'work'], ['1605557723', 'mobile'], ['7115552849', 'fax']], address: 'Industriestra' }, note: 'Geschäftsführer line is legal footer, name must stay Jonas' });

add({ id: 'A07', cls: 'A', from: 'Amara Diallo <amara@tidepoolstudio.com>', body: `Love it! Sending the final files tonight.

--
Amara Diallo
Founder & Creative Director
Tidepool Studio
+1 (503) 555-0162
tidepoolstudio.com | @tidepoolstudio
[Instagram]<https://instagram.com/tidepoolstudio>
`, expect: { card: true, name: 'Amara Diallo', title: 'Founder', company: 'Tidepool Studio', phones: [['5035550162', '?']] } });

add({ id: 'A08', cls: 'A', from: 'Ricardo Mendes <ricardo.mendes@portocargo.com.br>', body: `Bom dia Ana,

Segue em anexo a cotação atualizada do frete.

Atenciosamente,

Ricardo Mendes
Gerente Comercial
PortoCargo Logística Ltda.
Tel.: +55 11 5555-4102
Cel.: +55 11 95555-8830
Av. Paulista, 1578 - 12º andar
São Paulo - SP, 01310-200
[cid:image003.png@01DA1122.33445566]
`, expect: { card: true, name: 'Ricardo Mendes', title: 'Gerente Comercial', company: 'PortoCargo', phones: [['1155554102', 'work'], ['11955558830', 'mobile']], address: 'Paulista' } });

add({ id: 'A09', cls: 'A', from: 'Sophie Laurent <s.laurent@atelier-marais.fr>', body: `Bonjour Paul,

Merci pour votre retour rapide. Je vous envoie le devis corrigé d'ici demain.

Bien cordialement,

Sophie Laurent
Chargée de projets
Atelier Marais
T. +33 1 55 55 42 10
P. +33 6 55 55 87 21
12 rue des Rosiers, 75004 Paris
`, expect: { card: true, name: 'Sophie Laurent', title: 'Chargée de projets', company: 'Atelier Marais', phones: [['155554210', 'work'], ['655558721', 'mobile']], address: 'Rosiers' }, note: 'P. = portable (mobile) in French' });

add({ id: 'A10', cls: 'A', from: 'Nadia Petrova <npetrova@corvuslegal.com>', body: `Counsel,

Please see the attached redline. We reserve all rights.

Regards,
Nadia

Nadia Petrova | Associate
Corvus Legal LLP
D +1 312 555 0119 | F +1 312 555 0120
225 W. Wacker Drive, Suite 1800 | Chicago, IL 60606
npetrova@corvuslegal.com | corvuslegal.com

CONFIDENTIALITY NOTICE: This e-mail may contain privileged and confidential information intended only for the recipient. If you received it in error, please delete it and notify the sender.
`, expect: { card: true, name: 'Nadia Petrova', title: 'Associate', company: 'Corvus Legal', phones: [['3125550119', 'work'], ['3125550120', 'fax']], address: 'Wacker' } });

add({ id: 'A11', cls: 'A', from: 'Kenji Watanabe <k.watanabe@sorano-tech.jp>', body: `Hi Emma,

Thanks for the demo yesterday. Our team would like a follow-up next week.

Best regards,
Kenji

----------------------------------------
Kenji Watanabe / 渡辺 健二
Manager, Business Development
Sorano Technologies Inc.
Tel: +81-3-5555-1234  Mobile: +81-90-5555-6789
3-1-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005
----------------------------------------
`, expect: { card: true, name: 'Kenji Watanabe', title: 'Manager', company: 'Sorano', phones: [['355551234', 'work'], ['9055556789', 'mobile']], address: 'Marunouchi' } });

add({ id: 'A12', cls: 'A', from: 'Grace Oyelaran <grace@northfieldcapital.com>', body: `Hi all,

Quick reminder that the quarterly update call is tomorrow.

Grace Oyelaran, CFA
Vice President, Investor Relations
[image: Northfield Capital Partners]
Direct: 646-555-0104
Cell: 917-555-0188
grace@northfieldcapital.com
Book time with me: https://calendly.com/grace-northfield
Northfield Capital Partners | 399 Park Avenue, 22nd Floor | New York, NY 10022
`, expect: { card: true, name: 'Grace Oyelaran', title: 'Vice President', company: 'Northfield Capital', phones: [['6465550104', 'work'], ['9175550188', 'mobile']], address: 'Park Avenue' } });

add({ id: 'A13', cls: 'A', from: 'Tomasz Nowak <tnowak@vistulasoft.pl>', body: `Cześć Marta,

przesyłam poprawioną wersję umowy.

Pozdrawiam,
Tomasz Nowak
Kierownik Projektu
VistulaSoft Sp. z o.o.
tel. +48 22 555 41 90
kom. +48 601 555 302
ul. Marszałkowska 84/92
00-514 Warszawa
`, expect: { card: true, name: 'Tomasz Nowak', title: 'Kierownik Projektu', company: 'VistulaSoft', phones: [['225554190', 'work'], ['601555302', 'mobile']], address: 'Marsza' } });

add({ id: 'A14', cls: 'A', from: 'Bea Lindholm <bea.lindholm@fjordhaus.no>', body: `Sounds good, see you then.

[Fjordhaus]
Bea Lindholm
Head of Partnerships
M +47 915 55 321
E bea.lindholm@fjordhaus.no
fjordhaus.no
[LinkedIn] [Instagram] [YouTube]
Fjordhaus AS · Dronningens gate 8 · 0152 Oslo
`, expect: { card: true, name: 'Bea Lindholm', title: 'Head of Partnerships', company: 'Fjordhaus', phones: [['91555321', 'mobile']], address: 'Dronningens' } });

add({ id: 'A15', cls: 'A', from: 'Ethan Brooks <ethan.brooks@harborline.com>', body: `Hi Lisa,

Please see attached invoice #4471 for March.

Thanks,

Ethan Brooks
Accounts Receivable Specialist
Harborline Freight
Phone: 1-800-555-0199 ext. 214
Fax: 1-888-555-0142
ethan.brooks@harborline.com
`, expect: { card: true, name: 'Ethan Brooks', title: 'Accounts Receivable', company: 'Harborline', phones: [['8005550199', 'work'], ['8885550142', 'fax']] } });
// ───────────── B. Replies and forwards ─────────────
add({ id: 'B01', cls: 'B', from: 'Olivia Grant <olivia.grant@meridianhealth.org>', body: `Thanks Raj, that works for me.

Olivia Grant
Clinical Operations Manager
Meridian Health
Office: 555-555-0110? no
`.replace('Office: 555-555-0110? no\n', 'Office: (312) 555-0110\n') + `
On Tue, Mar 4, 2025 at 9:12 AM Raj Menon <raj.menon@lakeshorelabs.com> wrote:
> Hi Olivia,
>
> Could we move the review to Thursday?
>
> Raj Menon
> Account Director
> Lakeshore Labs
> +1 (773) 555-0145
`, expect: { card: true, name: 'Olivia Grant', title: 'Clinical Operations Manager', company: 'Meridian', phones: [['3125550110', 'work']], noPhones: ['7735550145'], noName: ['Raj Menon'] } });

add({ id: 'B02', cls: 'B', from: 'Max Hoffmann <max.hoffmann@elbtal-energie.de>', body: `Hallo Herr Yilmaz,

passt, ich bestätige den Termin.

Viele Grüße
Max Hoffmann
Projektingenieur
Elbtal Energie GmbH
Tel. +49 351 555 1180

-----Ursprüngliche Nachricht-----
Von: Cem Yilmaz <c.yilmaz@yilmaz-bau.de>
Gesendet: Montag, 3. März 2025 16:40
An: Max Hoffmann <max.hoffmann@elbtal-energie.de>
Betreff: Termin Baustelle

Hallo Herr Hoffmann,

können wir uns am Mittwoch treffen?

Mit freundlichen Grüßen
Cem Yilmaz
Bauleiter
Yilmaz Bau GmbH & Co. KG
Mobil: +49 172 555 4410
`, expect: { card: true, name: 'Max Hoffmann', title: 'Projektingenieur', company: 'Elbtal Energie', phones: [['3515551180', 'work']], noPhones: ['1725554410'], noName: ['Cem Yilmaz'] } });

add({ id: 'B03', cls: 'B', from: 'Priya Shah <priya@lumenforge.com>', body: `FYI

---------- Forwarded message ---------
From: Daniel Ortega <dortega@castellanpartners.com>
Date: Wed, Mar 5, 2025 at 11:02 AM
Subject: Intro
To: Priya Shah <priya@lumenforge.com>

Hi Priya,

Great meeting you at the summit. Happy to connect with your CTO.

Best,
Daniel Ortega
Managing Partner
Castellan Partners
+1 (212) 555-0171
dortega@castellanpartners.com
`, expect: { card: false, noName: ['Daniel Ortega'] } });

add({ id: 'B04', cls: 'B', from: 'Luca Bianchi <luca.bianchi@serravalle-design.it>', body: `Ciao Giulia,

perfetto, grazie mille!

Luca

Il giorno lun 3 mar 2025 alle ore 18:20 Giulia Conti <g.conti@contistudio.it> ha scritto:
> Ciao Luca,
> ti mando i file definitivi.
>
> Giulia Conti
> Art Director
> Conti Studio
> +39 02 5555 3310
`, expect: { card: false, noName: ['Giulia Conti'], noPhones: ['0255553310'] }, note: 'own reply has no signature; quoted sig belongs to someone else' });

add({ id: 'B05', cls: 'B', from: 'Hannah Cole <hcole@pinecrestschools.org>', body: `Hi Mark,

See my answers inline below.

Hannah Cole
Assistant Principal
Pinecrest Middle School
(541) 555-0139

-----Original Message-----
From: Mark Ellison <mark.ellison@gmail.com>
Sent: Monday, March 3, 2025 7:45 PM
To: Hannah Cole <hcole@pinecrestschools.org>
Subject: Bus schedule

1. Does the late bus run on Fridays?
>> Yes, at 4:15.
2. Who do I call if it's late?
>> Transportation office, 541-555-0100.

Thanks,
Mark Ellison
Cell 541-555-0172
`, expect: { card: true, name: 'Hannah Cole', title: 'Assistant Principal', company: 'Pinecrest', phones: [['5415550139', '?']], noPhones: ['5415550172', '5415550100'] } });

add({ id: 'B06', cls: 'B', from: 'Anders Nilsson <anders.nilsson@kustlinje.se>', body: `Hej Karin,

Tack, det ser bra ut.

Med vänliga hälsningar
Anders Nilsson
Inköpschef
Kustlinje AB
Tel: +46 8 555 123 40
Mobil: +46 70 555 98 76

Från: Karin Berg <karin.berg@bergsmek.se>
Skickat: den 4 mars 2025 10:15
Till: Anders Nilsson <anders.nilsson@kustlinje.se>
Ämne: Offert

Hej Anders,
Bifogar offerten.
Hälsningar
Karin Berg
VD, Bergs Mekaniska AB
070-555 11 22
`, expect: { card: true, name: 'Anders Nilsson', title: 'Inköpschef', company: 'Kustlinje', phones: [['855512340', 'work'], ['705559876', 'mobile']], noPhones: ['705551122'] } });

add({ id: 'B07', cls: 'B', from: 'Sam Whitfield <sam@whitfieldcarpentry.com>', body: `Fwd. see below - can you quote this?

Sent from my iPhone

Begin forwarded message:

From: Laura Jennings <laura.jennings@outlook.com>
Date: March 3, 2025 at 8:14:22 PM EST
To: sam@whitfieldcarpentry.com
Subject: Kitchen cabinets

Hi Sam, we're looking to redo our kitchen cabinets. Could you come by next week?

Laura Jennings
(617) 555-0126
`, expect: { card: false, noName: ['Laura Jennings'], noPhones: ['6175550126'] } });

add({ id: 'B08', cls: 'B', from: 'Fatima Al-Sayed <fatima.alsayed@gulfbridge.ae>', body: `Dear Omar,

Noted with thanks. We will revert by Sunday.

Best regards,
Fatima Al-Sayed
Procurement Lead | GulfBridge Trading LLC
M: +971 50 555 4321 | T: +971 4 555 8800
Office 1204, Jumeirah Bay Tower X2, JLT, Dubai, UAE

________________________________
From: Omar Haddad <omar.haddad@haddadsteel.com>
Sent: Thursday, March 6, 2025 12:30 PM
To: Fatima Al-Sayed
Subject: RE: PO 88213

Dear Fatima,
Please confirm delivery date.
Regards,
Omar Haddad
Sales Manager
Haddad Steel Industries
Tel: +961 1 555 321
`, expect: { card: true, name: 'Fatima Al-Sayed', title: 'Procurement Lead', company: 'GulfBridge', phones: [['505554321', 'mobile'], ['45558800', 'work']], noPhones: ['1555321'], address: 'Jumeirah' } });

add({ id: 'B09', cls: 'B', from: 'Noah Kim <noah.kim@arcadiarobotics.com>', body: `+1, let's do it.

On Wed, Mar 5, 2025, 4:01 PM Emily Tran <emily.tran@arcadiarobotics.com> wrote:

> All — proposing we ship v2.3 Friday. Objections?
>
> --
> Emily Tran
> Engineering Manager, Platform
> Arcadia Robotics
> +1 (408) 555-0155
>
`, expect: { card: false, noName: ['Emily Tran'], noPhones: ['4085550155'] } });

add({ id: 'B10', cls: 'B', from: 'Claire Dubois <claire.dubois@vinsdelaloire.fr>', body: `Bonjour Marc,

Voici le message de notre transporteur ci-dessous, pour info.

Cordialement,
Claire Dubois
Responsable Export
Vins de la Loire SARL
+33 2 55 55 61 40

-------- Message transféré --------
Sujet : Livraison
Date : Wed, 5 Mar 2025 09:10:00 +0100
De : Pierre Morel <p.morel@transmorel.fr>
Pour : Claire Dubois <claire.dubois@vinsdelaloire.fr>

Bonjour, la livraison est prévue lundi.
Pierre Morel
Transports Morel
06 55 55 12 34
`, expect: { card: true, name: 'Claire Dubois', title: 'Responsable Export', company: 'Vins de la Loire', phones: [['255556140', '?']], noPhones: ['655551234'] } });

add({ id: 'B11', cls: 'B', from: 'Gabriel Souza <gabriel@souzaeventos.com.br>', body: `Oi Carla, tudo certo. Abraço!

Gabriel Souza | Souza Eventos | (21) 95555-4477

Em qua., 5 de mar. de 2025 às 14:22, Carla Ribeiro <carla.ribeiro@hotelmar.com.br> escreveu:
> Gabriel, confirmamos o salão para o dia 20.
> Carla Ribeiro
> Gerente de Eventos - Hotel Mar
> (21) 3555-9000
`, expect: { card: true, name: 'Gabriel Souza', company: 'Souza Eventos', phones: [['21955554477', 'mobile']], noPhones: ['2135559000'] }, note: 'one-line sig, BR mobile 9xxxx' });

add({ id: 'B12', cls: 'B', from: 'Rachel Adler <radler@beaconhillrealty.com>', body: `Hi Tom & Jen,

Great news — the sellers accepted! Details below from their agent.

Rachel

Rachel Adler
REALTOR® | Beacon Hill Realty
C: 617-555-0191
DRE #01234567

On Mar 6, 2025, at 10:05 AM, Steve Park <steve@parkhomes.com> wrote:

Rachel, my clients accept your buyers' offer at $812,000.
Steve Park
Broker, Park Homes
617-555-0144
`, expect: { card: true, name: 'Rachel Adler', company: 'Beacon Hill Realty', phones: [['6175550191', 'mobile']], noPhones: ['6175550144'] } });

add({ id: 'B13', cls: 'B', from: 'Yuki Tanaka <yuki.tanaka@hoshizora.co.jp>', body: `田中です。
承知しました。よろしくお願いいたします。

--------------------
株式会社ほしぞら
営業部 課長
田中 由紀
TEL: 03-5555-2211
携帯: 090-5555-7788
〒150-0002 東京都渋谷区渋谷2-1-1
--------------------

2025年3月5日(水) 15:00 佐藤 健 <ken.sato@sato-kogyo.co.jp>:
> 田中様
> 見積書を送付します。
> 佐藤工業株式会社
> 佐藤 健
> TEL: 06-5555-3344
`, expect: { card: true, name: '田中 由紀', title: '課長', company: 'ほしぞら', phones: [['355552211', 'work'], ['9055557788', 'mobile']], noPhones: ['655553344'] } });

add({ id: 'B14', cls: 'B', from: 'Peter Vasquez <pvasquez@summitridge.com>', body: `Looping in Angela who handles onboarding.

Angela — Kevin's info is below.

Thanks,
Peter

On Mon, Mar 3, 2025 at 2:10 PM Kevin Lu <kevin.lu@orbitpay.io> wrote:
> Peter, thanks for the call. My details:
> Kevin Lu
> VP Partnerships, OrbitPay
> +1 415 555 0108
`, expect: { card: false, noName: ['Kevin Lu'], noPhones: ['4155550108'] } });
// ───────────── C. Mail that should give no card ─────────────
add({ id: 'C01', cls: 'C', from: 'Jake Morrison <jake@growthpilot.co>', body: `Hi Anna,

Just bumping this to the top of your inbox. Did you get a chance to look at my last note about cutting your CAC by 30%?

Worth a 15-min chat next week?

Jake Morrison
Account Executive | GrowthPilot
+1 (628) 555-0133
growthpilot.co

Sent with Yesware

If you'd rather not hear from me, just let me know.
`, expect: { card: false }, borderline: 'cold outreach by a real person with a real signature; many users would not want a card, some would' });

add({ id: 'C02', cls: 'C', from: 'Shopwell Orders <orders@shopwell.com>', body: `Hi Anna,

Thanks for your order! Order #SW-448812 has shipped.

Items:
Bamboo cutting board x1    $24.99
Chef knife 8"      x1    $59.00
Subtotal                 $83.99

Shipping to:
Anna Kowalski
212 Elm Street, Apt 3
Springfield, IL 62704
Phone: 217-555-0166

Questions? Call us at 1-800-555-0123.
Shopwell Customer Care
`, expect: { card: false } });

add({ id: 'C03', cls: 'C', from: 'Riverbend Family Dental <appointments@riverbenddental.com>', body: `Hello Anna,

This is a reminder of your appointment:

Dr. Melissa Howard, DDS
Thursday, March 13 at 10:30 AM
Riverbend Family Dental
455 River Road, Suite 2
Eugene, OR 97401
(541) 555-0120

Please reply C to confirm or call us to reschedule.
`, expect: { card: false } });

add({ id: 'C04', cls: 'C', from: 'Maple Grove Elementary PTA <pta@maplegrovepta.org>', body: `Dear Maple Grove Families,

Spring Book Fair is March 17–21 in the library! Volunteers are still needed for Tuesday afternoon.

Volunteer coordinator: Sarah Lin, 503-555-0181
Treasurer: Mike Osei, 503-555-0182

Thank you for supporting our students!

Maple Grove Elementary PTA
1200 NW Maple Ave, Portland, OR 97229
`, expect: { card: false } });

add({ id: 'C05', cls: 'C', from: 'Ticketvault <tickets@ticketvault.com>', body: `Your tickets are ready!

The Lumineers — World Tour
Saturday, May 10, 2025 · Doors 6:30 PM
Moda Center, 1 N Center Court St, Portland, OR 97227

Section 104 Row K Seats 11-12
Order #TV-99218-AX

Need help? Call 1-888-555-0101
`, expect: { card: false } });

add({ id: 'C06', cls: 'C', from: 'Zillowish Alerts <alerts@homefinderz.com>', body: `New listing matching your search "3 bed Bend OR"

1847 NW Ridgeview Dr, Bend, OR 97703
$689,000 · 3 bd · 2.5 ba · 2,140 sqft

Listed by:
Carmen Ruiz
Cascade Peak Realty
(541) 555-0150

View listing: https://homefinderz.com/l/1847-ridgeview
To stop receiving these alerts, update your preferences.
`, expect: { card: false } });

add({ id: 'C07', cls: 'C', from: 'JobNest <jobs-noreply@jobnest.com>', body: `3 new jobs for "Data Analyst" near Austin, TX

Senior Data Analyst — Lonestar Health
Recruiter: Brian Tate · 512-555-0137

BI Analyst — Pecan Foods
Recruiter: Olga Ivanova · 512-555-0138

Data Analyst II — Capitol Credit Union
Apply by March 30

You're receiving this because you set up a job alert.
`, expect: { card: false } });

add({ id: 'C08', cls: 'C', from: 'Jira <jira@northwind.atlassian.net>', body: `Priya Nair updated PROJ-1423: Checkout fails for EU cards

Status: In Progress → In Review
Assignee: Priya Nair

Comment by Priya Nair:
Fixed in PR #882, please review.

View issue: https://northwind.atlassian.net/browse/PROJ-1423
This message was sent by Atlassian Jira.
`, expect: { card: false } });

add({ id: 'C09', cls: 'C', from: 'Slack <no-reply@slack.com>', body: `You have 3 new messages in #sales-team

Marcus Lee: can someone call the client back at 415-555-0177?
Jenna Park: on it
Marcus Lee: thanks Jenna

Open Slack: https://northwind.slack.com/messages/sales-team
`, expect: { card: false } });

add({ id: 'C10', cls: 'C', from: 'Diego Alvarez <diego.alvarez@tierraverde.com>', body: `Thank you for your email. I am out of the office until Monday, March 17 with limited access to email.

For urgent matters please contact Jane Doe at +1 (305) 555-0161 or jane.doe@tierraverde.com.

Diego Alvarez
`, expect: { card: false, noName: ['Jane Doe'], noPhones: ['3055550161'] } });

add({ id: 'C11', cls: 'C', from: 'Ingrid Solberg <ingrid.solberg@nordlysmedia.no>', body: `Automatic reply: I am on parental leave until 1 June. For urgent matters contact Erik Haugen, erik.haugen@nordlysmedia.no, +47 22 55 51 00.

Best regards
Ingrid Solberg
Senior Producer
Nordlys Media AS
+47 930 55 412
`, expect: { card: true, name: 'Ingrid Solberg', title: 'Senior Producer', company: 'Nordlys Media', phones: [['93055412', '?']], noPhones: ['22555100'], noName: ['Erik Haugen'] }, borderline: 'out-of-office from the person themself with own signature' });

add({ id: 'C12', cls: 'C', from: 'GitHub <notifications@github.com>', body: `@tomasz-w commented on this pull request.

In src/api/client.ts:
> +  const timeout = 30_000;

Should we make this configurable?

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you were mentioned.
`, expect: { card: false } });

add({ id: 'C13', cls: 'C', from: 'Asana <no-reply@asana.com>', body: `Daily summary for Anna Kowalski

Due today:
• Finalize Q2 budget — assigned by Mark Stevens
• Call vendor (Tel 312-555-0111) — assigned by Lisa Chen

Asana, Inc. · 633 Folsom Street, San Francisco, CA 94107
`, expect: { card: false } });

add({ id: 'C14', cls: 'C', from: 'Greenleaf Clinic <noreply@greenleafclinic.org>', body: `Your lab results are available in the patient portal.

Ordering provider: Dr. Samuel Okafor, MD
Greenleaf Clinic – Internal Medicine
2200 Hillcrest Blvd, Suite 300
Madison, WI 53705
Phone: (608) 555-0140  Fax: (608) 555-0141

Please do not reply to this message.
`, expect: { card: false } });

add({ id: 'C15', cls: 'C', from: 'Events at Harbor Conference Center <events@harborcc.com>', body: `Hi Anna,

Your booth registration for BuildExpo 2025 is confirmed.

Your exhibitor coordinator:
Tessa Nguyen
Exhibitor Services Manager
Harbor Conference Center
T: 619-555-0150

See you in April!
`, expect: { card: false }, borderline: 'role mailbox but a named coordinator contact; product rule says no card for events@' });

add({ id: 'C16', cls: 'C', from: 'Camila Restrepo <camila@brightpath-hr.com>', body: `Hi Anna,

I came across your profile and think you'd be a great fit for a Senior PM role at a Series B fintech. Open to a quick chat?

Camila Restrepo
Talent Partner | BrightPath Recruiting
+1 (646) 555-0127
Sent via HubSpot Sales
Unsubscribe: https://hs.example/u/abc
`, expect: { card: false }, borderline: 'recruiter outreach from a person; tracked, with unsubscribe' });
// ───────────── D. Short and informal ─────────────
add({ id: 'D01', cls: 'D', from: 'Mike Donnelly <mike.donnelly@donnellyplumbing.com>', body: `Running 20 min late, be there by 10.

— Sent from my phone
`, expect: { card: false } });

add({ id: 'D02', cls: 'D', from: 'Tara Quinn <tquinn@quinnlandscapes.com>', body: `Hi Mrs. Lopez,

Crew can start Monday if the weather holds.

Thanks,
Tara
(720) 555-0193
`, expect: { card: true, name: 'Tara Quinn', phones: [['7205550193', '?']] }, note: 'first-name sign-off + phone; display name gives full name' });

add({ id: 'D03', cls: 'D', from: 'J.R. Whitaker <jr@whitakerlaw.com>', body: `Got it. Will file tomorrow.

JRW
Whitaker Law PLLC | 615-555-0158
`, expect: { card: true, company: 'Whitaker Law', phones: [['6155550158', '?']] }, note: 'initials sign-off; name from display name' });

add({ id: 'D04', cls: 'D', from: 'Oscar Lindgren <oscar@lindgrenbygg.se>', body: `Ok, jag ringer dig imorgon.

Oscar Lindgren | Lindgren Bygg AB
070-555 43 21
`, expect: { card: true, name: 'Oscar Lindgren', company: 'Lindgren Bygg', phones: [['705554321', 'mobile']] }, note: 'Swedish 07x is mobile' });

add({ id: 'D05', cls: 'D', from: 'Ли Ивановa <anna.ivanova@severtrans.ru>'.replace('Ли Ивановa', 'Анна Иванова'), body: `Добрый день, Сергей!

Направляю счёт на оплату.

С уважением,
Анна Иванова
Главный бухгалтер
ООО «СеверТранс»
Тел.: +7 (495) 555-12-34
Моб.: +7 (916) 555-67-89
`, expect: { card: true, name: 'Анна Иванова', title: 'Главный бухгалтер', company: 'СеверТранс', phones: [['4955551234', 'work'], ['9165556789', 'mobile']] } });

add({ id: 'D06', cls: 'D', from: 'Wei Zhang <zhang.wei@huaxin-elec.cn>', body: `Dear Mr. Brown,

Samples shipped today via DHL, tracking 1234567890.

Best regards
张伟 Wei Zhang
Sales Manager
Huaxin Electronics Co., Ltd.
Tel: +86 755 5555 1234
Mob: +86 138 5555 6789
`, expect: { card: true, name: 'Wei Zhang', title: 'Sales Manager', company: 'Huaxin', phones: [['75555551234', 'work'], ['13855556789', 'mobile']], noPhones: ['1234567890'] }, note: 'name may legitimately include 张伟' });

add({ id: 'D07', cls: 'D', from: 'Khalid Al Mansouri <k.almansouri@sahara-eng.com>', body: `السلام عليكم،

تم استلام العرض وسنرد عليكم قريباً.

مع التحية،
خالد المنصوري
مدير المشاريع
شركة الصحراء للهندسة
جوال: +966 50 555 1234
`, expect: { card: true, name: 'خالد المنصوري', title: 'مدير المشاريع', company: 'الصحراء', phones: [['505551234', 'mobile']] }, borderline: 'Arabic name vs Latin display name; a human would accept either name' });

add({ id: 'D08', cls: 'D', from: 'María José García López <mjgarcia@clinicasolmar.es>', body: `Hola,

Le confirmo la cita para el jueves a las 10.

Saludos cordiales,
María José García López
Coordinadora de Pacientes
Clínica Solmar
Tel. 952 555 318
`, expect: { card: true, name: 'María José García López', title: 'Coordinadora', company: 'Solmar', phones: [['952555318', 'work']] } });

add({ id: 'D09', cls: 'D', from: 'João Pedro Carvalho Santos <joao.santos@agrovale.com.br>', body: `Prezados,

Segue o relatório da safra.

Abs,
João Pedro Carvalho Santos
Engenheiro Agrônomo
AgroVale
(34) 99555-2211
`, expect: { card: true, name: 'João Pedro Carvalho Santos', title: 'Engenheiro', company: 'AgroVale', phones: [['34995552211', 'mobile']] } });

add({ id: 'D10', cls: 'D', from: 'Ben <ben.harris@gmail.com>', body: `yep see u there

b
`, expect: { card: false } });

add({ id: 'D11', cls: 'D', from: 'Lena Vogt <lena.vogt@gmail.com>', body: `Hi Sara,

Happy to help with the bake sale! Just text me.

Lena
0176 5551 2345

Von meinem iPhone gesendet
`, expect: { card: true, name: 'Lena Vogt', phones: [['17655512345', 'mobile']] }, note: 'German 017x = mobile' });

add({ id: 'D12', cls: 'D', from: 'Park Ji-hoon <jihoon.park@hanbit-soft.kr>', body: `안녕하세요,

자료 잘 받았습니다. 감사합니다.

박지훈 드림
한빛소프트 | 개발팀 팀장
010-5555-1234
`, expect: { card: true, company: '한빛소프트', phones: [['1055551234', 'mobile']] }, note: 'Korean: 드림 after name ("offered by"); name 박지훈' });

add({ id: 'D13', cls: 'D', from: 'Rob Kessler <rob@kesslerbrewing.com>', body: `Cheers mate, kegs on the way.

Rob
Kessler Brewing Co. · 0412 555 678
`, expect: { card: true, name: 'Rob Kessler', company: 'Kessler Brewing', phones: [['412555678', 'mobile']] }, note: 'AU 04 mobile' });

add({ id: 'D14', cls: 'D', from: 'Émilie Roy <emilie.roy@videotron.ca>', body: `Parfait, merci!

Émilie
Envoyé de mon iPhone
`, expect: { card: false } });
// ───────────── E. Adversarial ─────────────
add({ id: 'E01', cls: 'E', from: 'Nora Fitzgerald <nora@fitzgeraldevents.ie>', body: `Hi Claire,

For the wedding day, the key contacts are: call Ann at 087 555 1234 for flowers, Bob at 086 555 9876 for the band, and the venue manager Ciarán on 01 555 4400.

Let me know if anything changes.

Warm regards,
Nora Fitzgerald
Event Planner
Fitzgerald Events
M: 085 555 3210
`, expect: { card: true, name: 'Nora Fitzgerald', title: 'Event Planner', company: 'Fitzgerald Events', phones: [['855553210', 'mobile']], noPhones: ['875551234', '865559876', '15554400'] } });

add({ id: 'E02', cls: 'E', from: 'Victor Hale <victor.hale@halesupply.com>', body: `Hi Dana,

Updated pricing below:

Item              Qty     Unit     Total
PVC pipe 2"       100     3.20     320.00
Elbow 90°         50      1.15      57.50
Coupling          75      0.90      67.50

Valid through April 30.

Victor Hale
Sales Rep, Hale Supply Co.
(918) 555-0147
`, expect: { card: true, name: 'Victor Hale', title: 'Sales Rep', company: 'Hale Supply', phones: [['9185550147', '?']] } });

add({ id: 'E03', cls: 'E', from: 'Megan Lewis <mlewis@cobaltventures.com>', body: `Hi Arjun,

Sent on behalf of Richard Cobb.

Richard would like to meet on Tuesday at 3pm. Please confirm.

Best,
Megan Lewis
Executive Assistant to Richard Cobb, Managing Partner
Cobalt Ventures
D: 650-555-0112
`, expect: { card: true, name: 'Megan Lewis', title: 'Executive Assistant', company: 'Cobalt Ventures', phones: [['6505550112', 'work']], noName: ['Richard Cobb'] } });

add({ id: 'E04', cls: 'E', from: 'Richard Cobb <rcobb@cobaltventures.com>', body: `Arjun,

Looking forward to Tuesday.

Richard

--
Sent by Megan Lewis on behalf of Richard Cobb
Megan Lewis | Executive Assistant | Cobalt Ventures | 650-555-0112
`, expect: { card: false, noName: ['Megan Lewis'] }, borderline: 'signature is the assistant\'s under the boss\'s From; a card for Richard with Megan\'s phone is wrong, a card for Megan is arguably ok' });

add({ id: 'E05', cls: 'E', from: 'Accounts Payable <ap@brightmill.com>', body: `Hello,

Payment for invoice 20931 was released today.

Regards,
Karen Liu
Accounts Payable Specialist
Brightmill Manufacturing
(414) 555-0175
`, expect: { card: false }, borderline: 'shared mailbox signed by a person; product rule: no card for role mailboxes' });

add({ id: 'E06', cls: 'E', from: 'Sales Team <sales@orbitalfurniture.com>', body: `Hi Anna,

Thanks for your interest in our standing desks! Our brochure is attached.

Best,
The Orbital Furniture Team
1-877-555-0190
`, expect: { card: false } });

add({ id: 'E07', cls: 'E', from: 'Paul Becker <paul.becker@beckerarch.com>', body: `Hi Lisa,

My colleague Janine Roth will take over the project while I'm on sabbatical. Her details:

Janine Roth
Senior Architect
Becker Architects
+1 (503) 555-0129
janine.roth@beckerarch.com

Best,
Paul

Paul Becker, AIA
Principal
Becker Architects
+1 (503) 555-0120
`, expect: { card: true, name: 'Paul Becker', title: 'Principal', company: 'Becker Architects', phones: [['5035550120', '?']], noPhones: ['5035550129'], noName: ['Janine Roth'] } });

add({ id: 'E08', cls: 'E', from: 'Paul Becker <paul.becker@beckerarch.com>', body: `Hi Lisa,

Please reach out to my colleague for scheduling:

Janine Roth
Senior Architect
Becker Architects
+1 (503) 555-0129

Thanks,
Paul
`, expect: { card: false, noName: ['Janine Roth'], noPhones: ['5035550129'] }, note: 'block above sign-off belongs to colleague' });

add({ id: 'E09', cls: 'E', from: 'Chris Park <chris.park@tallgrasscoop.org>', body: `Hi everyone,

Reminder of the phone tree for storm days:
Group A – Liz 555-0101, Omar 555-0102
Group B – Dee 555-0103, Kai 555-0104
Group C – Ruth 555-0105

Thanks,
Chris Park
Operations Coordinator
Tallgrass Co-op
(785) 555-0199
`, expect: { card: true, name: 'Chris Park', title: 'Operations Coordinator', company: 'Tallgrass', phones: [['7855550199', '?']], noPhones: ['5550101', '5550102', '5550103', '5550104', '5550105'] } });

add({ id: 'E10', cls: 'E', from: 'Front Desk <frontdesk@alpinelodge.com>', body: `Dear Guest,

Your reservation is confirmed for March 21–23.

Warm regards,
Heidi Brunner
Front Office Manager
Alpine Lodge
+43 5512 555 100
`, expect: { card: false }, borderline: 'shared mailbox signed by a named person' });

add({ id: 'E11', cls: 'E', from: 'Tom Reyes <tom.reyes@gmail.com>', body: `Hey,

Here's the contractor my neighbor used — call him, he's great:

Luis Ortega
Ortega Roofing LLC
(210) 555-0163

- Tom
`, expect: { card: false, noName: ['Luis Ortega'], noPhones: ['2105550163'] } });

add({ id: 'E12', cls: 'E', from: 'Sarah Kim <sarah.kim@novacare.com>', body: `Hi Ben,

Thanks! Talk soon.

Sarah Kim
Regional Director | NovaCare Clinics
Mobile 213-555-0184 | Main 1-800-555-0100 | Fax 213-555-0185
sarah.kim@novacare.com

On Fri, Mar 7, 2025 at 8:00 AM Ben Ortiz <ben.ortiz@novacare.com> wrote:
Sarah — can you approve the Q2 staffing plan?
Ben Ortiz
Clinic Manager, NovaCare Pasadena
626-555-0122
`, expect: { card: true, name: 'Sarah Kim', title: 'Regional Director', company: 'NovaCare', phones: [['2135550184', 'mobile'], ['8005550100', 'work'], ['2135550185', 'fax']], noPhones: ['6265550122'] }, note: 'unquoted (no >) Gmail reply header' });

add({ id: 'E13', cls: 'E', from: 'Hiring at Lumen <careers@lumenlabs.ai>', body: `Hi Anna,

Thanks for applying to Lumen Labs. Your interviewer will be:

Dr. Priyanka Rao
Head of Machine Learning
priyanka.rao@lumenlabs.ai

Best,
Lumen Labs Recruiting
`, expect: { card: false } });
// ───────────── extra probes (added after the first run, still invented) ─────────────
add({ id: 'A16', cls: 'A', from: 'Ana Lima <ana.lima@vetorx.com.br>', body: `Olá Pedro,

Segue a proposta revisada.

Atenciosamente,
Ana Lima
Diretora Comercial
VetorX Ltda.
Tel.: +55 11 5555-4102
Rua Augusta, 900
São Paulo - SP, 01304-001
`, expect: { card: true, name: 'Ana Lima', title: 'Diretora', company: 'VetorX', phones: [['1155554102', 'work']], noPhones: ['01304001'], address: 'Augusta' }, note: 'CEP must not become a phone' });

add({ id: 'A17', cls: 'A', from: 'Jane Moreau <hello@janemoreau.design>', body: `Hi Tom,

Attached are the logo concepts — let me know which direction you like.

Jane Moreau
Illustrator & Brand Designer
+1 (503) 555-0111
janemoreau.design
[Instagram] [Behance]
`, expect: { card: true, name: 'Jane Moreau', title: 'Illustrator', phones: [['5035550111', '?']] }, borderline: 'solo freelancer on hello@ of her own-name domain; role-mailbox rule refuses' });

add({ id: 'B15', cls: 'B', from: 'Javier Ortiz <jortiz@constructoraandina.cl>', body: `Hola Marcela,

De acuerdo, lo revisamos el jueves.

Saludos,
Javier Ortiz
Jefe de Obra
Constructora Andina SpA
+56 9 5555 1122

El lun, 3 mar 2025 a las 17:05, Marcela Díaz (<mdiaz@arquitectosdiaz.cl>) escribió:

> Javier, te envío los planos actualizados.
> Marcela Díaz
> Arquitecta | Díaz Arquitectos
> +56 2 2555 7788
`, expect: { card: true, name: 'Javier Ortiz', title: 'Jefe de Obra', company: 'Constructora Andina', phones: [['955551122', 'mobile']], noPhones: ['225557788'] } });

add({ id: 'B16', cls: 'B', from: 'Sanne de Vries <sanne.devries@polderlogistiek.nl>', body: `Hoi Bram,

Prima, dan plannen we het in voor week 12.

Met vriendelijke groet,

Sanne de Vries
Planner
Polder Logistiek B.V.
T: +31 10 555 4411
M: +31 6 5555 8822

Van: Bram Jansen <bram@jansentransport.nl>
Verzonden: dinsdag 4 maart 2025 11:20
Aan: Sanne de Vries <sanne.devries@polderlogistiek.nl>
Onderwerp: Rit Rotterdam

Hoi Sanne, kunnen jullie volgende week rijden?
Groet,
Bram Jansen
Jansen Transport
06-55512345
`, expect: { card: true, name: 'Sanne de Vries', title: 'Planner', company: 'Polder Logistiek', phones: [['105554411', 'work'], ['655558822', 'mobile']], noPhones: ['655512345'] } });

add({ id: 'B17', cls: 'B', from: 'Liam O\'Connor <liam.oconnor@brightquay.ie>', body: `Hi Siobhan,

Answers below in blue.

> 1. Can you do delivery on the 14th?
Yes, morning slot.

> 2. Who is the driver contact?
Declan, 087 555 6612.

Cheers,
Liam O'Connor
Logistics Manager, BrightQuay
+353 1 555 2020
`, expect: { card: true, name: "Liam O'Connor", title: 'Logistics Manager', company: 'BrightQuay', phones: [['15552020', '?']], noPhones: ['875556612'] }, note: 'inline reply' });

add({ id: 'D15', cls: 'D', from: 'Tara Quinn <tquinn@quinnlandscapes.com>', body: `Hi Mrs. Lopez,

Crew can start Monday if the weather holds.

Thanks,
Tara
(720) 555-0193

Sent from my iPhone
`, expect: { card: true, name: 'Tara Quinn', phones: [['7205550193', '?']] }, note: 'same as D02 plus a mobile footer' });

add({ id: 'D16', cls: 'D', from: 'João Santos <joao.santos@agrovale.com.br>', body: `Prezados,

Segue o relatório da safra.

Abs,
João Santos
Engenheiro Agrônomo
AgroVale
(34) 99555-2211
`, expect: { card: true, name: 'João Santos', company: 'AgroVale', phones: [['34995552211', 'mobile']] }, note: '"Abs," sign-off' });

add({ id: 'E14', cls: 'E', from: 'Nguyen Thi It <it.nguyen@saigontex.vn>', body: `Dear Sir,

Please check the attached invoice.

Best regards,
Nguyen Thi It
Sales Executive
Saigon Textiles
+84 28 5555 1234
`, expect: { card: true, name: 'Nguyen Thi It', title: 'Sales Executive', company: 'Saigon Textiles', phones: [['2855551234', '?']] }, note: 'personal local part that starts with a role word' });
// ───────────── checker ─────────────
const low = (s?: string) => (s ?? '').toLowerCase();

function check(c: Case): ProbeOutcome {
  const x = extractProbe(c.from, c.body);
  const k = x.contact;
  const problems: string[] = [];
  const e = c.expect;
  if (e.card && !k) problems.push(`expected a card, got none (gate=${x.gate.personal ? 'personal' : (x.gate as { reason: string }).reason} score=${x.gate.score.toFixed(2)}, evidence missing=${x.evidence?.missing.join('/') ?? 'n/a'}, parsed=${x.parsed ? 'yes' : 'no'})`);
  if (!e.card && k) problems.push('expected no card, got one');
  if (k) {
    const name = k.fullName?.value;
    if (e.card) {
      if (e.name && !low(name).includes(low(e.name))) problems.push(`name: want "${e.name}", got "${name ?? ''}"`);
      if (e.title && !low(k.jobTitle?.value).includes(low(e.title))) problems.push(`title: want ~"${e.title}", got "${k.jobTitle?.value ?? ''}"`);
      if (e.company && !low(k.company?.value).includes(low(e.company))) problems.push(`company: want ~"${e.company}", got "${k.company?.value ?? ''}"`);
      if (e.address && !low(k.address?.value).includes(low(e.address))) problems.push(`address: want ~"${e.address}", got "${k.address?.value ?? ''}"`);
      if (e.email && low(k.email?.value) !== low(e.email)) problems.push(`email: want ${e.email}, got ${k.email?.value ?? ''}`);
      for (const [d, type] of e.phones ?? []) {
        const hit = k.phones.find((p) => digits(p.value.value).includes(d));
        if (!hit) problems.push(`phone ${d} (${type}) missing`);
        else if (type !== '?' && hit.value.type !== type) problems.push(`phone ${d}: want type ${type}, got ${hit.value.type}`);
      }
    }
    for (const d of e.noPhones ?? []) if (k.phones.some((p) => digits(p.value.value).includes(d))) problems.push(`foreign phone ${d} on the card`);
    for (const n of e.noName ?? []) if (low(name).includes(low(n))) problems.push(`foreign name "${n}" on the card`);
  }
  const verdict = c.borderline ? 'borderline' : problems.length ? 'fail' : 'pass';
  return { verdict, weak: false, reasons: c.borderline ? [`borderline: ${c.borderline}`, ...problems] : problems };
}

export const ROUND_2: ProbeSet<Case> = {
  name: 'round 2',
  grades: ['borderline'],
  probes: cases,
  classOf: (c) => c.cls,
  check,
};
