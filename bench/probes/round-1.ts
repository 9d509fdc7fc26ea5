/**
 * Round 1 of the invented-mail probes (issue 15): 82 messages in five classes — 1 replies with quoted signatures,
 * 2 bulk mail, 3 modern signatures, 4 short blocks, 5 department senders. Messages and expectations are copied
 * unchanged from the engineer's probe; only the import path and the runner (now bench/probes.ts) changed.
 * A pass is "weak" when the expected outcome came although the quote was not cut where the header starts.
 */
import type { PhoneType } from '../../src/core/contact-extraction/types';
import { digits, extractProbe, type ProbeOutcome, type ProbeSet } from './probe-kit';

interface ExpPhone { d: string; t: PhoneType | PhoneType[] }
interface Expect {
  /** true: a card; false: no card; null: either is acceptable (only parsed fields checked). */
  card: boolean | null;
  name?: string;
  title?: string;
  company?: string;
  phones?: ExpPhone[];
  email?: string;
  /** substrings the address must contain */
  address?: string[];
  /** strings that must NOT appear anywhere in parsed (e.g. quoted person's name/number) */
  notIn?: string[];
  /** first line of the quote/forward header: it and everything below must be outside the newest part */
  cut?: string;
}
export interface Probe { id: string; cls: number; from: string; body: string; exp: Expect; note?: string }

const P: Probe[] = [];
const add = (cls: number, id: string, from: string, body: string, exp: Expect, note?: string) => P.push({ id, cls, from, body, exp, note });

// Shared quoted signature of somebody else.
const QSIG_DE = 'Gerhard Vogt\nProjektleiter\nVogt Bau GmbH\nTel. +49 89 4411 2730\nMobil +49 172 884 1290';
const QBODY = 'Hallo Priya,\n\nanbei die Pläne für die Baustellenbegehung am Dienstag.\n\nViele Grüße\n';
const NOT_GERHARD = ['Vogt', '4411', '884 1290', '8841290'];

// ───────────── Class 1: replies with quoted signatures ─────────────
add(1, '1.01 Outlook EN, short reply, no own sig', 'Priya Raman <priya.raman@gmail.com>',
  `Sounds good, see you Tuesday at 9.\n\nPriya\n\nFrom: Gerhard Vogt <g.vogt@vogt-bau.de>\nSent: Monday, March 3, 2025 9:14 AM\nTo: Priya Raman <priya.raman@gmail.com>\nSubject: Baustellenbegehung\n\n${QBODY}${QSIG_DE}\n`,
  { card: false, notIn: NOT_GERHARD });

add(1, '1.02 Outlook DE with own sig above', 'Jonas Weber <j.weber@weber-antriebe.de>',
  `Hallo Herr Vogt,\n\nder Termin passt uns. Ich bringe die Unterlagen mit.\n\nMit freundlichen Grüßen\n\nJonas Weber\nVertriebsleiter\nWeber Antriebstechnik GmbH\nTel. +49 711 2345 6780\nMobil +49 171 234 5678\n\nVon: Gerhard Vogt <g.vogt@vogt-bau.de>\nGesendet: Montag, 3. März 2025 09:14\nAn: Jonas Weber <j.weber@weber-antriebe.de>\nBetreff: Termin\n\nHallo Herr Weber,\n\nwie besprochen.\n\n${QSIG_DE}\n`,
  { card: true, name: 'Jonas Weber', title: 'Vertriebsleiter', company: 'Weber Antriebstechnik GmbH',
    phones: [{ d: '7112345678' + '0', t: 'work' }, { d: '1712345678', t: 'mobile' }], notIn: NOT_GERHARD });

add(1, '1.03 Outlook FR (De : / Envoyé : / À : / Objet :)', 'Claire Dubois <claire.dubois@orange.fr>',
  `Bonjour,\n\nMerci, c'est noté pour jeudi.\n\nClaire\n\nDe : Laurent Petit <l.petit@petit-conseil.fr>\nEnvoyé : lundi 3 mars 2025 09:14\nÀ : Claire Dubois <claire.dubois@orange.fr>\nObjet : Réunion jeudi\n\nBonjour Claire,\n\nJe vous confirme la réunion.\n\nCordialement,\nLaurent Petit\nDirecteur Associé\nPetit Conseil SARL\nTél. : +33 1 42 68 53 00\nPort. : +33 6 71 22 33 44\n`,
  { card: false, notIn: ['Petit', '4268', '671223344'] });

add(1, '1.04 Outlook ES (Enviado el:)', 'Lucía Martín <lucia.martin@gmail.com>',
  `Perfecto, gracias.\n\nLucía\n\nDe: Javier Ruiz <jruiz@construcciones-ruiz.es>\nEnviado el: lunes, 3 de marzo de 2025 9:14\nPara: Lucía Martín <lucia.martin@gmail.com>\nAsunto: Presupuesto\n\nHola Lucía,\n\nTe adjunto el presupuesto.\n\nUn saludo,\nJavier Ruiz\nJefe de Obra\nConstrucciones Ruiz S.L.\nTel. +34 91 555 12 34\nMóvil +34 612 345 678\n`,
  { card: false, notIn: ['Ruiz', '5551234', '612345678'] });

add(1, '1.05 Outlook NL (Van/Verzonden/Aan/Onderwerp)', 'Sanne de Boer <sanne.deboer@ziggo.nl>',
  `Hoi Pieter,\n\nPrima, tot donderdag!\n\nGroet,\nSanne\n\nVan: Pieter van Dam <p.vandam@vandam-installatie.nl>\nVerzonden: maandag 3 maart 2025 09:14\nAan: Sanne de Boer <sanne.deboer@ziggo.nl>\nOnderwerp: Offerte cv-ketel\n\nBeste Sanne,\n\nHierbij de offerte.\n\nMet vriendelijke groet,\nPieter van Dam\nProjectleider\nVan Dam Installatietechniek B.V.\nT +31 20 612 3456\nM +31 6 1234 5678\n`,
  { card: false, notIn: ['Dam', '6123456', '612345678'] });

add(1, '1.06 Outlook IT (Da/Inviato/A/Oggetto)', 'Giulia Rossi <giulia.rossi@libero.it>',
  `Grazie mille, a presto.\n\nGiulia\n\nDa: Marco Bianchi <m.bianchi@bianchi-arredi.it>\nInviato: lunedì 3 marzo 2025 09:14\nA: Giulia Rossi <giulia.rossi@libero.it>\nOggetto: Preventivo cucina\n\nGentile Giulia,\n\nin allegato il preventivo.\n\nCordiali saluti\nMarco Bianchi\nResponsabile Vendite\nBianchi Arredamenti S.r.l.\nTel. +39 02 8765 4321\nCell. +39 333 123 4567\n`,
  { card: false, notIn: ['Bianchi', '87654321', '3331234567'] });

add(1, '1.07 Outlook PT (De/Enviada em/Para/Assunto)', 'João Silva <joao.silva@gmail.com>',
  `Obrigado, combinado.\n\nJoão\n\nDe: Ana Costa <ana.costa@costaimoveis.com.br>\nEnviada em: segunda-feira, 3 de março de 2025 09:14\nPara: João Silva <joao.silva@gmail.com>\nAssunto: Visita ao imóvel\n\nOlá João,\n\nConfirmo a visita.\n\nAtenciosamente,\nAna Costa\nCorretora de Imóveis\nCosta Imóveis Ltda.\nTel.: +55 11 3456-7890\nCel.: +55 11 98765-4321\n`,
  { card: false, notIn: ['Costa', '34567890', '987654321'] });

