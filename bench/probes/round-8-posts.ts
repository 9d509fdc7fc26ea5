// Round 8 of the invented-mail probes: 107 mailing-list posts, 43 of them with an empty From header (digests,
// list software that strips it), copied unchanged from the engineer's probe. A line starting "§" is a gold
// signature line; the marker is stripped before the pipeline sees the body. `card` is what the post should give:
// a card, none, or 'borderline' (the engineer would accept either; counted apart whatever it gives). `exp` holds
// fragments the card's fields must contain (n name, t title, c company, em email, ad address) and phones as
// [trailing digits, type], type 'other' meaning any type.
export type Exp = { n?: string; t?: string; c?: string; ph?: [string, string][]; em?: string; ad?: string };
export type Card = 'card' | 'none' | 'borderline';
export interface Post { id: string; cls: string; from: string; body: string; card: Card; exp?: Exp; note?: string }
export const POSTS: Post[] = [];
const P = (id: string, cls: string, from: string, body: string, card: Card, exp?: Exp, note?: string) => POSTS.push({ id, cls, from, body, card, exp, note });
// Lines starting with § are gold signature lines (the marker is stripped before the pipeline sees them).

/* ---------- A: list posts ending in a personal signature with name + company/phone → card ---------- */
P('A01', 'A-sig-card', 'Marta Kowalczyk <marta.k@dataforge.io>', `Hi all,

We hit the same OOM on 9.4 when the filterCache was set to 4096 entries. Dropping it to 512
and enabling autowarm fixed it for us. Heap is 16g, about 40M docs.

Hope that helps,
Marta
§Marta Kowalczyk
§Senior Search Engineer | DataForge
§+48 22 555 01 93

On Tue, Mar 3, 2026 at 10:14 AM Ravi P <ravi.p@example.org> wrote:
> Has anyone seen OutOfMemoryError with large filterCache on 9.x?
> We are on 9.4.1 with 12g heap.
`, 'card', { n: 'Marta Kowalczyk', t: 'Search Engineer', c: 'DataForge', ph: [['220155501 93'.replace(/\D/g, '').slice(-6), 'other']] });
P('A02', 'A-sig-card', '', `> I think the tokenizer should drop the trailing apostrophe.

Agreed, and the ASCIIFoldingFilter runs too late in your chain anyway. Move it before
the stemmer and re-index.

--
§Dieter Vollmann
§Principal Consultant, Kranich Search GmbH
§Tel. +49 40 5558 2210
§Mobil +49 171 5550 332
`, 'card', { n: 'Dieter Vollmann', t: 'Principal Consultant', c: 'Kranich Search', ph: [['5582210', 'work'], ['5550332', 'mobile']] });
P('A03', 'A-sig-card', 'Priya Natarajan <pnatarajan@helixbio.com>', `Thanks Tom, the patch applies cleanly on 4.3 and the test suite passes on aarch64.

Tested-by: Priya Natarajan <pnatarajan@helixbio.com>

--
§Priya Natarajan
§Staff Engineer, Platform Kernel Team
§Helix Biosystems Inc.
§m: (617) 555-0148
`, 'card', { n: 'Priya Natarajan', t: 'Staff Engineer', c: 'Helix Biosystems', ph: [['6175550148', 'mobile']] }, 'the -- delimiter line counted as signature');
P('A04', 'A-sig-card', 'Jonas Berg <jonas@bergdata.se>', `Hi Lena,

On Mon, 2 Feb 2026 at 09:00, Lena Holt <lena.holt@example.net> wrote:
> Is there a way to make the highlighter return fragments in order of position?

Yes: set hl.fragsize=0 and sort client side, or use the unified highlighter with
hl.bs.type=SENTENCE. We do the latter in production.

Best regards,
Jonas

§Jonas Berg
§CTO, Berg Data AB
§Kungsgatan 12, 111 43 Stockholm
§Phone: +46 8 555 123 40
`, 'card', { n: 'Jonas Berg', t: 'CTO', c: 'Berg Data', ph: [['12340', 'work']], ad: 'Kungsgatan' }, 'interleaved quote then answer then signature');
P('A05', 'A-sig-card', '', `Hello everyone,

The R Consortium working group on validated packages meets next Thursday at 15:00 UTC.
Agenda and dial-in are on the wiki. New members welcome.

Regards,
§Dr. Hannah O'Connell
§Biostatistics Lead, Tallis Pharma Ltd
§+44 20 7946 0321
`, 'card', { n: "Hannah O'Connell", t: 'Biostatistics Lead', c: 'Tallis Pharma', ph: [['79460321', 'work']] }, 'empty sender; title line plus phone');
P('A06', 'A-sig-card', '"Chen, Wei" <wchen@northwind-analytics.com>', `Wei here from the data team. We have been running pandas 2.2 with the pyarrow
backend for three months, happy to share notes on the string dtype migration.

Cheers,
Wei

§Wei Chen | Data Engineering Manager | Northwind Analytics
§Office: 312-555-0177 | Cell: 312-555-0199
`, 'card', { n: 'Wei Chen', t: 'Data Engineering Manager', c: 'Northwind Analytics', ph: [['3125550177', 'work'], ['3125550199', 'mobile']] });
P('A07', 'A-sig-card', 'Sandra Mbeki <s.mbeki@capeinfra.co.za>', `Top-posting, sorry. We saw exactly this on Ubuntu 24.04 with the HWE kernel.
Pinning the old firmware package worked around it until the SRU landed.

§Sandra Mbeki
§Infrastructure Architect
§Cape Infrastructure Services (Pty) Ltd
§T +27 21 555 0140

-----Original Message-----
From: ubuntu-users-bounces@lists.example.org On Behalf Of Ken Yu
Sent: Friday, 6 March 2026 11:02
Subject: iwlwifi drops after resume

Since the last update my laptop loses wifi after every suspend.
`, 'card', { n: 'Sandra Mbeki', t: 'Infrastructure Architect', c: 'Cape Infrastructure', ph: [['5550140', 'work']] });
P('A08', 'A-sig-card', 'Tomás Ferreira <tferreira@lusosoft.pt>', `Olá a todos,

Alguém já conseguiu configurar o Keycloak 24 com LDAP sobre TLS e certificados
autoassinados? O truststore parece ser ignorado.

Obrigado,
§Tomás Ferreira
§Arquiteto de Software – LusoSoft, Lda.
§Tel.: +351 21 555 4410
`, 'card', { n: 'Tomás Ferreira', t: 'Arquiteto de Software', c: 'LusoSoft', ph: [['5554410', 'work']] }, 'Portuguese');
P('A09', 'A-sig-card', 'Claire Dubois <claire.dubois@astrelia.fr>', `Bonjour,

Je confirme le bug : avec PostgreSQL 16 la requête de migration échoue si la table
contient une colonne générée. Un ticket est ouvert.

Cordialement,

§Claire Dubois
§Responsable technique
§Astrelia SAS
§01 55 55 42 10
`, 'card', { n: 'Claire Dubois', t: 'Responsable technique', c: 'Astrelia', ph: [['155554210', 'other']] }, 'French');
P('A10', 'A-sig-card', 'Kenji Watanabe <k.watanabe@example.co.jp>', `Hi,

I can reproduce it with 3.12.2 on Windows only. Attached is a minimal script.

§Kenji Watanabe
§Software Engineer, Sakura Systems Co., Ltd.
§Tel: +81-3-5555-0192
`, 'card', { n: 'Kenji Watanabe', t: 'Software Engineer', c: 'Sakura Systems', ph: [['55550192', 'work']] }, 'name as closing line directly above block');
P('A11', 'A-sig-card', '', `Thanks for the quick answer, that solved it.

--
§Olga Petrenko, PhD
§Research Scientist | Meridian Genomics
§olga.petrenko@meridiangenomics.com | +1 858 555 0163
`, 'card', { n: 'Olga Petrenko', t: 'Research Scientist', c: 'Meridian Genomics', ph: [['8585550163', 'other']], em: 'olga.petrenko@meridiangenomics.com' }, 'empty sender; email in signature');
P('A12', 'A-sig-card', 'Ben Adler <ben@adler-consulting.com>', `For the archives: the fix is to set vm.max_map_count=262144 before starting the node.

-Ben

§Ben Adler
§Adler Consulting LLC
§(503) 555-0114
§https://adler-consulting.com

_______________________________________________
elastic-users mailing list
elastic-users@lists.example.org
https://lists.example.org/mailman/listinfo/elastic-users
`, 'card', { n: 'Ben Adler', c: 'Adler Consulting', ph: [['5035550114', 'other']] }, 'mailman footer under personal sig');
P('A13', 'A-sig-card', 'Rachel Stein <rstein@northbridge-law.com>', `Colleagues,

The ABA section webinar on e-discovery cost shifting is now posted for members.
I found the second panel particularly useful.

Rachel

§Rachel Stein | Partner
§Northbridge Stein LLP
§200 Park Avenue, Suite 1700, New York, NY 10166
§D: 212-555-0186

---
You are currently subscribed to litigation-forum as: rstein@northbridge-law.com.
To unsubscribe send a blank email to leave-litigation-forum@lists.example.org
`, 'card', { n: 'Rachel Stein', t: 'Partner', c: 'Northbridge Stein', ph: [['2125550186', 'work']], ad: 'Park Avenue' }, 'LISTSERV footer under personal sig');
P('A14', 'A-sig-card', 'Amit Shah <amit.shah@kestrelcloud.io>', `+1 to Sebastian's proposal. We'd be happy to contribute CI capacity.

Amit Shah
§VP Engineering, Kestrel Cloud
§amit.shah@kestrelcloud.io

--
You received this message because you are subscribed to the Google Groups "bazel-discuss" group.
To unsubscribe from this group and stop receiving emails from it, send an email to bazel-discuss+unsubscribe@googlegroups.com.
To view this discussion visit https://groups.google.com/d/msgid/bazel-discuss/abc123
`, 'card', { n: 'Amit Shah', t: 'VP Engineering', c: 'Kestrel Cloud' }, 'Google Groups footer with "--" under personal sig');
P('A15', 'A-sig-card', 'Luca Romano <luca.romano@vitreo.it>', `Ciao a tutti,

confermo che con la versione 5.1 il problema non si presenta più.

Saluti,
Luca

--
§Luca Romano
§Responsabile IT – Vitreo S.r.l.
§Via Torino 44, 20123 Milano
§Cell. +39 333 555 0187
`, 'card', { n: 'Luca Romano', c: 'Vitreo', ph: [['3335550187', 'mobile']], ad: 'Via Torino' }, 'Italian');
P('A16', 'A-sig-card', 'Nadia Haddad <nhaddad@orbitel.net>', `Sounds good. I will send the revised slides before the call.

§Nadia Haddad
§Program Manager
§Orbitel Networks
§Phone 415.555.0123
`, 'card', { n: 'Nadia Haddad', t: 'Program Manager', c: 'Orbitel', ph: [['4155550123', 'work']] });
P('A17', 'A-sig-card', '', `Re: [ietf-http] draft-ietf-httpbis-cache-groups-02

I support adoption. Section 3 needs an example with Vary, though.

§Michael Grant
§Standards Architect, Pellucid Networks
§+1 206 555 0102
`, 'card', { n: 'Michael Grant', t: 'Standards Architect', c: 'Pellucid', ph: [['2065550102', 'other']] }, 'empty sender, subject line pasted in body');
P('A18', 'A-sig-card', 'Ingrid Svensson <ingrid.svensson@polarisenergi.no>', `Hei,

Vi har samme problem med GDAL 3.8 og norske projeksjoner. Løsningen var å oppdatere
PROJ-databasen.

Mvh
§Ingrid Svensson
§Seniorrådgiver GIS
§Polaris Energi AS
§Mob: +47 912 55 501
`, 'card', { n: 'Ingrid Svensson', c: 'Polaris Energi', ph: [['91255501', 'mobile']] }, 'Norwegian');
P('A19', 'A-sig-card', 'Greg Howell <greg@howell-geo.com>', `Answers inline.

> Which version of QGIS?
3.34 LTR.

> Does it happen with a fresh profile?
Yes, same thing.

§Greg Howell, GISP
§Howell Geospatial
§541-555-0171
`, 'card', { n: 'Greg Howell', c: 'Howell Geospatial', ph: [['5415550171', 'other']] }, 'inline-reply (interleaved quote) with sig at the end');
P('A20', 'A-sig-card', 'Eva Lindqvist <eva@tangent-labs.se>', `Hi Jakob,

The checkpoint you mention is under the non-commercial licence, so we can't ship it.

/Eva

§Eva Lindqvist
§Head of ML, Tangent Labs AB
§+46 70 555 22 31
`, 'card', { n: 'Eva Lindqvist', t: 'Head of ML', c: 'Tangent Labs', ph: [['705552231', 'mobile']] }, 'Swedish /Eva sign-off; +46 70 is mobile (borderline type)');