add(1, '1.08 Outlook SV (Från/Skickat/Till/Ämne)', 'Emma Nilsson <emma.nilsson@telia.se>',
  `Tack, det låter bra.\n\n/Emma\n\nFrån: Erik Lindqvist <erik.lindqvist@nordvikbygg.se>\nSkickat: den 3 mars 2025 09:14\nTill: Emma Nilsson <emma.nilsson@telia.se>\nÄmne: Offert\n\nHej Emma,\n\nHär kommer offerten.\n\nVänliga hälsningar\nErik Lindqvist\nInköpschef\nNordvik Bygg AB\nTel: +46 8 123 456 78\nMobil: +46 70 123 45 67\n`,
  { card: false, notIn: ['Lindqvist', '12345678', '701234567'] });

add(1, '1.09 Outlook PL (Od/Wysłano/Do/Temat)', 'Anna Zielińska <anna.zielinska@wp.pl>',
  `Dziękuję, potwierdzam termin.\n\nAnna\n\nOd: Tomasz Kowalski <t.kowalski@kowalski-transport.pl>\nWysłano: poniedziałek, 3 marca 2025 09:14\nDo: Anna Zielińska <anna.zielinska@wp.pl>\nTemat: Dostawa\n\nDzień dobry,\n\nprzesyłam szczegóły dostawy.\n\nPozdrawiam\nTomasz Kowalski\nKierownik Projektu\nKowalski Transport Sp. z o.o.\ntel. +48 22 123 45 67\nkom. +48 601 234 567\n`,
  { card: false, notIn: ['Kowalski', '221234567', '601234567'] });

add(1, '1.10 Gmail EN wrapped attribution, > quoted', 'Tom Becker <tom.becker@gmail.com>',
  `Great, thanks Sarah!\n\nTom\n\nOn Tue, Mar 4, 2025 at 10:12 AM Sarah Whitfield <\nsarah.whitfield@whitfieldlaw.com> wrote:\n\n> Hi Tom,\n>\n> The contract is attached.\n>\n> Best,\n> Sarah Whitfield\n> Partner\n> Whitfield & Grant LLP\n> (617) 555-0142\n>\n`,
  { card: false, notIn: ['Whitfield', '5550142'] });

add(1, '1.11 Gmail DE wrapped "schrieb", own sig above', 'Stefan Braun <stefan.braun@braun-it.de>',
  `Hallo Gerhard,\n\ndanke, passt.\n\nViele Grüße\nStefan Braun\nGeschäftsführer\nBraun IT-Service GmbH\nTel. +49 30 8899 7766\n\nAm Di., 4. März 2025 um 10:12 Uhr schrieb Gerhard Vogt <\ng.vogt@vogt-bau.de>:\n\n> ${QBODY.replace(/\n/g, '\n> ')}${QSIG_DE.replace(/\n/g, '\n> ')}\n`,
  { card: true, name: 'Stefan Braun', title: 'Geschäftsführer', company: 'Braun IT-Service GmbH', phones: [{ d: '3088997766', t: 'work' }], notIn: NOT_GERHARD });

add(1, '1.12 Gmail FR wrapped "a\\nécrit :"', 'Claire Dubois <claire.dubois@orange.fr>',
  `Parfait, merci !\n\nClaire\n\nLe mar. 4 mars 2025 à 10:12, Laurent Petit <l.petit@petit-conseil.fr> a\nécrit :\n\n> Bonjour Claire,\n> Cordialement,\n> Laurent Petit\n> Directeur Associé\n> Petit Conseil SARL\n> Tél. : +33 1 42 68 53 00\n`,
  { card: false, notIn: ['Petit', '42685300'] });

add(1, '1.13 Gmail ES wrapped "(<x>)\\nescribió:", not > quoted (HTML part)', 'Lucía Martín <lucia.martin@gmail.com>',
  `Gracias Javier, lo reviso.\n\nLucía\n\nEl mar, 4 mar 2025 a las 10:12, Javier Ruiz (<jruiz@construcciones-ruiz.es>)\nescribió:\n\nHola Lucía,\n\nUn saludo,\nJavier Ruiz\nJefe de Obra\nConstrucciones Ruiz S.L.\nTel. +34 91 555 12 34\n`,
  { card: false, notIn: ['Ruiz', '5551234'] });

add(1, '1.14 Gmail PT "Em … escreveu:"', 'João Silva <joao.silva@gmail.com>',
  `Valeu, Ana!\n\nEm ter., 4 de mar. de 2025 às 10:12, Ana Costa <ana.costa@costaimoveis.com.br>\nescreveu:\n\n> Olá João,\n> Atenciosamente,\n> Ana Costa\n> Corretora de Imóveis\n> Costa Imóveis Ltda.\n> Tel.: +55 11 3456-7890\n`,
  { card: false, notIn: ['Costa', '34567890'] });

add(1, '1.15 Apple Mail iOS: Sent from my iPhone + "> On … wrote:"', 'Kevin Li <kevin.li@pacrimfreight.com>',
  `Yes, please book it.\n\nSent from my iPhone\n\n> On Mar 4, 2025, at 10:12 AM, Rachel Moore <rmoore@moorefinancial.com> wrote:\n>\n> Hi Kevin,\n> Do you want the 3pm slot?\n> Rachel Moore\n> Senior Financial Advisor\n> Moore Financial Group, Inc.\n> (212) 555-0187\n`,
  { card: false, notIn: ['Moore', '5550187'] });

add(1, '1.16 Apple Mail desktop, own sig, non-> quote', 'Kevin Li <kevin.li@pacrimfreight.com>',
  `Hi Rachel,\n\nThe 3pm slot works.\n\nKevin Li\nOperations Manager\nPacific Rim Freight\n(310) 555-0166\n\nOn Mar 4, 2025, at 10:12 AM, Rachel Moore <rmoore@moorefinancial.com> wrote:\n\nHi Kevin,\nDo you want the 3pm slot?\nRachel Moore\nSenior Financial Advisor\nMoore Financial Group, Inc.\n(212) 555-0187\n`,
  { card: true, name: 'Kevin Li', title: 'Operations Manager', company: 'Pacific Rim Freight', phones: [{ d: '3105550166', t: ['work', 'other'] }], notIn: ['Moore', '5550187'] });

add(1, '1.17 Thunderbird DE "Am 04.03.25 um 10:12 schrieb X:"', 'Anna Schmidt <anna.schmidt@posteo.de>',
  `Danke, erledigt.\n\nAnna\n\nAm 04.03.25 um 10:12 schrieb Gerhard Vogt:\n> ${QBODY.replace(/\n/g, '\n> ')}${QSIG_DE.replace(/\n/g, '\n> ')}\n`,
  { card: false, notIn: NOT_GERHARD });

add(1, '1.18 Lotus Notes name/org + date line header', 'Priya Raman <priya.raman@gmail.com>',
  `ok, thanks\n\n\n\nGerhard Vogt/VOGT@VOGTBAU\n03/04/2025 10:12 AM\n\nTo: Priya Raman <priya.raman@gmail.com>\ncc:\nSubject: Re: Plans\n\nPriya,\nplans attached.\n\n${QSIG_DE}\n`,
  { card: false, notIn: NOT_GERHARD });

add(1, '1.19 GroupWise ">>> … >>>"', 'Carol Campbell <ccampbell@campbell-cpa.com>',
  `Received, thank you.\n\nCarol\n\n>>> "Mark Jensen" <mjensen@jensenlaw.com> 3/4/2025 10:12 AM >>>\nCarol,\nPlease sign page 4.\nMark Jensen\nAttorney at Law\nJensen Law Office, P.C.\nPhone: (608) 555-0123\nFax: (608) 555-0124\n`,
  { card: false, notIn: ['Jensen', '5550123', '5550124'] });