/* ---------- B: personal sign-off but no card-worthy sig (name only, name + URL/project role) ---------- */
P('B01', 'B-sig-nocard', 'Stefan Richter <stefan.richter@gmx.de>', `Hi,

try "zypper dup --allow-vendor-change", then reboot. That fixed it here.

Stefan
`, 'none');
P('B02', 'B-sig-nocard', '', `> Does anyone know where the mirror list moved to?

It is under /pub/mirrors now, see the announcement from last week.

-- jk
`, 'none');
P('B03', 'B-sig-nocard', 'Aleksander Nowak <anowak@fastmail.example>', `Pushed to the staging branch, please test.

Thanks,
Aleksander

§--
§Aleksander Nowak
§Apache Lucene PMC member
§https://people.example.org/~anowak
`, 'none', undefined, 'name + project role + URL: no company/phone → no card');
P('B04', 'B-sig-nocard', 'Sven Oberg <sven.oberg@posteo.example>', `Looks fine to me.

Reviewed-by: Sven Oberg <sven.oberg@posteo.example>

--
§Sven
`, 'none', undefined, 'kernel style review tag, bare name sig');
P('B05', 'B-sig-nocard', '', `Thanks all, closing the vote: 7 binding +1, no -1. The release passes.

§Rahul Menon
§Release Manager, Apache Foo 3.2
`, 'none', undefined, 'Apache project role isn\'t a company');
P('B06', 'B-sig-nocard', 'J. Peterson <jpete@uni-example.edu>', `I'd check whether your locale is set; readr guesses the decimal mark from it.

JP
`, 'none');
P('B07', 'B-sig-nocard', 'Marcus <marcus.l@proton.example>', `Works on my Arch box with linux-zen 6.8. Did you regenerate the initramfs?

--
§Marcus
§GPG: 4F2A 9C11 7D3E 0B55 8E21  AA30 C9D7 5E12 6B4F 0D19
`, 'none', undefined, 'GPG fingerprint looks like digits; must not become phone');
P('B08', 'B-sig-nocard', 'Hiroshi Tanaka <h.tanaka@ml.example.jp>', `皆さん、こんにちは。

Ruby 3.3 で同じ現象を確認しました。パッチを試してみます。

田中
`, 'none', undefined, 'Japanese, surname only');
P('B09', 'B-sig-nocard', 'Daniela Ruiz <druiz@correo.example>', `Hola,

¿Alguien sabe si la versión 2.0 de la librería soporta Python 3.13? En el changelog no lo dice.

Gracias,
Daniela
`, 'none', undefined, 'Spanish, first-name only');
P('B10', 'B-sig-nocard', 'Paul Whitfield <paul@whitfield.example>', `Patch v3 attached. Changes since v2: fixed the locking in the error path.

§Paul Whitfield
§http://whitfield.example/blog | @pwhitfield
`, 'none', undefined, 'name + website/social only (brief: card only with company or phone): hasContactDetails passes on website; card would need company/phone');
P('B11', 'B-sig-nocard', '', `I second that. Debian should not ship the daemon enabled by default.

-- 
§Ondřej Krátký
§Debian Developer
`, 'none', undefined, 'Debian Developer is a role, not a company');
P('B12', 'B-sig-nocard', 'Anna Becker <anna.becker@web.example>', `Hallo zusammen,

bei mir hilft es, den Cache mit "pip cache purge" zu leeren.

Viele Grüße
Anna
`, 'none', undefined, 'German, first-name only');
P('B13', 'B-sig-nocard', 'Li Na <lina@gmail.example>', `Thanks! That worked.

Li
Sent from my iPhone
`, 'none');
P('B14', 'B-sig-nocard', 'Tim O. <tim.o@hey.example>', `Nice writeup. One nit: the second example is missing a closing paren.

t.
`, 'none');
P('B15', 'B-sig-nocard', 'Fatima Zahra El Idrissi <fz.elidrissi@univ.example.ma>', `Bonjour,

Merci pour la réponse rapide, je vais tester ce soir.

Fatima Zahra
§Doctorante, Laboratoire LIMSAD
`, 'borderline', undefined, 'PhD student + lab name: lab could count as employer');

/* ---------- C: posts with no personal signature (quotes, URLs, footers) → no card ---------- */
P('C01', 'C-nosig', '', `On Wed, Jan 14, 2026 at 3:12 PM Jennifer Alvarez <jalvarez@quarry-analytics.com> wrote:
> The shard split takes forever on 8.11.
>
> Jennifer Alvarez
> Lead Data Engineer | Quarry Analytics
> +1 (720) 555-0136

Same here, it's I/O bound on our side.
`, 'none', undefined, 'bottom-post; the only signature is in the quote');
P('C02', 'C-nosig', 'Kyle Brennan <kyle.brennan@gmail.example>', `+1, would love this feature.

On Thu, 5 Feb 2026, Olivia Tran wrote:
> Proposal: support for JSON5 in the config loader.
>
> --
> Olivia Tran
> Senior Developer, Brightline Software
> 425-555-0164
`, 'none', undefined, 'top-post; quoted sig of someone else');
P('C03', 'C-nosig', '', `Please do not cross-post to the dev list.

-- 
"There are only two hard things in Computer Science: cache invalidation and naming things."
`, 'none', undefined, 'sig is a quote');
P('C04', 'C-nosig', 'Nils Hartmann <nils@hartmann.example>', `Fixed in trunk, r1921455.

-- 
§https://nils.hartmann.example/
`, 'none', undefined, 'sig is only a URL');
P('C05', 'C-nosig', '', `The wiki page is outdated; the config key was renamed in 2.4.

_______________________________________________
python-list mailing list
python-list@python.example.org
https://mail.python.example.org/mailman/listinfo/python-list
`, 'none', undefined, 'mailman footer, empty sender');
P('C06', 'C-nosig', '', `Yes, you need to call setup() before the first request.

--
You received this message because you are subscribed to the Google Groups "flutter-dev" group.
To unsubscribe from this group and stop receiving emails from it, send an email to flutter-dev+unsubscribe@googlegroups.com.
`, 'none');
P('C07', 'C-nosig', 'R-help <r-help-bounces@r-project.example>', `> x <- c(1, NA, 3)
> mean(x, na.rm = TRUE)

That returns 2, as expected.

______________________________________________
R-help@r-project.example mailing list -- To UNSUBSCRIBE and more, see
https://stat.example.ch/mailman/listinfo/r-help
PLEASE do read the posting guide http://www.R-project.example/posting-guide.html
and provide commented, minimal, self-contained, reproducible code.
`, 'none', undefined, 'R-help footer; list bounce address as sender');
P('C08', 'C-nosig', '', `------------------------------------------------------------------------
To unsubscribe, e-mail: users-unsubscribe@solr.example.org
For additional commands, e-mail: users-help@solr.example.org
`, 'none', undefined, 'only an Apache footer');
P('C09', 'C-nosig', 'Victor Lang <vlang@lang-it.example>', `Hi list,

Quick question: is there a supported way to run two Postfix instances with separate queues on one host?

TIA
`, 'none');
P('C10', 'C-nosig', '', `> > Has anyone tried the new async driver?
> Yes, it's about 30% faster for small queries.
>
> Regards,
> Paolo Conti
> Database Administrator
> Rete Dati S.p.A.
> Tel. +39 02 5550 1234

Interesting, did you measure with pgbouncer in front?
`, 'none', undefined, 'nested quotes with quoted sig');
P('C11', 'C-nosig', '', `Hi,

I'm forwarding this from the old list for reference.

---------- Forwarded message ---------
From: Grace Whitmore <grace.whitmore@lyracorp.example>
Date: Mon, Nov 3, 2025 at 9:41 AM
Subject: Re: SSO rollout

We are planning the SSO cut-over for the 15th.

Grace Whitmore
Director of IT, Lyra Corp
(646) 555-0190
`, 'none', undefined, 'forwarded message; sig belongs to someone else');
P('C12', 'C-nosig', 'Hamid Rezaei <hamid.rezaei@outlook.example>', `Bump. Anyone?

Am 10.03.2026 um 14:22 schrieb Hamid Rezaei:
> Hello, my build fails with "undefined reference to pthread_create" on Alpine.
> Hamid Rezaei
> Software Developer
> Sepehr Systems GmbH
> +49 89 5550 7788
`, 'none', undefined, 'self-bump; own sig only in quote (German quote header)');
P('C13', 'C-nosig', '', `Le 12/03/2026 à 10:05, Julien Marchand a écrit :
> Quelqu'un a testé la 1.9 ?

Oui, ça marche bien chez nous.

--
Liste de diffusion debian-user-french
Pour se désinscrire : debian-user-french-request@lists.example.org
`, 'none', undefined, 'French list footer');
P('C14', 'C-nosig', 'Mark Ellison <mark.ellison@gmail.example>', `Agreed with everything Sarah said below.

Sent from my Android

On Mar 8, 2026, at 18:30, Sarah Quinn <squinn@tidewater-eng.example> wrote:

The load calc in appendix B assumes 2019 code values. We should re-run it.

Sarah Quinn, P.E.
Principal Engineer
Tidewater Engineering Group
Direct: 757-555-0148
`, 'none', undefined, 'quoted mail without > prefix after On..wrote');
P('C15', 'C-nosig', '', `-- 
Debian-devel mailing list
Please report spam to listmaster@lists.example.org
Archive: https://lists.example.org/debian-devel/2026/03/msg00112.html
`, 'none', undefined, 'footer only, no post');
P('C16', 'C-nosig', '', `Yes.

--
Sent via the pgsql-general mailing list
To make changes to your subscription: http://www.postgresql.example/mailpref/pgsql-general
`, 'none');
P('C17', 'C-nosig', 'Oskar <oskar.w@posteo.example>', `-- 
"Any sufficiently advanced bug is indistinguishable from a feature."
    -- Rich Kulawiec
`, 'none', undefined, 'empty post, sig is a fortune');
P('C18', 'C-nosig', '', `Thanks for the detailed reply.

-----Original Message-----
From: Dana Whitaker <dwhitaker@coldspring-bio.example>
Sent: Tuesday, March 10, 2026 4:12 PM
To: lab-managers@lists.example.org
Subject: RE: freezer alarms

We switched to the wireless probes from a local vendor. Happy to share quotes.

Dana Whitaker
Lab Operations Manager
Coldspring Bio, Inc.
617.555.0128 (office)
`, 'none', undefined, 'Outlook-style quoted sig');
P('C19', 'C-nosig', '', `Re: [Haskell-cafe] lazy IO pitfalls

The classic answer: use conduit or streaming.

_______________________________________________
Haskell-Cafe mailing list
To (un)subscribe, modify options or view archives go to:
http://mail.haskell.example/cgi-bin/mailman/listinfo/haskell-cafe
Only members subscribed via the mailman list are allowed to post.
`, 'none');
P('C20', 'C-nosig', 'Brian Cho <bcho@example.com>', `Here is the contact I mentioned for the venue:

Melissa Grant
Events Coordinator, Harborview Conference Center
(206) 555-0119

She was very helpful last year.
`, 'none', undefined, 'passing on someone else\'s details');
P('C21', 'C-nosig', '', `--- In hamradio-uk@yahoogroups.example, "g4xyz" <g4xyz@...> wrote:
>
> Anyone on 2m tonight?

I'll be on from 8pm.

73 de G7ABC

------------------------------------

Yahoo! Groups Links

<*> To visit your group on the web, go to:
    http://groups.yahoo.example/group/hamradio-uk/

<*> To unsubscribe from this group, send an email to:
    hamradio-uk-unsubscribe@yahoogroups.example
`, 'none', undefined, 'Yahoo Groups, callsign closing');
P('C22', 'C-nosig', '', `W dniu 11.03.2026 o 08:15, Piotr Zieliński pisze:
> Czy ktoś ma doświadczenie z Proxmox 8 i ZFS?

Tak, działa stabilnie od pół roku.
`, 'none', undefined, 'Polish quote header');
P('C23', 'C-nosig', 'Wouter de Vries <wouter@devries.example.nl>', `Op di 10 mrt 2026 om 09:12 schreef Eline Bakker <eline@bakker-ict.example>:
> Wie komt er naar de meetup?
>
> Eline Bakker
> Directeur, Bakker ICT B.V.
> 06 5555 1234

Ik kom!
`, 'none', undefined, 'Dutch quote header; bottom post, no sig');
P('C24', 'C-nosig', '', `Just a reminder that the CFP closes Friday.

Program Committee
PyCon Nordics 2026
https://pycon-nordics.example
`, 'none', undefined, 'committee sign block, no person');