add(1, '1.20 Yahoo "On Tuesday, March 4, 2025, 10:12:33 AM EST, X <x> wrote:"', 'Linda Park <lindapark55@yahoo.com>',
  `Thank you so much!\nLinda\n\n    On Tuesday, March 4, 2025, 10:12:33 AM EST, Dr. Robert Hale <rhale@halefamilydental.com> wrote:\n\n Hi Linda,\nYour appointment is confirmed.\nDr. Robert Hale, DDS\nHale Family Dental\n1200 Oak St, Suite 4\nPortland, OR 97205\n(503) 555-0199\n`,
  { card: false, notIn: ['Hale', '5550199'] });

add(1, '1.21 Outlook mobile "Get Outlook for iOS" + ____ From:', 'Daniel Okafor <daniel.okafor@outlook.com>',
  `Will do.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________\nFrom: Rhys Evans <rhys.evans@kestrelps.co.uk>\nSent: Tuesday, March 4, 2025 10:12:33 AM\nTo: Daniel Okafor <daniel.okafor@outlook.com>\nSubject: Access card\n\nDaniel,\nPlease collect it at reception.\nRhys Evans\nFacilities Manager\nKestrel Property Services Ltd\nTel: 029 2034 5678\nMob: 07700 900456\n`,
  { card: false, notIn: ['Evans', '20345678', '7700900456'] });

add(1, '1.22 Outlook.com ____ From: with own sig above', 'Naomi Chen <naomi.chen@latticerobotics.com>',
  `Hi Rhys,\n\nThanks, I'll pick it up tomorrow.\n\nNaomi Chen\nHead of Growth at Lattice Robotics\n+1 (628) 555-0110\n\n________________________________\nFrom: Rhys Evans <rhys.evans@kestrelps.co.uk>\nSent: Tuesday, March 4, 2025 10:12 AM\nTo: Naomi Chen <naomi.chen@latticerobotics.com>\nSubject: Access card\n\nNaomi,\nRhys Evans\nFacilities Manager\nKestrel Property Services Ltd\nTel: 029 2034 5678\n`,
  { card: true, name: 'Naomi Chen', title: 'Head of Growth', company: 'Lattice Robotics', phones: [{ d: '6285550110', t: ['work', 'other'] }], notIn: ['Evans', '20345678'] });

add(1, '1.23 Outlook HTML->text bold labels "*From:* … *Sent:*"', 'Priya Raman <priya.raman@gmail.com>',
  `Noted, thanks.\n\n*From:* Sarah Whitfield <sarah.whitfield@whitfieldlaw.com>\n*Sent:* Tuesday, March 4, 2025 10:12 AM\n*To:* Priya Raman\n*Subject:* NDA\n\nPriya,\nSarah Whitfield\nPartner\nWhitfield & Grant LLP\n(617) 555-0142\n`,
  { card: false, notIn: ['Whitfield', '5550142'] });

add(1, '1.24 Forwarded (Gmail) with FYI note, forwarded sig', 'Tom Becker <tom.becker@gmail.com>',
  `FYI - see below.\n\n---------- Forwarded message ---------\nFrom: Sarah Whitfield <sarah.whitfield@whitfieldlaw.com>\nDate: Tue, Mar 4, 2025 at 10:12 AM\nSubject: NDA\nTo: Tom Becker <tom.becker@gmail.com>\n\nTom,\nSarah Whitfield\nPartner\nWhitfield & Grant LLP\n(617) 555-0142\n`,
  { card: false, notIn: ['Whitfield', '5550142'] });


// Where each class-1 quote starts (the header's first line).
const CUTS: Record<string, string> = {
  '1.01': 'From: Gerhard Vogt <g.vogt@vogt-bau.de>',
  '1.02': 'Von: Gerhard Vogt <g.vogt@vogt-bau.de>',
  '1.03': 'De : Laurent Petit <l.petit@petit-conseil.fr>',
  '1.04': 'De: Javier Ruiz <jruiz@construcciones-ruiz.es>',
  '1.05': 'Van: Pieter van Dam <p.vandam@vandam-installatie.nl>',
  '1.06': 'Da: Marco Bianchi <m.bianchi@bianchi-arredi.it>',
  '1.07': 'De: Ana Costa <ana.costa@costaimoveis.com.br>',
  '1.08': 'Från: Erik Lindqvist <erik.lindqvist@nordvikbygg.se>',
  '1.09': 'Od: Tomasz Kowalski <t.kowalski@kowalski-transport.pl>',
  '1.10': 'On Tue, Mar 4, 2025 at 10:12 AM Sarah Whitfield <',
  '1.11': 'Am Di., 4. März 2025 um 10:12 Uhr schrieb Gerhard Vogt <',
  '1.12': 'Le mar. 4 mars 2025 à 10:12, Laurent Petit <l.petit@petit-conseil.fr> a',
  '1.13': 'El mar, 4 mar 2025 a las 10:12, Javier Ruiz (<jruiz@construcciones-ruiz.es>)',
  '1.14': 'Em ter., 4 de mar. de 2025 às 10:12, Ana Costa <ana.costa@costaimoveis.com.br>',
  '1.15': '> On Mar 4, 2025, at 10:12 AM, Rachel Moore <rmoore@moorefinancial.com> wrote:',
  '1.16': 'On Mar 4, 2025, at 10:12 AM, Rachel Moore <rmoore@moorefinancial.com> wrote:',
  '1.17': 'Am 04.03.25 um 10:12 schrieb Gerhard Vogt:',
  '1.18': 'Gerhard Vogt/VOGT@VOGTBAU',
  '1.19': '>>> "Mark Jensen" <mjensen@jensenlaw.com> 3/4/2025 10:12 AM >>>',
  '1.20': '    On Tuesday, March 4, 2025, 10:12:33 AM EST, Dr. Robert Hale <rhale@halefamilydental.com> wrote:',
  '1.21': 'From: Rhys Evans <rhys.evans@kestrelps.co.uk>',
  '1.22': 'From: Rhys Evans <rhys.evans@kestrelps.co.uk>',
  '1.23': '*From:* Sarah Whitfield <sarah.whitfield@whitfieldlaw.com>',
  '1.24': '---------- Forwarded message ---------',
};

const QSIG_PL = 'Pozdrawiam\nTomasz Kowalski\nKierownik Projektu\nKowalski Transport Sp. z o.o.\nul. Marszałkowska 140\n00-061 Warszawa\ntel. +48 22 123 45 67\nkom. +48 601 234 567';
const PL_REPLY = 'Dzień dobry Panie Tomaszu,\n\ndziękuję za informację. Potwierdzam dostawę na czwartek rano, magazyn będzie otwarty od 7:00.\nProszę o telefon kierowcy przed przyjazdem.\n\nAnna Zielińska';
const NOT_TK = ['Kowalski', '221234567', '601234567', 'Marszałkowska'];
add(1, '1.25 Outlook PL, longer reply (quote not cut → quoted sig?)', 'Anna Zielińska <anna.zielinska@wp.pl>',
  `${PL_REPLY}\n\nOd: Tomasz Kowalski <t.kowalski@kowalski-transport.pl>\nWysłano: poniedziałek, 3 marca 2025 09:14\nDo: Anna Zielińska <anna.zielinska@wp.pl>\nTemat: Dostawa\n\nDzień dobry,\n\nprzesyłam szczegóły dostawy.\n\n${QSIG_PL}\n`,
  { card: false, notIn: NOT_TK, cut: 'Od: Tomasz Kowalski <t.kowalski@kowalski-transport.pl>' });