/* ---------- D: digests with several posts → no card (no one person signed the message) ---------- */
P('D01', 'D-digest', 'solr-user-digest-help@solr.example.org', `solr-user Digest 11 Mar 2026 08:00:01 -0000 Issue 1234

Topics (messages 4410 through 4412)

Re: Sorting by function query
Replication lag on follower

----------------------------------------------------------------------

Date: Tue, 10 Mar 2026 14:02:11 +0100
From: Heike Brandt <h.brandt@suchwerk.example>
Subject: Re: Sorting by function query

Use sort=field(price,min) asc.

Heike Brandt
Suchwerk GmbH
+49 30 5557 8812

----------------------------------------------------------------------

Date: Tue, 10 Mar 2026 15:44:02 -0500
From: Carlos Mendes <cmendes@example.com>
Subject: Replication lag on follower

Our followers lag by minutes after a big commit. Any ideas?
`, 'none', undefined, 'digest; sigs belong to individual posts, not the digest sender');
P('D02', 'D-digest', '', `Today's Topics:

   1. Re: Contracts clause for data processors (Lena Fischer)
   2. Annual meeting venue (Board)

----------------------------------------------------------------------

Message: 1
Date: Mon, 9 Mar 2026 10:10:10 +0000
From: Lena Fischer <lfischer@fischer-legal.example>
Subject: Re: Contracts clause for data processors

I use the EU SCCs module 2 as the base.

Lena Fischer
Rechtsanwältin | Fischer Legal
+49 69 5559 0110

------------------------------

Message: 2
Date: Mon, 9 Mar 2026 11:00:00 +0000
From: IAPP Chapter Board <board@chapter.example>
Subject: Annual meeting venue

The annual meeting will be held at the Marriott, details to follow.

------------------------------

End of privacy-forum Digest, Vol 88, Issue 9
********************************************
`, 'none', undefined, 'Mailman digest, empty sender');
P('D03', 'D-digest', 'linux-kernel-digest <lkml-digest@vger.example>', `linux-kernel-digest Volume 2026 : Issue 70

In this issue:
  [PATCH] mm: fix off-by-one in page_alloc
  Re: [PATCH] mm: fix off-by-one in page_alloc

----------------------------------------------------------------------

From: Daniel Krause <dkrause@example.com>
Subject: [PATCH] mm: fix off-by-one in page_alloc

Signed-off-by: Daniel Krause <dkrause@example.com>
---
 mm/page_alloc.c | 2 +-
 1 file changed, 1 insertion(+), 1 deletion(-)

----------------------------------------------------------------------

From: Yuki Sato <ysato@example.org>
Subject: Re: [PATCH] mm: fix off-by-one in page_alloc

Acked-by: Yuki Sato <ysato@example.org>
`, 'none');
P('D04', 'D-digest', '', `Digest #4521 — 3 messages

1. From: "Patrick Nolan" pnolan@nolan-acoustics.example
   I'd go with the 12-inch driver for that room.
   Patrick Nolan | Nolan Acoustics | 503-555-0193

2. From: "Sue" sue.k@example.net
   Thanks Patrick!

3. From: "Moderator"
   Please keep posts on topic.
`, 'none', undefined, 'compact digest with inline sig line');

/* ---------- E: bot / notification mail → no card ---------- */
P('E01', 'E-bot', 'Jordan Price <notifications@github.example>', `@jprice-dev commented on this pull request.

In src/parser.ts:

> @@ -12,7 +12,7 @@ export function parse(input: string) {
-  const tokens = lex(input)
+  const tokens = lex(input.trim())

Why trim here? Leading whitespace is significant in YAML blocks.

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you were mentioned.
`, 'none');
P('E02', 'E-bot', '', `Jira
Ahmed Karimi updated SEARCH-4412
Status: In Progress → In Review

Ahmed Karimi
Senior Engineer
Vantage Retail Technology
+1 404 555 0155

Get Jira notifications on your phone! Download the Jira Cloud app for Android or iOS.
This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100253)
`, 'none', undefined, 'Jira notification that includes a comment with a sig; bot mail');
P('E03', 'E-bot', 'GitLab <gitlab@gitlab.example.com>', `Merge request !842 was approved by Sophie Laurent

Project: infra / terraform-modules
Branch: feature/vpc-peering → main

Sophie Laurent
Cloud Architect | Cirrus Partners
+33 6 55 55 01 23

—
Reply to this email directly or view it on GitLab.
You're receiving this email because of your account on gitlab.example.com.
`, 'none');
P('E04', 'E-bot', 'Discourse Forum <forum@discourse.example.org>', `[Python Discourse] [Packaging] PEP 9999: Lockfile format

Ethan Park (@epark) wrote:

I think the hash list should be mandatory.

Ethan Park
Software Engineer, Pinecone Labs
(669) 555-0172

Visit Topic or reply to this email to respond.

To unsubscribe from these emails, click here.
`, 'none');
P('E05', 'E-bot', '', `Build #8812 FAILED on branch main

Commit 4e1f9c2 by Rosa Delgado: "Bump dependencies"
Failed stage: integration-tests
Duration: 14m 22s

View build: https://ci.example.org/job/main/8812

This is an automated message from Jenkins. Do not reply.
`, 'none');
P('E06', 'E-bot', 'Mailman <mailman-owner@lists.example.org>', `Your mail to 'openstack-discuss' with the subject

    Re: nova scheduler weights

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.
`, 'none');
P('E07', 'E-bot', 'Google Groups <noreply@googlegroups.example>', `Hi there,

Your request to join "kubernetes-sig-storage" has been approved.

Visit the group: https://groups.google.example/g/kubernetes-sig-storage

Google Groups
1600 Amphitheatre Parkway, Mountain View, CA 94043
`, 'none');
P('E08', 'E-bot', '', `A new issue has been created:

Issue #1207: Crash on startup with empty config
Reporter: Maya Ivanova
Priority: High

---
Maya Ivanova
QA Lead, Greenleaf Software
+359 2 555 0147
---

--
You are receiving this because you are watching the project.
To change your notification settings, visit https://redmine.example.org/my/account
`, 'none');
P('E09', 'E-bot', 'Patchwork <patchwork@patchwork.example.org>', `Hello,

The following patch (submitted by Igor Volkov) was accepted into netdev/net-next:

  [v2] net: phy: add support for XYZ-4411

Igor Volkov
Linux Kernel Engineer
Northlight Semiconductor
+7 495 555 01 88

This is an automated mail sent by the patchwork system at patchwork.example.org.
`, 'none');
P('E10', 'E-bot', 'Stack Exchange <do-not-reply@stackexchange.example>', `New answer to your question "How to vectorize this loop in numpy?"

Kevin Osei answered:
Use np.einsum('ij,jk->ik', a, b) instead.

Kevin Osei
Data Scientist | Accra Analytics
+233 30 255 5012
`, 'none');