add(1, '1.26 Outlook PL "-----Wiadomość oryginalna-----"', 'Anna Zielińska <anna.zielinska@wp.pl>',
  `${PL_REPLY}\n\n-----Wiadomość oryginalna-----\nOd: Tomasz Kowalski [mailto:t.kowalski@kowalski-transport.pl]\nWysłano: 3 marca 2025 09:14\nDo: Anna Zielińska\nTemat: Dostawa\n\n${QSIG_PL}\n`,
  { card: false, notIn: NOT_TK, cut: '-----Wiadomość oryginalna-----' });
add(1, '1.27 Gmail PL "W dniu … napisał(a):" wrapped', 'Anna Zielińska <anna.zielinska@wp.pl>',
  `${PL_REPLY}\n\nW dniu wt., 4 mar 2025 o 10:12 Tomasz Kowalski <\nt.kowalski@kowalski-transport.pl> napisał(a):\n\n> Dzień dobry,\n${QSIG_PL.replace(/^/gm, '> ')}\n`,
  { card: false, notIn: NOT_TK, cut: 'W dniu wt., 4 mar 2025 o 10:12 Tomasz Kowalski <' });
add(1, '1.28 Thunderbird PL "W dniu 4.03.2025 o 10:12, X pisze:"', 'Anna Zielińska <anna.zielinska@wp.pl>',
  `${PL_REPLY}\n\nW dniu 4.03.2025 o 10:12, Tomasz Kowalski pisze:\n${QSIG_PL.replace(/^/gm, '> ')}\n`,
  { card: false, notIn: NOT_TK, cut: 'W dniu 4.03.2025 o 10:12, Tomasz Kowalski pisze:' });
const QSIG_DK = 'Med venlig hilsen\nMads Jørgensen\nSalgschef\nJørgensen Emballage A/S\nIndustrivej 12, 8000 Aarhus C\nTlf. +45 86 12 34 56\nMobil +45 20 12 34 56';
const NOT_MJ = ['Jørgensen', '86123456', '20123456'];
add(1, '1.29 Outlook DA/NO (Fra/Sendt/Til/Emne)', 'Lars Holm <lars.holm@holm-design.dk>',
  `Hej Mads,\n\nTak for tilbuddet. Vi bestiller 400 kasser til levering i uge 14, og jeg sender ordren i morgen.\n\nVenlig hilsen\nLars Holm\n\nFra: Mads Jørgensen <mj@jorgensen-emballage.dk>\nSendt: 3. marts 2025 09:14\nTil: Lars Holm <lars.holm@holm-design.dk>\nEmne: Tilbud\n\nHej Lars,\n\nHer er tilbuddet.\n\n${QSIG_DK}\n`,
  { card: false, notIn: NOT_MJ, cut: 'Fra: Mads Jørgensen <mj@jorgensen-emballage.dk>' });
add(1, '1.30 Outlook FI (Lähettäjä/Lähetetty/Vastaanottaja/Aihe)', 'Mikko Virtanen <mikko.virtanen@elisa.fi>',
  `Hei Jussi,\n\nKiitos, sopii hyvin. Nähdään torstaina toimistolla kello kymmenen.\n\nTerveisin\nMikko\n\nLähettäjä: Jussi Korhonen <jussi.korhonen@korhonen-rakennus.fi>\nLähetetty: maanantai 3. maaliskuuta 2025 9.14\nVastaanottaja: Mikko Virtanen <mikko.virtanen@elisa.fi>\nAihe: Tapaaminen\n\nHei Mikko,\n\nYstävällisin terveisin\nJussi Korhonen\nToimitusjohtaja\nKorhonen Rakennus Oy\nPuh. +358 9 1234 5678\nGSM +358 40 123 4567\n`,
  { card: false, notIn: ['Korhonen', '912345678', '401234567'], cut: 'Lähettäjä: Jussi Korhonen <jussi.korhonen@korhonen-rakennus.fi>' });
add(1, '1.31 Outlook CS (Od/Odesláno/Komu/Předmět)', 'Petra Nováková <petra.novakova@seznam.cz>',
  `Dobrý den,\n\nděkuji, termín ve čtvrtek mi vyhovuje. Podklady pošlu zítra dopoledne.\n\nS pozdravem\nPetra Nováková\n\nOd: Jan Dvořák <jan.dvorak@dvorak-stavby.cz>\nOdesláno: pondělí 3. března 2025 9:14\nKomu: Petra Nováková <petra.novakova@seznam.cz>\nPředmět: Schůzka\n\nDobrý den,\n\nS pozdravem\nJan Dvořák\nJednatel\nDvořák Stavby s.r.o.\nTel.: +420 222 123 456\nMobil: +420 602 123 456\n`,
  { card: false, notIn: ['Dvořák', '222123456', '602123456'], cut: 'Od: Jan Dvořák <jan.dvorak@dvorak-stavby.cz>' });
add(1, '1.32 Outlook TR (Kimden/Gönderildi/Kime/Konu)', 'Ayşe Demir <ayse.demir@gmail.com>',
  `Merhaba Mehmet Bey,\n\nTeşekkürler, perşembe günü uygunum. Belgeleri yarın göndereceğim.\n\nAyşe\n\nKimden: Mehmet Yılmaz <mehmet.yilmaz@yilmazinsaat.com.tr>\nGönderildi: 3 Mart 2025 Pazartesi 09:14\nKime: Ayşe Demir <ayse.demir@gmail.com>\nKonu: Toplantı\n\nMerhaba Ayşe Hanım,\n\nSaygılarımla,\nMehmet Yılmaz\nGenel Müdür\nYılmaz İnşaat A.Ş.\nTel: +90 212 123 45 67\nGSM: +90 532 123 45 67\n`,
  { card: false, notIn: ['Yılmaz', '2121234567', '5321234567'], cut: 'Kimden: Mehmet Yılmaz <mehmet.yilmaz@yilmazinsaat.com.tr>' });
add(1, '1.33 Bottom-posted reply: > quote with sig, own sig below', 'Kevin Li <kevin.li@pacrimfreight.com>',
  `Rachel Moore wrote:\n> Hi Kevin,\n> Do you want the 3pm slot?\n> Rachel Moore\n> Senior Financial Advisor\n> Moore Financial Group, Inc.\n> (212) 555-0187\n\n3pm works, thanks.\n\nKevin Li\nOperations Manager\nPacific Rim Freight\n(310) 555-0166\n`,
  { card: true, name: 'Kevin Li', title: 'Operations Manager', company: 'Pacific Rim Freight', phones: [{ d: '3105550166', t: ['work', 'other'] }], notIn: ['Moore', '5550187'] });
add(1, '1.34 Outlook Android footer + EN header, own sig above', 'Grace Raman <grace.raman@tidewaterfoods.com>',
  `Approved.\n\nGrace Raman\nHead of Procurement\nTidewater Foods Inc.\n(757) 555-0120\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n\nFrom: Mark Jensen <mjensen@jensenlaw.com>\nSent: Tuesday, March 4, 2025 10:12:33 AM\nTo: Grace Raman <grace.raman@tidewaterfoods.com>\nSubject: PO 4471\n\nGrace,\nMark Jensen\nAttorney at Law\nJensen Law Office, P.C.\nPhone: (608) 555-0123\n`,
  { card: true, name: 'Grace Raman', title: 'Head of Procurement', company: 'Tidewater Foods Inc.', phones: [{ d: '7575550120', t: ['work', 'other'] }], notIn: ['Jensen', '5550123'], cut: 'From: Mark Jensen <mjensen@jensenlaw.com>' });

// ───────────── Class 2: bulk / automated mail without list headers ─────────────
add(2, '2.01 Newsletter signed by editor, "You\'re receiving this"', 'Jenny Ortiz <jenny@brightwave.io>',
  `Hi there,\n\nThis week in product analytics: three charts we can't stop looking at.\n\n1. Retention curves by cohort\nRead more: https://brightwave.io/blog/retention\n\n2. Funnel drop-off in onboarding\nRead more: https://brightwave.io/blog/funnels\n\nUntil next week,\nJenny Ortiz\nHead of Content, Brightwave Inc.\n\nYou're receiving this email because you signed up at brightwave.io.\nBrightwave Inc. · 500 Market St · San Francisco, CA 94105\n`,
  { card: false });

add(2, '2.02 Order receipt', 'Northwind Coffee <orders@northwindcoffee.com>',
  `Thanks for your order, Priya!\n\nOrder #48213 — placed March 4, 2025\n\n1 x Espresso Beans 1kg        $24.00\n2 x Paper Filters #4          $9.00\nSubtotal                      $33.00\nShipping                      $5.00\nTotal                         $38.00\n\nQuestions? Call us at (800) 555-0199 or reply to this email.\n\nNorthwind Coffee Co.\n12 Pike St, Seattle, WA 98101\n(206) 555-0123\n`,
  { card: false });

add(2, '2.03 Shipping notification', 'Parcelo Tracking <tracking@parcelo.com>',
  `Your package is on its way!\n\nTracking number: 1Z 999 AA1 01 2345 6784\nEstimated delivery: Thursday, March 6, 2025\nShip to: Priya Raman, 44 Elm Street, Springfield, IL 62704\n\nTrack your package: https://parcelo.com/track/1Z999AA10123456784\n\nNeed help? Call 1-800-555-0175\nParcelo Logistics, Inc.\n1 Parcel Way, Louisville, KY 40213\n`,
  { card: false });

add(2, '2.04 Teams meeting invite from a person (no signature)', 'Maria Lopez <maria.lopez@fabrikam.com>',
  `Hi all, let's review the Q2 plan.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting>\nMeeting ID: 234 567 891 012\nPasscode: aB3cD4\nOr call in (audio only)\n+1 323-555-0188,,123456789#   United States, Los Angeles\nPhone Conference ID: 123 456 789#\nFind a local number | Reset PIN\nLearn More | Meeting options\n________________________________________________________________________________\n`,
  { card: false });

add(2, '2.05 Password reset signed by team', 'Acme Cloud <security@acmecloud.com>',
  `Hi Priya,\n\nWe received a request to reset the password for your Acme Cloud account.\nReset your password: https://acmecloud.com/reset?token=abc123\nThis link expires in 30 minutes. If you didn't request this, you can ignore this email.\n\nThanks,\nThe Acme Cloud Team\nAcme Cloud, Inc. | 100 Congress Ave, Austin, TX 78701 | +1 512-555-0100\n`,
  { card: false });

add(2, '2.06 Survey from a named CSM', 'Tom Becker <tom@fieldwise.com>',
  `Hi Priya,\n\nHow did we do? Your support ticket #88213 was closed yesterday.\nPlease take our 2-minute survey: https://fieldwise.com/survey/88213\n\nRate your experience: Excellent | Good | Fair | Poor\n\nThanks,\nTom Becker\nCustomer Success Manager\nFieldwise Inc.\n\nFieldwise Inc., 1 Harbor Way, Boston, MA 02110\n`,
  { card: false }, 'borderline: human may accept a CSM card; the brief says surveys -> no card');

add(2, '2.07 Job alert (DE) listing titles/companies', 'StepStone <jobs@stepstone.de>',
  `Neue Jobs für Ihre Suche „Projektleiter Bau“ in München\n\nProjektleiter Hochbau (m/w/d)\nHochtief Infrastructure GmbH\nMünchen · Vollzeit\n\nBauleiter Tiefbau (m/w/d)\nMax Bögl Bauservice GmbH & Co. KG\nNeumarkt · Vollzeit\n\nAlle Jobs ansehen: https://www.stepstone.de/jobs\n\nStepStone Deutschland GmbH\nVöltklinger Straße 1\n40219 Düsseldorf\nTel. +49 211 93493 5000\n`,
  { card: false });

add(2, '2.08 Help-desk ticket update with agent block', 'Contoso Support <support@contoso.com>',
  `Ticket INC0012345 has been updated.\n\nStatus: In Progress\nPriority: 3 - Moderate\nAssigned to: Mark Jensen\n\nComment from Mark Jensen:\nWe have ordered the replacement dock, it should arrive Friday.\n\nMark Jensen\nService Desk Analyst\nContoso Ltd.\n+1 425 555 0134\n\nTo add a comment, reply to this email. Please do not change the subject line.\n`,
  { card: false });

add(2, '2.09 Webinar invite with speaker list', 'Dr. Sarah Kim <events@medtalks.org>',
  `Join us live: AI in Clinical Triage\nThursday, March 20, 2025 · 11:00 AM ET\n\nSpeakers:\nDr. Sarah Kim, Chief Medical Officer, MedTalks\nJames O'Neil, VP Research, Genova Labs Inc.\n\nRegister now: https://medtalks.org/webinars/ai-triage\n\nSee you there,\nSarah Kim, MD\nChief Medical Officer\nMedTalks Foundation\n+1 (617) 555-0111\n`,
  { card: false });

add(2, '2.10 Machine report KEY = value', 'Nightly Backup <backup@srv01.example.net>',
  `JOB = nightly-full\nHOST = srv01.example.net\nSTATUS = SUCCESS\nSTART = 2025-03-04 01:00:02\nEND = 2025-03-04 02:13:47\nBYTES = 182 334 120 448\nFILES = 1 203 882\nONCALL_PHONE = +1 212 555 0163\n\n-- \nbackup-agent 4.2\nOps Team\nExample Networks LLC\n+1 212 555 0100\n`,
  { card: false });

add(2, '2.11 Office phone list', 'Harbor Logistics <contact@harborlogistics.com>',
  `Dear customer,\n\nfrom 1 April our offices have new numbers:\n\nHamburg      +49 40 3861 5570\nRotterdam    +31 10 281 4567\nAntwerp      +32 3 231 45 67\nGdansk       +48 58 301 22 33\nGothenburg   +46 31 711 22 00\n\nKind regards\nHarbor Logistics GmbH\nAm Sandtorkai 12, 20457 Hamburg\n`,
  { card: false });

add(2, '2.12 Invoice mail from a studio billing box', 'Lumen Design Studio <billing@lumendesign.co.uk>',
  `Hello,\n\nPlease find attached invoice INV-2025-0314 for £2,400.00, due 3 April 2025.\n\nBank: Barclays · Sort code 20-00-00 · Account 12345678\n\nMany thanks,\nLumen Design Studio Ltd\n14 Bramley Road, Leeds LS1 4AB\n0113 496 0123\n`,
  { card: false });