/* ---------- F: more list posts with sig (harder shapes) ---------- */
P('F01', 'A-sig-card', 'Gabriel Santos <gabriel@santos-dev.example>', `Done, thanks!

--
§Gabriel Santos - Founder @ Cajú Labs - +55 11 95555-0143
`, 'card', { n: 'Gabriel Santos', c: 'Cajú Labs', ph: [['955550143', 'mobile']] }, 'one-line sig');
P('F02', 'A-sig-card', '', `+1 binding.

§Elena Marsh
§Lead Maintainer, Apache Quill | Software Architect, Foxglove Data Inc.
§+1 (919) 555-0107
`, 'card', { n: 'Elena Marsh', c: 'Foxglove Data', ph: [['9195550107', 'other']] }, 'project role + employer on same line');
P('F03', 'A-sig-card', 'Oliver Grant <ogrant@ashfield.example.ac.uk>', `Dear colleagues,

Apologies for cross-posting. We are recruiting a postdoc in computational linguistics;
details at the link below. Deadline 30 April.

Best wishes,
Oliver

§Dr Oliver Grant
§Senior Lecturer in Linguistics
§University of Ashfield
§+44 (0)113 555 0162
§https://ashfield.example.ac.uk/staff/ogrant
`, 'card', { n: 'Oliver Grant', t: 'Senior Lecturer', c: 'University of Ashfield', ph: [['1135550162', 'other']] }, 'job ad cross-post, signed');
P('F04', 'A-sig-card', 'Yara Haddad <y.haddad@medina-health.example>', `Hi everyone,

We are seeing the same HL7 parsing error on ADT^A08 messages since the upgrade.
Logs attached.

Thank you,
§Yara Haddad, MSc
§Integration Analyst
§Medina Health Network
§T: 312.555.0188  F: 312.555.0189
`, 'card', { n: 'Yara Haddad', t: 'Integration Analyst', c: 'Medina Health', ph: [['3125550188', 'work'], ['3125550189', 'fax']] });
P('F05', 'A-sig-card', 'Thomas Müller <thomas.mueller@bayern-it.example>', `Hallo Liste,

hat jemand Erfahrungen mit Nextcloud und S3 als Primärspeicher? Wir planen den Umstieg.

Mit freundlichen Grüßen

§Thomas Müller
§Systemadministrator
§Bayern IT Service GmbH
§Leopoldstraße 8, 80802 München
§Telefon: +49 89 5554 3321
§Fax: +49 89 5554 3399

§Geschäftsführer: Max Huber | Amtsgericht München HRB 123456
`, 'card', { n: 'Thomas Müller', t: 'Systemadministrator', c: 'Bayern IT', ph: [['43321', 'work'], ['43399', 'fax']], ad: 'Leopoldstraße' }, 'German Impressum block');
P('F06', 'A-sig-card', 'Sara Lindgren <sara@example.com>', `I'd keep the default; changing it broke our dashboards.

Sara

§Sara Lindgren
§Grafana consultant at Nordlys Observability
§sara@nordlys.example | +46 73 555 01 20
`, 'card', { n: 'Sara Lindgren', c: 'Nordlys', ph: [['735550120', 'mobile']] }, 'title "X at Company"');
P('F07', 'A-sig-card', 'Raj Iyer <raj.iyer@example.com>', `Replying on top as my client mangles inline quotes.

Yes, Hadoop 3.4 drops Java 8. Plan accordingly.

§Raj Iyer
§Big Data Architect | Sundaram Infotech Pvt. Ltd. | +91 98455 50123

From: Meera Pillai <meera@example.org>
Date: Thursday, 12 March 2026 at 9:20 AM
To: hadoop-user@example.org
Subject: Java 8 support?

Does Hadoop 3.4 still run on Java 8?
`, 'card', { n: 'Raj Iyer', c: 'Sundaram Infotech', ph: [['9845550123', 'mobile']] }, 'Outlook From:/Date: header block as quote');
P('F08', 'A-sig-card', '', `Hi,

Quick note that our lab moves to the new building next week; expect the mirror to be
down Monday.

-- 
§Prof. Dr. Katrin Vogel
§Lehrstuhl für Informatik 7, Universität Nordstadt
§Tel. +49 351 555 3802
`, 'card', { n: 'Katrin Vogel', c: 'Universität Nordstadt', ph: [['5553802', 'work']] });
P('F09', 'A-sig-card', 'Megan Clarke <mclarke@clarke-assoc.example>', `Thanks, Ed. That matches our experience with the state board.

Megan
§Megan Clarke, CPA | Clarke & Associates | 555-0132 ext. 4
`, 'card', { n: 'Megan Clarke', c: 'Clarke & Associates' }, 'local 7-digit phone with ext (phone type borderline)');
P('F10', 'A-sig-card', 'Ahmed Farouk <ahmed.farouk@nilesoft.example>', `مرحبا،

نعم، المشكلة تظهر فقط مع الترميز UTF-16.

§أحمد فاروق
§مهندس برمجيات – نايل سوفت
§+20 2 5555 0161
`, 'borderline', undefined, 'Arabic signature');