// ───────────── Class 3: modern personal signatures ─────────────
add(3, '3.01 Gmail sig after "-- ", M: label, bare site', 'Sofia Marquez <sofia@blueriveranalytics.com>',
  `Hi Tom,\n\nAttached is the revised quote.\n\nBest,\nSofia\n\n-- \nSofia Marquez\nSenior Account Executive\nBlueRiver Analytics\nM: +1 (415) 555-0172\nsofia@blueriveranalytics.com\nblueriveranalytics.com\n`,
  { card: true, name: 'Sofia Marquez', title: 'Senior Account Executive', company: 'BlueRiver Analytics', phones: [{ d: '4155550172', t: 'mobile' }], email: 'sofia@blueriveranalytics.com' });

add(3, '3.02 HTML sig, blank lines between, UK address', 'Daniel Okafor <daniel.okafor@nimbushealth.co.uk>',
  `Hi Sarah,\n\nThanks for the call today. Notes attached.\n\nKind regards,\n\nDaniel Okafor\n\nHead of Partnerships\n\nNimbus Health Ltd\n\nT: +44 20 7946 0321\n\nM: +44 7700 900123\n\n1 Canada Square, London E14 5AB\n`,
  { card: true, name: 'Daniel Okafor', title: 'Head of Partnerships', company: 'Nimbus Health Ltd', phones: [{ d: '2079460321', t: 'work' }, { d: '7700900123', t: 'mobile' }], address: ['1 Canada Square', 'E14 5AB'] });

add(3, '3.03 One-line "Name | Title | Company | phone"', 'Leah Goldberg <leah@tesseralabs.com>',
  `Hey Mark,\n\nLooping in our CTO for the API question.\n\nThanks!\nLeah Goldberg | Product Manager | Tessera Labs Inc. | +1 646 555 0193\n`,
  { card: true, name: 'Leah Goldberg', title: 'Product Manager', company: 'Tessera Labs Inc.', phones: [{ d: '6465550193', t: ['work', 'other'] }] });

add(3, '3.04 "Name – Title – Company" (IT), Tel./Cell.', 'Marco Bianchi <marco.bianchi@bianchiarredamenti.it>',
  `Buongiorno,\n\nle confermo la consegna per venerdì.\n\nCordiali saluti\nMarco Bianchi – Direttore Commerciale – Bianchi Arredamenti S.r.l.\nTel. +39 02 8765 4321 | Cell. +39 333 123 4567\n`,
  { card: true, name: 'Marco Bianchi', title: 'Direttore Commerciale', company: 'Bianchi Arredamenti S.r.l.', phones: [{ d: '0287654321', t: 'work' }, { d: '3331234567', t: 'mobile' }] });

add(3, '3.05 Sig then "Sent from my iPhone"', 'Kevin Li <kevin.li@pacrimfreight.com>',
  `Sure, I'll send the manifest tonight.\n\nKevin Li\nOperations Manager\nPacific Rim Freight\n(310) 555-0166\n\nSent from my iPhone\n`,
  { card: true, name: 'Kevin Li', title: 'Operations Manager', company: 'Pacific Rim Freight', phones: [{ d: '3105550166', t: ['work', 'other'] }] });

add(3, '3.06 Pronouns + LinkedIn + site, "Title, Company"', 'Alex Rivera <alex@quillstudio.co>',
  `Hi Jordan,\n\nHere are the interview notes from this week.\n\nBest,\nAlex Rivera (they/them)\nUX Researcher, Quill Studio\nlinkedin.com/in/alexrivera\nwww.quillstudio.co\n`,
  { card: true, name: 'Alex Rivera', title: 'UX Researcher', company: 'Quill Studio' });

add(3, '3.07 Sig, Enclosure line, confidentiality notice', 'Jennifer Walsh <jwalsh@harmonprice.com>',
  `Dear Mr. Chen,\n\nPlease find the amended lease attached for your review.\n\nRegards,\n\nJennifer Walsh\nParalegal\nHarmon & Price LLP\n200 Park Avenue, Suite 1700\nNew York, NY 10166\nDirect: 212-555-0147\nFax: 212-555-0148\n\nEnclosure: Lease_Amendment_v3.pdf\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete this message.\n`,
  { card: true, name: 'Jennifer Walsh', title: 'Paralegal', company: 'Harmon & Price LLP', phones: [{ d: '2125550147', t: 'work' }, { d: '2125550148', t: 'fax' }], address: ['200 Park Avenue', 'New York, NY 10166'] });

add(3, '3.08 UK Tel:/Mob: multi-line address', 'Rhys Evans <rhys.evans@kestrelps.co.uk>',
  `Hi Daniel,\n\nYour access card is ready at reception.\n\nThanks\n\nRhys Evans\nFacilities Manager\nKestrel Property Services Ltd\nUnit 4, Riverside Business Park\nCardiff CF10 4QH\nTel: 029 2034 5678\nMob: 07700 900456\n`,
  { card: true, name: 'Rhys Evans', title: 'Facilities Manager', company: 'Kestrel Property Services Ltd', phones: [{ d: '2920345678', t: 'work' }, { d: '7700900456', t: 'mobile' }], address: ['Riverside Business Park', 'CF10 4QH'] });

add(3, '3.09 German sig with Impressum (Geschäftsführer: …)', 'Katrin Hoffmann <k.hoffmann@hoffmann-verpackungen.de>',
  `Sehr geehrter Herr Braun,\n\nanbei unser Angebot.\n\nMit freundlichen Grüßen\n\nKatrin Hoffmann\nLeiterin Einkauf\n\nHoffmann Verpackungen GmbH\nIndustriestraße 14\n70565 Stuttgart\nTel.: +49 711 987654-21\nFax: +49 711 987654-99\nMobil: +49 151 2345 6789\nk.hoffmann@hoffmann-verpackungen.de\nwww.hoffmann-verpackungen.de\n\nSitz der Gesellschaft: Stuttgart, Amtsgericht Stuttgart HRB 123456\nGeschäftsführer: Peter Hoffmann\n`,
  { card: true, name: 'Katrin Hoffmann', title: 'Leiterin Einkauf', company: 'Hoffmann Verpackungen GmbH', phones: [{ d: '71198765421', t: 'work' }, { d: '71198765499', t: 'fax' }, { d: '15123456789', t: 'mobile' }], address: ['Industriestraße 14', '70565 Stuttgart'] });

add(3, '3.10 French Tél./Port., rue address', 'Élodie Martin <elodie.martin@lumiere-co.fr>',
  `Bonjour Monsieur Petit,\n\nJe vous envoie le devis corrigé.\n\nCordialement,\n\nÉlodie Martin\nResponsable Marketing\nLumière & Co SAS\n12 rue de la Paix\n75002 Paris\nTél. : +33 1 23 45 67 89\nPort. : +33 6 12 34 56 78\n`,
  { card: true, name: 'Élodie Martin', title: 'Responsable Marketing', company: 'Lumière & Co SAS', phones: [{ d: '123456789', t: 'work' }, { d: '612345678', t: 'mobile' }], address: ['12 rue de la Paix', '75002 Paris'] });

add(3, '3.11 Norwegian Tlf./Mob., Daglig leder', 'Ingrid Solberg <ingrid@fjordlys.no>',
  `Hei Erik,\n\nTakk for sist. Vedlagt er kontrakten.\n\nMed vennlig hilsen\n\nIngrid Solberg\nDaglig leder\nFjordlys AS\nStorgata 12, 0155 Oslo\nTlf. +47 22 12 34 56\nMob. +47 912 34 567\n`,
  { card: true, name: 'Ingrid Solberg', title: 'Daglig leder', company: 'Fjordlys AS', phones: [{ d: '22123456', t: 'work' }, { d: '91234567', t: 'mobile' }], address: ['Storgata 12', '0155 Oslo'] });