/* ---------- G: more no-sig list shapes ---------- */
P('G01', 'C-nosig', 'Jessica Wu <jessica.wu@example.com>', `Sorry, wrong list. Please ignore.

Jessica
`, 'none');
P('G02', 'C-nosig', '', `> What's the recommended heap for 50M docs?
>> It depends on faceting.
>>> Start with 8g.

Start with 8g and measure GC logs; with docValues you rarely need more.
`, 'none');
P('G03', 'C-nosig', 'Felix Braun <felix.braun@example.de>', `Hi,

see https://issues.example.org/browse/SOLR-17123 — already fixed in 9.6.

Gruß
Felix

--
§Felix Braun · https://felixbraun.example · @fbraun@mastodon.example
`, 'none', undefined, 'name + URL + fediverse handle; no company/phone → no card');
P('G04', 'C-nosig', '', `On 3/9/26 4:50 PM, Victor Huang wrote:
> On 3/9/26 2:10 PM, Ana Pereira wrote:
>> Our Ceph cluster reports slow ops after adding OSDs.
>
> Check the backfill settings.
>
> Victor Huang
> Storage Engineer | Crestline Hosting | +1 503 555 0177

Backfill is set to 1 already. Still slow.
`, 'none');
P('G05', 'C-nosig', 'Uwe Schmidt <uwe@schmidt.example>', `Thanks for the pointer.

Uwe

-- 
§Uwe Schmidt
§Key ID: 0x5A3C1E77
`, 'none', undefined, 'name + key ID; no card');
P('G06', 'C-nosig', '', `Announcing Gizmo 2.1.0

Gizmo 2.1.0 is available from PyPI. Highlights:
 * async support
 * Python 3.13 wheels

Full changelog: https://gizmo.example/changes

The Gizmo maintainers
`, 'none');
P('G07', 'C-nosig', 'Conference Chair <chair@icxx2026.example>', `CALL FOR PAPERS — ICXX 2026
Submission deadline: May 1, 2026

Topics include distributed systems, storage and networking.

General Chair: Prof. Laura Bianchi, Politecnico di Lumen
Program Chair: Dr. Arjun Rao, Tessel Research
Contact: +1 650 555 0190

To unsubscribe from this announcement list, reply with "remove".
`, 'none', undefined, 'CFP with names and affiliations');
P('G08', 'C-nosig', '', `Hi all,

The mirror at ftp.example.net is back online.

Regards,
The Infra Team
`, 'none');
P('G09', 'C-nosig', 'Igor <igor@mail.example.ru>', `Добрый день!

Подскажите, как отключить автообновление в Fedora 40?

Спасибо,
Игорь
`, 'none', undefined, 'Russian first-name sign-off');
P('G10', 'C-nosig', '', `Sent from Outlook for iOS
________________________________
From: Claudia Ortiz <cortiz@vistamedia.example>
Sent: Monday, March 9, 2026 7:02:11 PM
To: marketing-pros@groups.example.com
Subject: Agency recommendations?

Looking for a small agency for a B2B launch in Q3. Any recommendations?

Claudia Ortiz
Marketing Director | Vista Media Group
(305) 555-0115
`, 'none', undefined, 'empty reply, quoted sig');
P('G11', 'C-nosig', 'Roberto Silva <rsilva@example.com.br>', `Em ter., 10 de mar. de 2026 às 11:30, Fernanda Lima <flima@example.com.br> escreveu:
> Alguém usa o Airflow 2.9 com Kubernetes executor?
>
> --
> Fernanda Lima
> Engenheira de Dados | Onda Tech
> (11) 95555-0129

Uso sim, funciona bem.
`, 'none', undefined, 'Portuguese quote header');
P('G12', 'C-nosig', '', `El lun, 9 mar 2026 a las 17:40, Diego Torres (<dtorres@example.es>) escribió:

> ¿Cómo se configura el proxy en npm?
>
> Diego Torres
> Desarrollador | Solaris Web S.L.
> +34 91 555 01 72

npm config set proxy http://proxy:8080
`, 'none');
P('G13', 'C-nosig', '', `[jira] [Commented] (KAFKA-16123) Consumer group rebalance storm

Lucy Harper commented on KAFKA-16123:
-------------------------------------

Reproduced on 3.7 with cooperative-sticky.

--
This message was sent by Atlassian Jira
(v8.20.10#820010)
`, 'none', undefined, 'Apache jira mail to dev list');
P('G14', 'C-nosig', 'Noah Fischer <noah.fischer@example.ch>', `Hi,

Our recommended configuration is in the attached PDF.
Contact our sales desk if you need a licence quote:

Sales Desk, Alpenrot AG
+41 44 555 01 66
sales@alpenrot.example

Noah
`, 'none', undefined, 'company sales contact in body; person signs with first name');