add(3, '3.12 Swedish "Title, Company AB"', 'Erik Lindqvist <erik.lindqvist@nordvikbygg.se>',
  `Hej Emma,\n\nHär kommer offerten vi pratade om.\n\nVänliga hälsningar\nErik Lindqvist\nInköpschef, Nordvik Bygg AB\nKungsgatan 44, 111 35 Stockholm\nTel: +46 8 123 456 78\nMobil: +46 70 123 45 67\n`,
  { card: true, name: 'Erik Lindqvist', title: 'Inköpschef', company: 'Nordvik Bygg AB', phones: [{ d: '812345678', t: 'work' }, { d: '701234567', t: 'mobile' }], address: ['Kungsgatan 44', '111 35 Stockholm'] });

add(3, '3.13 "Title at Company", bare phone', 'Naomi Chen <naomi.chen@latticerobotics.com>',
  `Hi Priya,\n\nGreat meeting you at the summit. Let's find time next week.\n\nCheers,\nNaomi Chen\nHead of Growth at Lattice Robotics\n+1 (628) 555-0110\n`,
  { card: true, name: 'Naomi Chen', title: 'Head of Growth', company: 'Lattice Robotics', phones: [{ d: '6285550110', t: ['work', 'other'] }] });

add(3, '3.14 Dutch T/M/F bare letters', 'Pieter de Vries <p.devries@vandijklogistiek.nl>',
  `Beste Sanne,\n\nDe zending staat gepland voor woensdag.\n\nMet vriendelijke groet,\n\nPieter de Vries\nAccount Manager\nVan Dijk Logistiek B.V.\nT +31 20 123 4567\nM +31 6 1234 5678\nF +31 20 123 4599\n`,
  { card: true, name: 'Pieter de Vries', title: 'Account Manager', company: 'Van Dijk Logistiek B.V.', phones: [{ d: '201234567', t: 'work' }, { d: '612345678', t: 'mobile' }, { d: '201234599', t: 'fax' }] });

add(3, '3.15 Spanish Móvil, C/ address', 'Lucía Fernández <lfernandez@grupoventura.es>',
  `Hola Javier,\n\nTe confirmo la reunión del jueves.\n\nUn saludo,\n\nLucía Fernández\nDirectora de Operaciones\nGrupo Ventura S.L.\nC/ Alcalá 123, 28009 Madrid\nTel. +34 91 123 45 67\nMóvil +34 612 345 678\n`,
  { card: true, name: 'Lucía Fernández', title: 'Directora de Operaciones', company: 'Grupo Ventura S.L.', phones: [{ d: '911234567', t: 'work' }, { d: '612345678', t: 'mobile' }], address: ['Alcalá 123', '28009 Madrid'] });

add(3, '3.16 Attachment list after sig (no "-- ")', 'Grace Raman <grace.raman@tidewaterfoods.com>',
  `Hi all,\n\nSharing the supplier scorecards for Q1.\n\nThanks,\nGrace Raman\nHead of Procurement\nTidewater Foods Inc.\nOffice: (757) 555-0120 | Mobile: (757) 555-0121\n\nAttachments:\nScorecard_Q1.xlsx\nSupplier_List.pdf\n`,
  { card: true, name: 'Grace Raman', title: 'Head of Procurement', company: 'Tidewater Foods Inc.', phones: [{ d: '7575550120', t: 'work' }, { d: '7575550121', t: 'mobile' }] });

// ───────────── Class 4: short sign-off blocks ─────────────
add(4, '4.01 Thanks, Name, (713) phone', 'Ann Thomas <ann.thomas@enron.com>',
  `Can you send me the updated curve by noon?\n\nThanks,\nAnn Thomas\n(713) 871-8345\n`,
  { card: true, name: 'Ann Thomas', phones: [{ d: '7138718345', t: ['work', 'other'] }] });

add(4, '4.02 Name / title / org (no phone)', 'Bill Paxon <bpaxon@affordableelectricity.org>',
  `Thank you for your continued support of our coalition. We will be in touch before the hearing.\n\nBill Paxon\nNational Chairman\nAmericans for Affordable Electricity\n`,
  { card: true, name: 'Bill Paxon', title: 'National Chairman', company: 'Americans for Affordable Electricity' });

add(4, '4.03 Extension only', 'Shirley Crenshaw <shirley.crenshaw@enron.com>',
  `Vince's calendar is open Thursday afternoon.\n\nShirley Crenshaw\n3-5290\n`,
  { card: null, name: 'Shirley Crenshaw', phones: [{ d: '35290', t: ['work', 'other'] }] }, 'extension: card optional, but parsed should hold the extension');

add(4, '4.04 Best regards / Name / "Title, Company AS" / phone', 'Karin Olsen <karin.olsen@polarfoods.no>',
  `Hi,\n\nWe can deliver 20 pallets in week 14.\n\nBest regards,\nKarin Olsen\nSales Director, Polar Foods AS\n+47 915 55 012\n`,
  { card: true, name: 'Karin Olsen', title: 'Sales Director', company: 'Polar Foods AS', phones: [{ d: '91555012', t: ['mobile', 'work', 'other'] }] });

add(4, '4.05 Rgds, first name, then one-line sig', 'Mike Harlan <mike@summitroofingco.com>',
  `Quote attached for the north elevation.\n\nRgds,\nMike\n\nMike Harlan | Estimator | Summit Roofing LLC\n(303) 555-0191\n`,
  { card: true, name: 'Mike Harlan', title: 'Estimator', company: 'Summit Roofing LLC', phones: [{ d: '3035550191', t: ['work', 'other'] }] });

add(4, '4.06 Gmail user, first name + UK mobile', 'Tom Hardy <tom.hardy@gmail.com>',
  `Running 10 min late, sorry!\n\nCheers\nTom\n07700 900789\n`,
  { card: true, name: 'Tom Hardy', phones: [{ d: '7700900789', t: ['mobile', 'other'] }] }, 'gmail.com gives no country; a UK mobile is unambiguous to a human');

add(4, '4.07 Ext. 4412 under name', 'Priya Nair <priya.nair@helixbio.com>',
  `The samples arrived this morning, I'll log them today.\n\nRegards,\nPriya Nair\nExt. 4412\n`,
  { card: null, name: 'Priya Nair', phones: [{ d: '4412', t: ['work', 'other'] }] }, 'extension: card optional');

add(4, '4.08 No closing, name + phone at the end', 'Lena Ortiz <lena.ortiz@cascadeutil.com>',
  `Reminder: the substation walk-through is moved to Friday 8am, meet at gate 3.\n\nLena Ortiz\n503/555-0143\n`,
  { card: true, name: 'Lena Ortiz', phones: [{ d: '5035550143', t: ['work', 'other'] }] });

add(4, '4.09 German short: Gruß, Name, Durchwahl', 'Stefan Braun <stefan.braun@braun-it.de>',
  `Hallo Jonas,\n\nder Server ist wieder online.\n\nGruß\nStefan Braun\nBraun IT-Service GmbH\nTel. 030 8899 7766\n`,
  { card: true, name: 'Stefan Braun', company: 'Braun IT-Service GmbH', phones: [{ d: '3088997766', t: 'work' }] });


add(4, '4.10 Initial + surname, company with &', 'Robert Hale <rhale@halesonsplumbing.com>',
  `Hi Linda,\n\nWe can replace the water heater Thursday morning.\n\nBest,\nJ. Robert Hale\nHale & Sons Plumbing\n(503) 555-0134\n`,
  { card: true, name: 'J. Robert Hale', company: 'Hale & Sons Plumbing', phones: [{ d: '5035550134', t: ['work', 'other'] }] });