/* ---------- H: personal sig, not card-worthy, empty sender etc (sig lines still gold) ---------- */
P('H01', 'B-sig-nocard', '', `I'll take the docs ticket.

-- 
§Chris Lam
§chrislam.example.dev
`, 'none');
P('H02', 'B-sig-nocard', 'Theo Vasquez <theo.vasquez@gmail.example>', `Hello folks,

Newbie question: how do I set per-project lintr rules?

Thanks!
§Theo Vasquez
§MSc student, Data Science
`, 'none', undefined, 'student; no company');
P('H03', 'B-sig-nocard', '', `Confirmed fixed in rc2, thanks.

§Ivana Horvat
§Fedora QA volunteer
`, 'none');
P('H04', 'B-sig-nocard', 'Sam Okafor <sam.okafor@example.ng>', `I can help with the Yoruba translation.

§Sam Okafor
§Translator, Open Lagos Collective
`, 'borderline', undefined, 'name + title + org (collective), no phone: card arguable');
P('H05', 'A-sig-card', '', `Happy to review the draft.

§Priyanka Desai
§Principal, Desai Regulatory Consulting
§+1 (301) 555-0185
`, 'card', { n: 'Priyanka Desai', c: 'Desai Regulatory', ph: [['3015550185', 'other']] }, 'empty sender, minimal post');
P('H06', 'A-sig-card', '', `Yes please add me to the spreadsheet for the offsite.

Thanks,
Laura
§Laura Kim | Account Director | Bright Arc Media | c. 646.555.0151
`, 'card', { n: 'Laura Kim', t: 'Account Director', c: 'Bright Arc', ph: [['6465550151', 'mobile']] }, 'empty sender; first name closing then one-line sig');
P('H07', 'A-sig-card', '', `Thanks, this is exactly what I needed.

Best,
§Jakub Novák
§Jakub Novák, Head of Data
§Vltava Analytics s.r.o.
§+420 601 555 123
`, 'card', { n: 'Jakub Novák', c: 'Vltava Analytics', ph: [['601555123', 'mobile']] }, 'name repeated');
P('H08', 'A-sig-card', '', `Hi all,

We're hosting the next Bay Area Rust meetup, pizza provided.

See you there,
§Dmitri Volkov
§Engineering Manager
§Lumen Robotics
§dmitri@lumenrobotics.example
§(415) 555-0138

---
You received this message because you are subscribed to the Google Groups "bay-rust" group.
To unsubscribe from this group, send email to bay-rust+unsubscribe@googlegroups.example.
`, 'card', { n: 'Dmitri Volkov', t: 'Engineering Manager', c: 'Lumen Robotics', ph: [['4155550138', 'other']] }, 'empty sender; sig above GG footer');
P('H09', 'A-sig-card', '', `On Fri, Mar 6, 2026 at 1:00 PM Jorge Ramos <jramos@example.org> wrote:
> Is the sprint still on for Saturday?

Yes, 10am at the office.

§Alice Fontaine
§Community Manager, Opaline Software
§+1 514 555 0119
`, 'card', { n: 'Alice Fontaine', t: 'Community Manager', c: 'Opaline', ph: [['5145550119', 'other']] }, 'empty sender; bottom-post with sig');
P('H10', 'A-sig-card', 'Kofi Mensah <kofi.mensah@goldcoast-telecom.example>', `Dear members,

Reminder: the regional chapter dinner is on 20 March. RSVP to me directly.

Kind regards,

§Kofi Mensah
§Chapter Secretary, IEEE Ghana Section
§Network Planning Engineer, Gold Coast Telecom
§+233 24 555 0166
`, 'card', { n: 'Kofi Mensah', c: 'Gold Coast Telecom', ph: [['245550166', 'mobile']] }, 'professional association role + employer');