add(4, '4.11 Thanks, / Name / department / phone (Enron style)', 'Kate Symes <kate.symes@enron.com>',
  `I've corrected the deal in the system, should show in tomorrow's report.\n\nThanks,\nKate Symes\nTrading Support\n503-464-7486\n`,
  { card: true, name: 'Kate Symes', phones: [{ d: '5034647486', t: ['work', 'other'] }] });

// ───────────── Class 5: department / role senders ─────────────
add(5, '5.01 Enron Announcements', 'Enron Announcements <enron.announcements@enron.com>',
  `The Enron Corporate Responsibility Task Force invites you to the annual blood drive.\nWhen: Tuesday, March 11, 8:00 a.m. - 3:00 p.m.\nWhere: Enron Building Lobby\n\nFor questions, contact Sarah Lee at x3-4567.\n\nEnron Corporate Communications\nEnron Corp.\n1400 Smith Street, Houston, TX 77002\n(713) 853-6161\n`,
  { card: false });

add(5, '5.02 IT Service Desk', 'IT Service Desk <itsd@contoso.com>',
  `Hello,\n\nYour new laptop is ready for pickup at the IT counter.\nPlease bring your badge.\n\nRegards,\nIT Service Desk\nContoso Ltd.\nBuilding 3, Room 120\nExt. 5000 | +1 425 555 0100\n`,
  { card: false });

add(5, '5.03 HR Team', 'HR Team <hr@globex.com>',
  `Hi everyone,\n\nOpen enrollment for 2025 benefits ends this Friday. Please make your selections in the portal.\n\nBest,\nHR Team\nGlobex Corporation\n+1 312 555 0177\n`,
  { card: false });

add(5, '5.04 info@ bakery (DE)', 'Bäckerei Sonnenschein <info@baeckerei-sonnenschein.de>',
  `Sehr geehrte Frau Schmidt,\n\nvielen Dank für Ihre Bestellung der Hochzeitstorte.\n\nMit freundlichen Grüßen\nIhr Team der Bäckerei Sonnenschein\n\nBäckerei Sonnenschein GmbH\nHauptstraße 5\n80331 München\nTel. 089 123456\n`,
  { card: false });

add(5, '5.05 Customer Care signed with first name', 'TelcoNet Customer Care <care@telconet.co.uk>',
  `Dear Mr Hardy,\n\nThank you for contacting us. Your router replacement has been dispatched.\n\nKind regards,\nJessica\nCustomer Care Team\nTelcoNet Ltd\n0800 123 4567\n`,
  { card: false });

add(5, '5.06 Accounts Payable (ap@)', 'Accounts Payable <ap@northwindtraders.com>',
  `Please find the remittance advice for invoice 4471 attached.\n\nAccounts Payable\nNorthwind Traders Inc.\nPhone: (206) 555-0188 | Fax: (206) 555-0189\n`,
  { card: false });

add(5, '5.07 Talent Acquisition', 'Lumenworks Talent Acquisition <talent@lumenworks.com>',
  `Hi Priya,\n\nThank you for applying for the Senior Data Engineer role. We will review your application and get back to you within two weeks.\n\nBest regards,\nLumenworks Talent Acquisition\nLumenworks Inc.\n+1 (415) 555-0150\n`,
  { card: false });

add(5, '5.08 Hotel front desk', 'Hotel Seeblick Reception <reception@hotel-seeblick.at>',
  `Dear Mr Becker,\n\nwe are pleased to confirm your booking from 12 to 15 June.\n\nWarm regards\nFront Desk\nHotel Seeblick GmbH\nSeestraße 8, 5350 Strobl, Austria\nT +43 6137 7000\n`,
  { card: false });

add(5, '5.09 Bare address, no display name, person-like sig from team', 'sales@brightlane.io',
  `Hi,\n\nThanks for your interest in Brightlane. Pricing is attached.\n\nBrightlane Sales\nBrightlane Inc.\n+1 (888) 555-0144\n`,
  { card: false });

// ───────────── checker ─────────────
const norm = (s: string | undefined) => (s ?? '').toLowerCase().normalize('NFC').replace(/[.,;:]+$/, '').replace(/\s+/g, ' ').trim();

function check(p: Probe): ProbeOutcome {
  const x = extractProbe(p.from, p.body);
  const c = x.contact;
  const pr = x.parsed;
  const why: string[] = [];
  const e = p.exp;
  if (e.card === true && !c) why.push(`expected card, got none (gate=${JSON.stringify(x.gate)}, evidence=${JSON.stringify(x.evidence)})`);
  if (e.card === false && c) why.push('expected no card, got one');
  const src = c ?? pr;
  if (e.card !== false) {
    if (e.name !== undefined && norm(src?.fullName?.value) !== norm(e.name)) why.push(`name: want "${e.name}" got "${src?.fullName?.value ?? ''}"`);
    if (e.title !== undefined && norm(src?.jobTitle?.value) !== norm(e.title)) why.push(`title: want "${e.title}" got "${src?.jobTitle?.value ?? ''}"`);
    if (e.company !== undefined && norm(src?.company?.value) !== norm(e.company)) why.push(`company: want "${e.company}" got "${src?.company?.value ?? ''}"`);
    if (e.email !== undefined && norm(src?.email?.value) !== norm(e.email)) why.push(`email: want ${e.email} got ${src?.email?.value ?? ''}`);
    if (e.phones) {
      const got = src?.phones ?? [];
      for (const ep of e.phones) {
        const hit = got.find((g) => digits(g.value.e164 ?? g.value.value).endsWith(ep.d) || digits(g.value.value).endsWith(ep.d));
        const types = Array.isArray(ep.t) ? ep.t : [ep.t];
        if (!hit) why.push(`phone ${ep.d}(${types.join('/')}) missing`);
        else if (!types.includes(hit.value.type)) why.push(`phone ${ep.d}: want type ${types.join('/')} got ${hit.value.type}`);
      }
      if (got.length > e.phones.length) why.push(`extra phones: ${got.map((g) => `${g.value.value}(${g.value.type})`).join(', ')}`);
    }
    if (e.address) {
      const a = src?.address?.value ?? '';
      const miss = e.address.filter((s) => !a.toLowerCase().includes(s.toLowerCase()));
      if (miss.length) why.push(`address: want ${JSON.stringify(e.address)} got "${a}"`);
    }
  }
  if (e.notIn && pr) {
    const blob = JSON.stringify(pr);
    const blobD = digits(blob);
    for (const s of e.notIn) if (/^\d[\d ]*$/.test(s) ? blobD.includes(digits(s)) : blob.includes(s)) why.push(`quoted text leaked into parsed: "${s}"`);
  }
  const weak: string[] = [];
  if (e.cut) {
    const at = x.lines.findIndex((l) => l.text === e.cut);
    if (at < 0) weak.push(`probe bug: cut line not found`);
    else if (x.newest.some((i) => i >= at)) weak.push(`quote not cut: newest part runs to "${x.lines[x.newest[x.newest.length - 1]]?.text}" (outcome right by luck)`);
  }
  const ok = why.length === 0;
  return { verdict: ok ? 'pass' : 'fail', weak: ok && weak.length > 0, reasons: [...why, ...weak] };
}

for (const p of P) if (CUTS[p.id.slice(0, 4)] && p.cls === 1 && !p.exp.cut) p.exp.cut = CUTS[p.id.slice(0, 4)];

export const ROUND_1: ProbeSet<Probe> = {
  name: 'round 1',
  grades: ['weak'],
  probes: P,
  classOf: (p) => String(p.cls),
  check,
};
