/**
 * Round 3 of the invented-mail probes (issue 15): 116 messages of early-2000s corporate mail (Lotus Notes and
 * Outlook 2000) in five classes — A Notes forwards, replies and quoted people, B signatures of the era, C short
 * sign-offs, D no-card mail, E field shapes. Messages and expectations are copied unchanged from the
 * engineer's probe; only the import path and the runner (now bench/probes.ts) changed. SOFT: the only issues are
 * phone types on numbers whose line carries no label; borderline: a failing probe the engineer marked borderline.
 */
import { digits, extractProbe, type ProbeOutcome, type ProbeSet } from './probe-kit';

type Ph = [string, string]; // [last digits, type]
interface Exp { name?: string; title?: string; company?: string; phones?: Ph[]; email?: string; address?: string }
export interface Case { id: string; cls: string; from: string; body: string; expect: Exp | null; borderline?: string; note?: string }
const C: Case[] = [];
const add = (c: Case) => C.push(c);

// ---------------- A. Notes forwards, replies, quoted people ----------------
add({ id: 'A1', cls: 'A', from: 'Marla Fenwick <marla.fenwick@enron.com>', expect: null,
  body: `ok\n\n\n\n\nDerek Hollis@ECT\n04/12/2001 10:12 AM\nTo: Marla Fenwick/HOU/ECT@ECT\ncc: Tom Brandt/HOU/ECT@ECT\nSubject: Re: Q2 storage true-up\n\nMarla, the numbers for March are attached.  Let me know.\n\nDerek Hollis\nManager, Gas Storage\nEnron North America Corp.\n(713) 555-0182\n` });
add({ id: 'A2', cls: 'A', from: 'Kay Lindqvist <kay.lindqvist@enron.com>', expect: null,
  body: `See below.\n\nKay\n---------------------- Forwarded by Kay Lindqvist/HOU/ECT on 04/12/2001 10:12 AM ---------------------------\n\n\nRoberto Salas <rsalas@pgeenergy.com> on 04/11/2001 05:40:22 PM\nTo: kay.lindqvist@enron.com\ncc:\nSubject: revised confirm\n\nKay,\nPlease find the revised confirm for deal 55812.\n\nRoberto Salas\nContract Administrator\nPG&E Energy Trading\n7500 Old Georgetown Road\nBethesda, MD 20814\n(301) 555-0143 (phone)\n(301) 555-0144 (fax)\n` });
add({ id: 'A3', cls: 'A', from: 'Gil Ramsey <gil.ramsey@enron.com>', expect: null,
  body: `Thanks, Gil\n\n -----Original Message-----\nFrom: \tOkafor, Nina  \nSent:\tThursday, May 10, 2001 3:22 PM\nTo:\tRamsey, Gil\nSubject:\tFW: ISDA schedule\n\nGil - comments from legal attached.\n\nNina Okafor\nSenior Counsel\nEnron Wholesale Services\n1400 Smith Street, EB3829\nHouston, Texas 77002\nPh: 713.555.0197\nFax: 713.555.0198\n` });
add({ id: 'A4', cls: 'A', from: 'Pat Ivers <pivers@enron.com>', expect: null,
  body: `fyi\n\n>>> "Lyle Ochoa" <LOchoa@txu.com> 05/02/01 09:14AM >>>\nPat,\nWe will not be able to take the volumes on the 5th.\n\nLyle Ochoa\nScheduler, TXU Gas\n214-555-0165\n` });
add({ id: 'A5', cls: 'A', from: 'Sally Brennan <sally.brennan@enron.com>', expect: null,
  body: `--Sally\n---------------------- Forwarded by Sally Brennan/HOU/ECT on 03/07/2001 08:02 AM ---------------------------\n\n\nFrom: Jeff Tambor @ ENRON                           03/06/2001 06:15 PM\n\n\nTo: Sally Brennan/HOU/ECT@ECT\ncc:  \nSubject: Re: org announcement\n\nlooks good to me.\n\n\n---------------------- Forwarded by Jeff Tambor/Corp/Enron on 03/06/2001 06:14 PM ---------------------------\n\n\nLinda Voss\n03/06/2001 04:01 PM\nTo: Jeff Tambor/Corp/Enron@ENRON\ncc: \nSubject: org announcement\n\nDraft attached.\n\nLinda Voss\nVP, Human Resources\nEnron Corp.\n(713) 555-0110\n` });
add({ id: 'A6', cls: 'A', from: 'Dana Greer <dana.greer@enron.com>', expect: null,
  body: `DG\n\n\n\n\n"Whitfield, Paul" <pwhitfield@velaw.com> on 02/14/2001 11:30:12 AM\nTo: "'dana.greer@enron.com'" <dana.greer@enron.com>\ncc: \nSubject: RE: Transco amendment\n\nDana:\n\nAttached is the blackline.\n\nPaul Whitfield\nVinson & Elkins L.L.P.\n2300 First City Tower\n1001 Fannin Street\nHouston, TX 77002-6760\n713.555.0150 (phone)\n713.555.0151 (fax)\n\n+++++++++++++++++++++++++++++++++\nCONFIDENTIALITY NOTICE: The information in this e-mail may be confidential and/or privileged.\n+++++++++++++++++++++++++++++++++\n` });
add({ id: 'A7', cls: 'A', from: 'Hal Morrow <hal.morrow@enron.com>', expect: { name: 'Hal Morrow', title: 'Director', company: 'Enron North America', phones: [['5550133', 'work']] },
  body: `Brian - I agree, let's hold off until Monday.\n\nHal Morrow\nDirector, Origination\nEnron North America Corp.\n(713) 555-0133\n\n -----Original Message-----\nFrom: \tCole, Brian  \nSent:\tFriday, June 1, 2001 9:02 AM\nTo:\tMorrow, Hal\nSubject:\tpeaker deal\n\nHal, should we send the term sheet today?\n\nBrian Cole\nManager\n(713) 555-0177\n` });
add({ id: 'A8', cls: 'A', from: 'Ted Varga <ted.varga@enron.com>', expect: null,
  body: `Will do.\n\n\n\n\nMichelle Tran\n05/15/2001 02:11 PM\n\nTo: Ted Varga/NA/Enron@Enron\ncc: \n\nSubject: desk move\n\nTed, your move is scheduled for Friday.  Please pack by 3.\n\nMichelle Tran\nFacilities Coordinator\nx35614\n` });
add({ id: 'A9', cls: 'A', from: 'Ruth Kemper <ruth.kemper@enron.com>', expect: null,
  body: `Thanks, Ruth\n\n-----Original Message-----\nFrom: Sandoval, Ignacio [mailto:isandoval@dynegy.com]\nSent: Tuesday, July 17, 2001 4:50 PM\nTo: Kemper, Ruth\nSubject: RE: netting agreement\n\nRuth,\nWe can sign as is.\n\n-----Original Message-----\nFrom: Kemper, Ruth [mailto:ruth.kemper@enron.com]\nSent: Tuesday, July 17, 2001 2:10 PM\nTo: Sandoval, Ignacio\nSubject: netting agreement\n\nIgnacio - any comments?\n\nRuth Kemper\nSr. Credit Analyst\nEnron Corp.\n713-555-0121\n\nIgnacio Sandoval\nDynegy Marketing and Trade\n1000 Louisiana, Suite 5800\nHouston, TX 77002\n(713) 555-0188\n` });
add({ id: 'A10', cls: 'A', from: 'Warren Pike <wpike@enron.com>', expect: null,
  body: `Here's the latest from Calpine.\n---------------------- Forwarded by Warren Pike/HOU/EES on 08/01/2001 09:45 AM ---------------------------\n\n\n"Alvarez, Josie" <JAlvarez@calpine.com> on 07/31/2001 06:20:44 PM\nTo: <wpike@enron.com>\ncc: \nSubject: Gilroy outage\n\nJosie Alvarez\nAsset Manager\nCalpine Corporation\n50 West San Fernando Street\nSan Jose, CA 95113\n408-555-0140\n` });
add({ id: 'A11', cls: 'A', from: 'Beth Conroy <beth.conroy@enron.com>', expect: null,
  body: `Please handle.\n\n\n\n\nEnron North America Corp.\n\nFrom:  Carl Ibsen                           06/20/2001 01:33 PM\n\n\nTo: Beth Conroy/HOU/ECT@ECT\ncc:  \nSubject: invoices\n\nBeth, these are late again.\n\nCarl\n` });
add({ id: 'A12', cls: 'A', from: 'Amy Ducharme <amy.ducharme@enron.com>', expect: { name: 'Amy Ducharme', phones: [['53-4471', 'work']] },
  borderline: 'x3-4471 extension: a card only if the ext counts as a phone',
  body: `Lisa - yes, 2:00 works.\n\nAmy Ducharme\nx3-4471\n\n\n\n\nLisa Haynes@ENRON\n04/20/2001 09:05 AM\nTo: Amy Ducharme/HOU/ECT@ECT\ncc: \nSubject: meeting\n\nDoes 2 work?\n` });
add({ id: 'A13', cls: 'A', from: 'Victor Lund <vlund@enron.com>', expect: null,
  body: `Jim -\n\nI'll call you tomorrow about this.\n\nVic\n\n>>> Jim Harlan 06/05/01 04:22PM >>>\nVic - do you have the updated curve?\n\nJim Harlan\nPortland General Electric\n121 SW Salmon Street\nPortland, OR 97204\n503-555-0119\n` });
add({ id: 'A14', cls: 'A', from: 'Trina Bowles <trina.bowles@enron.com>', expect: null,
  body: `\n---------------------- Forwarded by Trina Bowles/HOU/ECT on 09/04/2000 03:15 PM ---------------------------\n\n\nMark Ellery\n09/04/2000 02:58 PM\nTo: Trina Bowles/HOU/ECT@ECT\ncc: \nSubject: tickets\n\nTrina - here are the Astros tickets for Friday.\n\nMark Ellery\nDirector\nEnron Global Markets\n713-555-0156\n` });

// ---------------- B. Signatures of the era ----------------
add({ id: 'B1', cls: 'B', from: 'Joan Whitaker <jwhitaker@reliant.com>', expect: { name: 'Joan Whitaker', title: 'Director, Structured Products', company: 'Reliant Energy Services', phones: [['5550100', 'work'], ['5550101', 'fax']], email: 'jwhitaker@reliant.com', address: 'Houston' },
  body: `Jeff,\n\nAttached is our markup of the master.  Call me with questions.\n\nJoan Whitaker\nDirector, Structured Products\nReliant Energy Services\n1111 Louisiana Street\nHouston, TX 77002\n(713) 555-0100 (phone)\n(713) 555-0101 (fax)\njwhitaker@reliant.com\n` });
add({ id: 'B2', cls: 'B', from: 'Carol Dunleavy <carol.dunleavy@enron.com>', expect: { name: 'Carol Dunleavy', company: 'Enron North America Corp.', phones: [['5550100', 'work'], ['5550101', 'fax']], address: '1400 Smith' },
  body: `Please see the attached Guaranty form and let me know if you have any comments.\n\nCarol Dunleavy\nEnron North America Corp.\n1400 Smith Street, EB3801\nHouston, Texas 77002\nPh: 713.555.0100\nFax: 713.555.0101\n` });
add({ id: 'B3', cls: 'B', from: 'Russell Tait <russell.tait@enron.com>', expect: { name: 'Russell Tait', title: 'Vice President', company: 'Enron Industrial Markets', phones: [['5550160', 'work'], ['5550161', 'mobile'], ['5550162', 'other']] },
  body: `Team,\n\nThe steel deal closed this morning.  Thanks to all.\n\nRussell Tait\nVice President\nEnron Industrial Markets\nOffice: 713-555-0160\nCell: 713-555-0161\nPager: 888-555-0162\n` });
add({ id: 'B4', cls: 'B', from: 'Nadia Petrov <nadia.petrov@enron.com>', expect: { name: 'Nadia Petrov', title: 'Analyst', company: 'Enron Broadband Services', phones: [['35614', 'work']] },
  borderline: 'extension-only phone',
  body: `I've updated the model with the new port costs.\n\nNadia Petrov\nAnalyst\nEnron Broadband Services\nx35614\n` });
add({ id: 'B5', cls: 'B', from: 'Lawrence Gould <lgould@akingump.com>', expect: { name: 'Lawrence Gould', company: 'Akin, Gump, Strauss, Hauer & Feld, L.L.P.', phones: [['5550171', 'work'], ['5550172', 'fax']], email: 'lgould@akingump.com' },
  body: `Ms. Dunleavy:\n\nEnclosed please find the executed consent.\n\nLawrence Gould\nAkin, Gump, Strauss, Hauer & Feld, L.L.P.\n1900 Pennzoil Place - South Tower\n711 Louisiana Street\nHouston, Texas 77002\nTel: (713) 555-0171\nFax: (713) 555-0172\nlgould@akingump.com\n\n\nThis e-mail message and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify us immediately by reply e-mail and destroy all copies of this message and any attachments. Do not copy or disclose the contents of this message to any other person.  Thank you.\n\n<<File: consent_executed.pdf>>\n` });
add({ id: 'B6', cls: 'B', from: 'Oscar Villanueva <ovillanueva@elpaso.com>', expect: { name: 'Oscar Villanueva', title: 'Manager - Risk Management', company: 'El Paso Merchant Energy, L.P.', phones: [['5550191', 'work'], ['5550192', 'fax']] },
  body: `Kim,\n\nOur credit desk approved the additional $5MM line.\n\nRegards,\n\nOscar Villanueva\nManager - Risk Management\nEl Paso Merchant Energy, L.P.\n1001 Louisiana St.\nHouston, TX 77002\nPhone (713) 555-0191\nFax (713) 555-0192\n\n*******************************************************************\nThis email and any files transmitted with it from El Paso are confidential and intended solely for the use of the individual or entity to whom they are addressed.\n*******************************************************************\n` });
add({ id: 'B7', cls: 'B', from: 'Erin Kovac <erin.kovac@enron.com>', expect: { name: 'Erin Kovac', title: 'Sr. Director, Gas Trading', company: 'Enron North America', phones: [['5550124', 'work']] },
  body: `Guys - the west desk will be short 20,000/d for Tuesday.\n\nErin Kovac\nSr. Director, Gas Trading\nEnron North America\n713-555-0124\n\n - west_position_0515.xls\n` });
add({ id: 'B8', cls: 'B', from: 'Howard Rusk <howard.rusk@enron.com>', expect: { name: 'Howard Rusk', title: 'VP & Assistant General Counsel', company: 'Enron Wholesale Services', phones: [['5550130', 'work'], ['5550131', 'fax']] },
  body: `Attached is the final form.  Please circulate.\n\nHoward Rusk\nVP & Assistant General Counsel\nEnron Wholesale Services\nLegal Department\n1400 Smith Street, EB 3860\nHouston, TX 77002\n(713) 555-0130\n(713) 555-0131 (fax)\n\n <<ECC_final_form.doc>>\n` });
add({ id: 'B9', cls: 'B', from: 'Greg Amundsen <greg.amundsen@enron.com>', expect: { name: 'Greg Amundsen', company: 'Enron Net Works LLC', phones: [['5550138', 'work']] },
  body: `The EOL password reset is done.\n\nGreg Amundsen\nEnron Net Works LLC\nphone 713 555 0138\n` });
add({ id: 'B10', cls: 'B', from: 'Felicia Ngata <fngata@duke-energy.com>', expect: { name: 'Felicia Ngata', title: 'Gas Scheduler', company: 'Duke Energy Trading and Marketing, L.L.C.', phones: [['5550112', 'work'], ['5550113', 'fax']] },
  body: `Confirming the 15,000 at Katy for 5/12.\n\nFelicia Ngata\t\t\tDuke Energy Trading and Marketing, L.L.C.\nGas Scheduler\t\t\t5400 Westheimer Court\nPhone: 713-555-0112\t\tHouston, TX 77056\nFax: 713-555-0113\n` , note: 'two-column' });
add({ id: 'B11', cls: 'B', from: 'Kurt Lehmann <klehmann@coral-energy.com>', expect: { name: 'Kurt Lehmann', title: 'Trader', company: 'Coral Energy', phones: [['5550176', 'work'], ['5550177', 'mobile']] },
  body: `Sounds good, send me the confirm.\n\nKurt Lehmann\nTrader\nCoral Energy\n909 Fannin, Suite 700\nHouston, TX 77010\nW: 713.555.0176\nC: 713.555.0177\n\n\n-----------------------------------------\nThe information contained in this communication is confidential and is intended only for the use of the addressee.  Any other use is strictly prohibited.\n` });
add({ id: 'B12', cls: 'B', from: 'Diane Forsythe <dforsythe@ferc.fed.us>', expect: { name: 'Diane Forsythe', title: 'Attorney-Advisor', company: 'Federal Energy Regulatory Commission', phones: [['5550180', 'work']] },
  body: `Mr. Rusk,\n\nThe technical conference has been moved to June 12.\n\nDiane Forsythe\nAttorney-Advisor\nOffice of Markets, Tariffs and Rates\nFederal Energy Regulatory Commission\n888 First Street, N.E.\nWashington, D.C. 20426\n(202) 555-0180\n` });
add({ id: 'B13', cls: 'B', from: 'Sam Oduya <sam.oduya@enron.com>', expect: { name: 'Sam Oduya', title: 'Manager', company: 'Enron Energy Services', phones: [['5550145', 'work'], ['5550146', 'mobile']] },
  body: `I will be in Chicago Thursday.\n\nSam Oduya\nManager, Commodity Structuring\nEnron Energy Services\n713.555.0145 (o)\n713.555.0146 (c)\n` });
add({ id: 'B14', cls: 'B', from: 'Penny Albright <palbright@aep.com>', expect: { name: 'Penny Albright', title: 'Contract Specialist', company: 'American Electric Power', phones: [['5550105', 'work'], ['5550106', 'fax']], email: 'palbright@aep.com' },
  body: `Attached is the executed EEI confirmation.\n\n\nPenny Albright\nContract Specialist\nAmerican Electric Power\n1 Riverside Plaza\nColumbus, OH  43215\n614/555-0105\n614/555-0106 - fax\nE-mail palbright@aep.com\n\n - EEI_confirm_0612.doc\n` });
add({ id: 'B15', cls: 'B', from: 'Ian MacLeod <ian.macleod@enron.com>', expect: { name: 'Ian MacLeod', title: 'Director', company: 'Enron Europe Ltd', phones: [['7783 4101', 'work'], ['7783 4102', 'fax']], address: 'London' },
  body: `Chaps - the UK power desk will go live Monday.\n\nIan MacLeod\nDirector\nEnron Europe Ltd\n40 Grosvenor Place\nLondon SW1X 7EN\nTel +44 20 7783 4101\nFax +44 20 7783 4102\n` });
add({ id: 'B16', cls: 'B', from: 'Moira Keane <moira.keane@enron.com>', expect: { name: 'Moira Keane', title: 'Executive Assistant', phones: [['5550115', 'work']] },
  body: `Rick's calendar is clear after 3.\n\nMoira Keane\nExecutive Assistant to Rick Dalton\nEnron Corp.\n713-555-0115\nEB 4712\n` });
add({ id: 'B17', cls: 'B', from: 'Albert Chu <achu@williams.com>', expect: { name: 'Albert Chu', company: 'Williams Energy Marketing & Trading', phones: [['5550127', 'work']] },
  body: `Please confirm receipt.\n\nAlbert Chu\nWilliams Energy Marketing & Trading\nOne Williams Center, Tulsa, OK 74172\n918.555.0127\n\n\n\n**********************************************************************\nThis message and any attachments are intended only for the use of the addressee and may contain information that is privileged and confidential.\n**********************************************************************\n\n(See attached file: Williams_Enron_netting.doc)\n` });
add({ id: 'B18', cls: 'B', from: 'Lorraine Pick <lpick@enron.com>', expect: { name: 'Lorraine Pick', title: 'Paralegal', company: 'Enron North America Corp.', phones: [['5550199', 'work']], email: 'lpick@enron.com' },
  body: `Documents are ready for execution.\n\nLorraine Pick\nParalegal\nEnron North America Corp.\n1400 Smith Street\nHouston, Texas  77002\nPhone:  713/555-0199\nE-mail:  lpick@enron.com\n` });

// ---------------- C. Short sign-offs ----------------
add({ id: 'C1', cls: 'C', from: 'Kay Mendel <kay.mendel@enron.com>', expect: null, body: `Works for me.\n\nKay\n` });
add({ id: 'C2', cls: 'C', from: 'Sally Baird <sally.baird@enron.com>', expect: null, body: `Can you send me the deal number again?  I lost it.\n\n--Sally\n` });
add({ id: 'C3', cls: 'C', from: 'Doug Garvey <doug.garvey@enron.com>', expect: null, body: `approved.\n\nDG\n` });
add({ id: 'C4', cls: 'C', from: 'Jeff Sorensen <jeff.sorensen@enron.com>', expect: null, body: `Let's talk after the 2:00.\n\nThanks,\nJeff\n` });
add({ id: 'C5', cls: 'C', from: 'William Haskett <whaskett@aaelectricity.org>', expect: { name: 'William Haskett', title: 'National Chairman', company: 'Americans for Reliable Power' },
  body: `Dear Mr. Lay,\n\nThank you for your support of our coalition's work this year.  We look forward to seeing you at the board meeting in September.\n\nRegards,\nWilliam Haskett\nNational Chairman\nAmericans for Reliable Power\n` });
add({ id: 'C6', cls: 'C', from: 'Shirley Kowalski <shirley.kowalski@enron.com>', expect: { name: 'Shirley Kowalski', phones: [['3-5471', 'work']] },
  borderline: 'ext-only phone: a card with an internal extension',
  body: `The conference room is booked for Thursday at 10.\n\nShirley Kowalski\n3-5471\n` });
add({ id: 'C7', cls: 'C', from: 'Anne Tolliver <anne.tolliver@enron.com>', expect: { name: 'Anne Tolliver', phones: [['8715345', 'work']] },
  body: `Here is the updated contact list for the Bammel outage.\n\nAnne Tolliver\n(713) 871-5345\n` });
add({ id: 'C8', cls: 'C', from: 'Rob Kinney <rob.kinney@enron.com>', expect: null, body: `Rob\n\n\n\n\nTara Nguyen@ENRON\n05/03/2001 11:20 AM\nTo: Rob Kinney/HOU/ECT@ECT\ncc: \nSubject: lunch\n\nlunch today?\n` });
add({ id: 'C9', cls: 'C', from: 'Gloria Paz <gloria.paz@enron.com>', expect: { name: 'Gloria Paz', title: 'Sr. Specialist', phones: [['5550187', 'work']] },
  body: `Thanks,\n\nGloria Paz\nSr. Specialist\n713-555-0187\n` });
add({ id: 'C10', cls: 'C', from: 'Tom Reyes <tom.reyes@enron.com>', expect: null, body: `Thanks for your help on this.\n\nTom\n\n\n\n` });
add({ id: 'C11', cls: 'C', from: 'Eugene Park <eugene.park@enron.com>', expect: null, borderline: 'no card, or card with just ext',
  body: `call me when you get in\n\ne\nx3-0815\n` });
add({ id: 'C12', cls: 'C', from: 'Marcy Stovall <mstovall@enron.com>', expect: { name: 'Marcy Stovall', company: 'Enron Net Works', phones: [['3-9890', 'work']] },
  borderline: 'ext phone',
  body: `The reports are on the O: drive.\n\nRgds.\n\nMarcy x3-9890\nNet Works Data Group\n` });
add({ id: 'C13', cls: 'C', from: 'Jeff Sorensen <jeff.sorensen@enron.com>', expect: null,
  body: `Jeff\n\n -----Original Message-----\nFrom: \tHale, Rita  \nSent:\tWednesday, October 3, 2001 8:15 AM\nTo:\tSorensen, Jeff\nSubject:\tparking\n\nJeff - your new parking card is ready at the Allen Center garage.\n\nRita Hale\nParking Coordinator\n713-555-0103\n` });

// ---------------- D. No-card mail ----------------
add({ id: 'D1', cls: 'D', from: 'Enron Announcements <announcements.enron@enron.com>', expect: null,
  body: `Today we are pleased to announce the following organizational changes within Enron Wholesale Services.\n\nMark Haller will become President and CEO of Enron Global Markets.  Mark can be reached at 713-555-0190.\n\nPlease join us in congratulating Mark in his new role.\n\nKen and Jeff\n` });
add({ id: 'D2', cls: 'D', from: 'Office of the Chairman <chairman.office@enron.com>', expect: null,
  body: `As many of you know, we have completed the integration of our European businesses.\n\nWe thank everyone for their hard work.\n\nOffice of the Chairman\nEnron Corp.\n1400 Smith Street\nHouston, TX 77002\n` });
add({ id: 'D3', cls: 'D', from: 'IT Central Services <it.central@enron.com>', expect: null,
  body: `OUTAGE NOTIFICATION\n\nThe Notes mail servers will be unavailable Saturday 6/9 from 8:00 PM to 2:00 AM for maintenance.\n\nIf you have questions please contact:\n\nResolution Center          713-555-1411\nETS Solution Center        713-555-1999\nEES Help Desk              713-555-0400\nEnron Europe Help Desk     +44 20 7783 7777\n` });
add({ id: 'D4', cls: 'D', from: 'Bryce Leland <bryce.leland@enron.com>', expect: null, borderline: 'IT person signing an outage notice (sender is a person)',
  body: `Please be advised that EnronOnline will be down for scheduled maintenance this Sunday from 6 AM to noon CST.\n\nFor assistance call:\nEOL Help Desk  713-555-4357\nAfter hours    888-555-4357\n\nBryce Leland\n` });
add({ id: 'D5', cls: 'D', from: 'Benefits Enrollment <benefits@enron.com>', expect: null,
  body: `2002 Benefits Open Enrollment begins November 1!\n\nThis year you will enroll online at http://hrweb.enron.com.  Enrollment ends November 16.\n\nQuestions?  Call the Benefits Hotline:\n1-800-555-0166\n\nEnron Human Resources\n` });
add({ id: 'D6', cls: 'D', from: 'EnronOnline <eol.daily@enron.com>', expect: null,
  body: `EnronOnline Daily Summary for 05/14/2001\n\nTotal transactions:        5,412\nNotional value ($MM):      2,873\nProducts traded:           1,240\n\nTop 5 products:\nUS Gas Swap NYMEX Jun01      412\nUS Pwr Fin Cinergy Jul01     301\n\nFor more information contact Ted Wolcott at 713-555-0153.\n` });
add({ id: 'D7', cls: 'D', from: 'Energy Wire Digest <digest@energywire-news.com>', expect: null,
  body: `ENERGY WIRE DAILY DIGEST - May 14, 2001\n\nCALIFORNIA PRICES SOAR\nBy Margaret Oakes, Staff Writer\nSan Francisco, May 13 - Wholesale power prices in California...\n\nPrice table (MWh):\nPalo Verde     $275.00   +12.50\nMid-C          $290.50   +18.00\nSP-15          $310.00   +22.25\n\nTo unsubscribe from this digest reply with UNSUBSCRIBE in the subject line.\n` });
add({ id: 'D8', cls: 'D', from: 'Janet Moody <janet.moody@enron.com>', expect: null, borderline: 'personal sender arranging a call, no signature',
  body: `Conference call for the Dabhol update:\n\nDate:  Thursday, May 17\nTime:  8:00 AM CDT\nDial-in:  1-800-555-0177\nParticipant code:  448291\nHost:  Janet Moody\n\nPlease call in 5 minutes early.\n` });
add({ id: 'D9', cls: 'D', from: 'Deal Reports <dealreports@enron.com>', expect: null,
  body: `DEAL TICKET 512883\n\nBUYER = ENRON NORTH AMERICA CORP.\nSELLER = KOCH ENERGY TRADING, INC.\nSELLER_CONTACT = RAY TOBIN\nSELLER_PHONE = 713-555-0164\nSELLER_FAX = 713-555-0165\nVOLUME = 10,000 MMBtu/d\nPRICE = HSC + 0.02\n` });
add({ id: 'D10', cls: 'D', from: 'Lance Byers <lance.byers@enron.com>', expect: null, borderline: 'person forwarding a nomination; no sig',
  body: `NAESB WGQ NOMINATION\nTransaction Type: Current Business\nService Requester: Enron North America Corp.\nService Requester Contract: 890112\nBeginning Date: 06/01/2001\nLocation: Katy Hub\nQuantity: 25,000 Dth\nContact Person: Lance Byers\nContact Phone: 713-555-0129\n` });
add({ id: 'D11', cls: 'D', from: 'Travel Agency in the Park <travel@tap.com>', expect: null,
  body: `SALES AGT: JN/ZZ3ABC\n\n                                          PASSENGER: MORROW/HAL\n\nDATE:  MAY 22 2001\n\nCONTINENTAL AIRLINES  FLT:1521   ECONOMY\nLV HOUSTON INTCNTL         645A\nAR NEW YORK LAGUARDIA     1105A\n\nRESERVATION NUMBER(S)  CO/H4KJ2Z\n\nTravel Agency in the Park\n1-800-555-0150\n713-555-0151\n` });
add({ id: 'D12', cls: 'D', from: 'Gas Market List <gasmkt-l@lists.energy.org>', expect: null,
  body: `Does anyone have a contact at the Henry Hub operator?\n\nThanks,\nMel Durant\nSeneca Gas Co.\n716-555-0134\n\n---\nYou are currently subscribed to gasmkt-l as: kay@enron.com\nTo unsubscribe send a blank email to leave-gasmkt-l@lists.energy.org\n` , borderline: 'mailing list post signed by a person: list sender → no card is defensible' });
add({ id: 'D13', cls: 'D', from: 'Chris Boyd <chrisboyd77@yahoo.com>', expect: null,
  body: `hey man, are we still on for golf saturday?\n\nchris\n\n__________________________________________________\nDo You Yahoo!?\nYahoo! Auctions - buy the things you want at great prices\nhttp://auctions.yahoo.com/\n` });
add({ id: 'D14', cls: 'D', from: 'Pam Richter <pamrichter@hotmail.com>', expect: null,
  body: `Mom says dinner is at 6 Sunday.  Bring the kids.\n\nLove,\nP\n\n_________________________________________________________________\nGet your FREE download of MSN Explorer at http://explorer.msn.com\n` });
add({ id: 'D15', cls: 'D', from: 'Enron Weather <weather@enron.com>', expect: null,
  body: `Weather Desk Forecast for 05/15/2001\n\nCity        Hi    Lo   Chg\nHouston     91    74   +2\nChicago     68    51   -4\nNew York    72    58   +1\n\nForecaster: Dale Hurst\nx3-1122\n` });
add({ id: 'D16', cls: 'D', from: 'Susan Veach <susan.veach@enron.com>', expect: null,
  body: `Reminder: the United Way kick-off is tomorrow at 11:30 in the Energizer.\n\nContacts by floor:\n27th  Maria Ruiz     3-4410\n28th  Don Keller     3-5512\n29th  Amy Sato       3-6613\n30th  Fred Oh        3-7714\n31st  Lynn Marr      3-8815\n\nThanks!\n` });
add({ id: 'D17', cls: 'D', from: 'Enron Messaging Administration <messaging.admin@enron.com>', expect: null,
  body: `Your mailbox is over its size limit.  Please delete old items.\n\nEnron Messaging Administration\nResolution Center\n713-555-1411\n` });

// ---------------- E. Field shapes ----------------
add({ id: 'E1', cls: 'E', from: 'Rachel Stroud <rstroud@enron.com>', expect: { name: 'Rachel Stroud', title: 'Manager', company: 'Enron Net Works LLC', phones: [['5550141', 'work']] },
  body: `Attached is the June invoice reconciliation.\n\nRachel Stroud\nManager - Settlements\nEnron Net Works LLC\n713-555-0141\n` });
add({ id: 'E2', cls: 'E', from: 'Ken Yoshida <kyoshida@elpaso.com>', expect: { name: 'Ken Yoshida', company: 'El Paso Merchant Energy', phones: [['5550151', 'work']] },
  body: `Our nominations for the weekend are attached.\n\nEl Paso Merchant Energy, L.P.\nKen Yoshida\nScheduling\n713-555-0151\n`, note: 'company first line' });
add({ id: 'E3', cls: 'E', from: 'Paula Heard <paula.heard@enron.com>', expect: { name: 'Paula Heard', title: 'Director', company: 'Enron Transportation Services', phones: [['5550122', 'work']] },
  body: `I'll forward the FERC filing when it's final.\n\nPaula Heard\nDirector\nRegulatory Affairs\nEnron Transportation Services\n713-555-0122\n`, note: 'department line under title' });
add({ id: 'E4', cls: 'E', from: 'Dwight Mercer <dmercer@enron.com>', expect: { name: 'Dwight Mercer', title: 'Sr. Director, Gas Trading', company: 'Enron North America Corp.', phones: [['5550109', 'work']] },
  body: `We need the curve by 3.\n\nDwight Mercer\nSr. Director, Gas Trading\nEnron North America Corp.\n1400 Smith St.\nHouston, TX 77002\n713-555-0109\n` });
add({ id: 'E5', cls: 'E', from: '"Ford, Nathaniel" <nathaniel.ford@enron.com>', expect: { name: 'Nathaniel Ford', title: 'VP & Assistant General Counsel', company: 'Enron Corp.', phones: [['5550163', 'work']] },
  body: `Approved as to form.\n\nNathaniel Ford\nVP & Assistant General Counsel\nEnron Corp.\nTel. (713) 555-0163\n` });
add({ id: 'E6', cls: 'E', from: 'Heather Quinlan <hquinlan@nrgenergy.com>', expect: { name: 'Heather Quinlan', title: 'Associate General Counsel', company: 'NRG Power Marketing Inc.', phones: [['5550118', 'work'], ['5550119', 'fax']] },
  body: `Kay:\n\nWe accept your changes to Section 4.\n\nBest regards,\n\nHeather Quinlan\nAssociate General Counsel\nNRG Power Marketing Inc.\n901 Marquette Avenue, Suite 2300\nMinneapolis, MN 55402-3265\nTel: 612.555.0118\nFax: 612.555.0119\nhquinlan@nrgenergy.com\n` });
add({ id: 'E7', cls: 'E', from: 'Omar Haddad <ohaddad@enron.com>', expect: { name: 'Omar Haddad', title: 'Associate', company: 'Enron Global Finance', phones: [['5550132', 'work']] },
  body: `The model is on the shared drive.\n\nOmar Haddad | Associate | Enron Global Finance | 713-555-0132\n` });
add({ id: 'E8', cls: 'E', from: 'Bill Tanaka <btanaka@enron.com>', expect: { name: 'Bill Tanaka', company: 'Portland General Electric', phones: [['5550174', 'work']] },
  body: `Thanks for the quick turnaround.\n\nBill Tanaka\nPortland General Electric Company\n121 SW Salmon St., 3WTC0306\nPortland, OR 97204\n503.555.0174\n` });
add({ id: 'E9', cls: 'E', from: 'Jill Okonjo <jill.okonjo@enron.com>', expect: { name: 'Jill Okonjo', title: 'Senior Specialist', company: 'Enron Energy Services', phones: [['5550193', 'work'], ['5550194', 'fax']] },
  body: `Jill Okonjo\nSenior Specialist, Risk Management & Trading Controls\nEnron Energy Services, Inc.\n(713) 555-0193 Phone\n(713) 555-0194 Fax\n\n\n---------------------- Forwarded by Jill Okonjo/HOU/EES on 07/12/2001 04:10 PM ---------------------------\n\nGary Wu\n07/12/2001 03:50 PM\nTo: Jill Okonjo/HOU/EES@EES\ncc:\nSubject: VaR limits\n\nSee attached.\n` , note: 'forward with only the sender sig above' });
add({ id: 'E10', cls: 'E', from: 'Vince Abara <vince.abara@enron.com>', expect: { name: 'Vince Abara', title: 'Managing Director', company: 'Enron Corp.', phones: [['5550126', 'work'], ['5550128', 'fax']] },
  body: `Zimin,\n\nPlease join us for the research group lunch Friday.\n\nVince\n\nVince Abara\nManaging Director, Research\nEnron Corp.\n(713) 555-0126 (office)\n(713) 555-0128 (fax)\n` });
add({ id: 'E11', cls: 'E', from: 'Stacy Brill <sbrill@enron.com>', expect: { name: 'Stacy Brill', title: 'Manager', company: 'Enron Broadband Services, Inc.', phones: [['5550137', 'work']] },
  body: `Updated schedule attached.\n\nThanks,\nStacy\n\nStacy Brill\nManager, Content Services\nEnron Broadband Services, Inc.\n713-853-0137\n`.replace('853-0137', '555-0137') });
add({ id: 'E12', cls: 'E', from: 'Arnold Fisk <afisk@sempra.com>', expect: { name: 'Arnold Fisk', title: 'Vice President, Credit', company: 'Sempra Energy Trading Corp.', phones: [['5550179', 'work']] },
  body: `Kim --\n\nWe can increase the threshold to $10 million effective today.\n\nArnold Fisk\nVice President, Credit\nSempra Energy Trading Corp.\n58 Commerce Road\nStamford, CT 06902\n(203) 555-0179\n` });

// ---------------- more probes (round 2) ----------------
add({ id: 'A15', cls: 'A', from: 'Kay Mendel <kay.mendel@enron.com>', expect: null,
  body: `Thanks, Kay\n\n\n\n\n"Brooks, Alan" <ABrooks@skadden.com> on 04/12/2001 10:12:05 AM\nTo: <kay.mendel@enron.com>\ncc: "Lim, Grace" <GLim@skadden.com>\nSubject: RE: turbine purchase agreement\n\n\nKay,\n\nOur comments are below.\n\n> -----Original Message-----\n> From: kay.mendel@enron.com [mailto:kay.mendel@enron.com]\n> Sent: Wednesday, April 11, 2001 5:02 PM\n> To: Brooks, Alan\n> Subject: turbine purchase agreement\n>\n> Alan, here's the latest draft.\n>\n> Kay Mendel\n> Senior Counsel\n> Enron North America Corp.\n> (713) 555-0111\n\nAlan Brooks\nSkadden, Arps, Slate, Meagher & Flom LLP\n1600 Smith Street, Suite 4400\nHouston, Texas 77002\n(713) 555-0112\n` });
add({ id: 'A16', cls: 'A', from: 'Rick Dalton <rick.dalton@enron.com>', expect: null,
  body: `I agree with Steve.\n\n\n\nFrom:\tSteven Kean/ENRON@enronXgate on 05/21/2001 08:31 AM\nTo:\tRick Dalton/HOU/EES@EES, Jim Hale/Corp/Enron@ENRON\ncc:\t\nSubject:\tRE: California testimony\n\nWe should not file until after the hearing.\n\nSteven Kean\nEVP & Chief of Staff\nEnron Corp.\n713-555-0181\n` });
add({ id: 'A17', cls: 'A', from: 'Laura Penn <laura.penn@enron.com>', expect: null,
  body: `Got it - thx.\n\n\n\n\nTo:\tLaura Penn/HOU/ECT@ECT\ncc:\t\nSubject:\tRevised nom\n\nLaura - revised nom for Tues.  Sorry for the confusion.\n\nMatt Guthrie\nScheduler\nCornerstone Propane\n(713) 555-0135\n`, note: 'Notes reply where the From line was lost' });
add({ id: 'A18', cls: 'A', from: 'Ben Ortiz <ben.ortiz@enron.com>', expect: { name: 'Ben Ortiz', title: 'Manager', company: 'Enron Global Markets', phones: [['5550147', 'work'], ['5550148', 'mobile']] },
  body: `Frank -\n\nWe can do 50 MW at $42 for Q3.  Let me know by noon.\n\nBen Ortiz\nManager, Coal Trading\nEnron Global Markets\nPhone: 713-555-0147\nCell: 713-555-0148\n\n>>> Frank Dietz <fdietz@peabody.com> 06/11/01 08:44AM >>>\nBen, can you show me a Q3 offer?\n\nFrank Dietz\nPeabody COALTRADE\n314-555-0149\n` });
add({ id: 'B19', cls: 'B', from: 'Norma Alcott <nalcott@enron.com>', expect: { name: 'Norma Alcott', title: 'Administrative Assistant', company: 'Enron Corp.', phones: [['5550157', 'work'], ['5550158', 'fax']] },
  body: `The 401(k) forms need to be returned by Friday.\n\nNorma Alcott\nAdministrative Assistant\nEnron Corp. - Tax Department\n1400 Smith, EB 1973\nHouston, TX  77002\nPhone: (713) 555-0157\nFax:     (713) 555-0158\n\n***********************************************************\nThis e-mail is the property of Enron Corp. and/or its relevant affiliate and may contain confidential and privileged material for the sole use of the intended recipient (s). Any review, use, distribution or disclosure by others is strictly prohibited.\n***********************************************************\n` });
add({ id: 'B20', cls: 'B', from: 'Grant Hoyle <ghoyle@enron.com>', expect: { name: 'Grant Hoyle', title: 'Director', company: 'Enron Broadband Services', phones: [['5550167', 'work'], ['5550168', 'mobile'], ['5550169', 'other']] },
  body: `Please review before Friday's meeting.\n\nGrant Hoyle\nDirector, Bandwidth Trading\nEnron Broadband Services\n1400 Smith St, EB 4509\nHouston, TX 77002\nDirect:  713-555-0167\nMobile:  713-555-0168\nPager:   877-555-0169\n\n - bandwidth_term_sheet_v3.doc\n - pricing_model.xls\n` });
add({ id: 'B21', cls: 'B', from: 'Claire Dumont <cdumont@bracepatt.com>', expect: { name: 'Claire Dumont', company: 'Bracewell & Patterson, L.L.P.', phones: [['5550116', 'work'], ['5550117', 'fax']], email: 'cdumont@bracepatt.com' },
  body: `Attached are our comments on the interconnection agreement.\n\n <<Interconnection_comments.DOC>>\n\nClaire Dumont\nBracewell & Patterson, L.L.P.\nSouth Tower Pennzoil Place\n711 Louisiana St., Suite 2900\nHouston, Texas 77002-2781\n(713) 555-0116 - Phone\n(713) 555-0117 - Fax\ncdumont@bracepatt.com\n\n==============================================\nNOTICE: This message contains information which is confidential and the copyright of our firm.  If you are not the intended recipient, please notify us immediately and delete it.\n==============================================\n` });
add({ id: 'B22', cls: 'B', from: 'Walt Ferris <wferris@enron.com>', expect: { name: 'Walt Ferris', title: 'Vice President', company: 'Enron North America Corp.', phones: [['853-6641', 'work'], ['646-3307', 'fax']] },
  body: `Attached is the board presentation.\n\nWalt Ferris\nVice President\nEnron North America Corp.\nPhone: 713-853-6641\nFax: 713-646-3307\n` , note: 'non-555 numbers' });
add({ id: 'C14', cls: 'C', from: 'Ann Thorsby <ann.thorsby@enron.com>', expect: { name: 'Ann Thorsby', phones: [['853-4471', 'work']] },
  body: `The invoices were paid on the 15th.  Let me know if you need copies.\n\nAnn Thorsby\n(713) 853-4471\n` });
add({ id: 'C15', cls: 'C', from: 'Louise Kitchener <louise.kitchener@enron.com>', expect: null,
  body: `John - please call me.\n\nLouise\n\n\n\n\n   \n\t\n\tEnron North America Corp.\n\t\n\tFrom:  John Arnott                           06/12/2001 07:12 AM\n\t\n\nTo:\tLouise Kitchener/HOU/ECT@ECT\ncc:\t \nSubject:\tEOL volumes\n\nLouise,\nVolumes are down 8% this week.\n\nJohn Arnott\nVP, Trading\n713-853-1144\n` });
add({ id: 'C16', cls: 'C', from: 'Bill Pacey <bill@aafre.org>', expect: { name: 'Bill Pacey', title: 'National Chairman', company: 'Americans for Affordable Reliable Energy' },
  body: `Dear Ken:\n\nThanks again for hosting last week's event.  It was a great success and we raised more than expected.\n\nBest regards,\n\nBill Pacey\nNational Chairman\nAmericans for Affordable Reliable Energy\n` });
add({ id: 'D18', cls: 'D', from: 'Enron General Announcements <announce@enron.com>', expect: null,
  body: `BLOOD DRIVE\n\nThe Enron blood drive will be held on Tuesday, June 5 in the Enron Building lobby.\n\nTo schedule an appointment, contact:\nCarla Ruiz\nEnron Community Relations\n713-853-5512\n` });
add({ id: 'D19', cls: 'D', from: 'Maureen Ashby <maureen.ashby@enron.com>', expect: null,
  body: `**** PLEASE READ ****\n\nThe following individuals are on call this weekend for the Unify system:\n\nSaturday:   Tim Yuen        713-853-1101   pager 888-555-0101\nSunday:     Rosa Delgado    713-853-1102   pager 888-555-0102\nBackup:     Ken Ostrow      713-853-1103\n\nMaureen\n` });
add({ id: 'D20', cls: 'D', from: 'Hal Morrow <hal.morrow@enron.com>', expect: null, borderline: 'forwarded itinerary, no sender sig',
  body: `\n---------------------- Forwarded by Hal Morrow/HOU/ECT on 05/18/2001 09:10 AM ---------------------------\n\n\n"Vortex Travel" <itins@vortextravel.com> on 05/18/2001 09:02:11 AM\nTo: hal.morrow@enron.com\ncc:\nSubject: ITINERARY\n\nMORROW/HAL  \nCO 1521  22MAY  IAH-LGA  645A 1105A\nCO 1530  24MAY  LGA-IAH  600P 900P\nHILTON NEW YORK 1335 AVE OF AMERICAS\nCONF 8812337\n\nVortex Travel\n713-555-0150\n` });
add({ id: 'D21', cls: 'D', from: 'Jim Larkin <jim.larkin@enron.com>', expect: null,
  body: `Here is today's gas daily summary.\n\nHub            Bid     Offer   Chg\nHenry Hub      4.12    4.15   +.05\nKaty           4.05    4.08   +.03\nWaha           3.88    3.92   -.02\nSocal Border   9.50    9.75   +.40\n\nJL\nx3-6621\n`, borderline: 'initials + ext under a table' });
add({ id: 'D22', cls: 'D', from: 'NGI Daily <ngidaily@intelligencepress.com>', expect: null,
  body: `NGI's DAILY GAS PRICE INDEX - Published May 15, 2001\n\nBy Jim Steele\n\nCash prices slid across the board Monday as cooler weather...\n\nFor subscription information call (703) 555-0140.\nIntelligence Press, Inc.\n22648 Glenn Drive, Suite 305\nSterling, VA 20164\n` });
add({ id: 'E13', cls: 'E', from: '"Mann, Kaylee" <kaylee.mann@enron.com>', expect: { name: 'Kaylee A. Mann', title: 'Senior Counsel', company: 'Enron Americas', phones: [['853-7566', 'work']] },
  body: `I'll send the revised GE contract tonight.\n\nKaylee A. Mann\nSenior Counsel\nEnron Americas\n713-853-7566\n` });
add({ id: 'E14', cls: 'E', from: 'Darryl Wong <dwong@enron.com>', expect: { name: 'Darryl Wong', title: 'Director', company: 'Enron Energy Services', phones: [['853-2290', 'work']] },
  body: `Thanks.\n\nEnron Energy Services\nDarryl Wong\nDirector, Risk Management\n713.853.2290\n`, note: 'company first' });
add({ id: 'E15', cls: 'E', from: 'Susan Fairley <sfairley@enron.com>', expect: { name: 'Susan Fairley', title: 'Sr. Specialist', company: 'Enron Net Works LLC', phones: [['853-1205', 'work']] },
  body: `Please see attached.\n\nSusan Fairley\nSr. Specialist\nGlobal Contracts & Facilities\nEnron Net Works LLC\n(713) 853-1205\n`, note: 'department line' });
add({ id: 'E16', cls: 'E', from: 'Raj Patil <raj.patil@enron.com>', expect: { name: 'Raj Patil', title: 'VP', company: 'Enron India Pvt. Ltd.' },
  borderline: 'phone in India format',
  body: `Raj Patil\nVP - Project Finance\nEnron India Pvt. Ltd.\nMaker Chambers VI, Nariman Point\nMumbai 400 021\nTel: +91 22 555 0199\n` });

// ---------------- round 3 ----------------
add({ id: 'A19', cls: 'A', from: 'Nora Quist <nora.quist@enron.com>', expect: { name: 'Nora Quist', title: 'Manager', company: 'Enron North America Corp.', phones: [['853-5509', 'work']] },
  body: `Yes, the amendment is fine.\nNora Quist\nManager, Contract Administration\nEnron North America Corp.\nPhone: 713-853-5509\n-----Original Message-----\nFrom: \tShah, Vikram  \nSent:\tMonday, August 6, 2001 11:02 AM\nTo:\tQuist, Nora\nSubject:\tamendment 3\n\nNora - OK to execute?\n\nVikram Shah\nTXU Energy Trading\n214-555-0170\n`, note: 'no blank before Original Message' });
add({ id: 'A20', cls: 'A', from: 'Tess Harlow <tess.harlow@enron.com>', expect: null,
  body: `fyi\n\n>>> Brent Ilse 05/02/01 09:14AM >>>\n>>> "Gary Pound" <gpound@oneok.com> 05/01/01 04:40PM >>>\nAll,\nThe Oneok meter at Mills Ranch will be down Thursday.\n\nGary Pound\nGas Control Supervisor\nONEOK Gas Transportation\n918-555-0183\n` });
add({ id: 'B23', cls: 'B', from: 'Mike Dorsey <mdorsey_tx@yahoo.com>', expect: { name: 'Mike Dorsey', company: 'Dorsey Energy Consulting', phones: [['353-8812', 'work']] },
  body: `Jeff,\n\nGood seeing you at the conference.  I'd like to follow up on the storage idea.\n\nMike Dorsey\nDorsey Energy Consulting\n(281) 353-8812\n\n__________________________________________________\nDo You Yahoo!?\nGet personalized email addresses from Yahoo! Mail - only $35\na year!  http://personal.mail.yahoo.com/\n` });
add({ id: 'B24', cls: 'B', from: 'Greta Lorne <glorne@enron.com>', expect: { name: 'Greta Lorne', title: 'Director', company: 'Enron Corp.', phones: [['853-0912', 'work'], ['646-2201', 'fax']] },
  body: `Attached is the Q2 accrual summary.\n\nGreta Lorne\nDirector, Corporate Accounting\nEnron Corp.\nPhone 713-853-0912   Fax 713-646-2201\n`, note: 'two phones on one line' });
add({ id: 'B25', cls: 'B', from: 'Dale Kirby <dale.kirby@enron.com>', expect: { name: 'Dale Kirby', title: 'Manager, Gas Control', company: 'Transwestern Pipeline Company', phones: [['853-4422', 'work']] },
  body: `Maintenance is scheduled for 6/14 at the Needles compressor.\n\nDALE KIRBY\nMANAGER, GAS CONTROL\nTRANSWESTERN PIPELINE COMPANY\n(713) 853-4422\n`, note: 'all caps' });
add({ id: 'B26', cls: 'B', from: 'Lydia Fromm <lydia.fromm@enron.com>', expect: { name: 'Lydia Fromm', title: 'Counsel', company: 'Enron North America Corp.', phones: [['853-3311', 'work'], ['646-3490', 'fax']] },
  body: `Per our conversation, attached is the form of guaranty.\n\nLydia Fromm\t\t\t\tPh:  (713) 853-3311\nCounsel\t\t\t\t\tFax: (713) 646-3490\nEnron North America Corp.\t\tlydia.fromm@enron.com\n1400 Smith Street, EB 3835\nHouston, Texas 77002\n`, note: 'two-column' });
add({ id: 'C17', cls: 'C', from: 'Tina Ruiz <tina.ruiz@enron.com>', expect: { name: 'Tina Ruiz', title: 'Assistant', phones: [['3-1234', 'work']] }, borderline: 'ext + assistant-to title',
  body: `Jeff has asked me to set up a call for Thursday.\n\nDial-in: 1-800-555-0177\nPasscode: 448291\n\nThanks,\nTina Ruiz\nAssistant to Jeff Sorensen\nx3-1234\n` });
add({ id: 'C18', cls: 'C', from: 'Scott Neal <scott.neal@enron.com>', expect: null, body: `see you there\n\n-s\n` });
add({ id: 'C19', cls: 'C', from: 'Kim Ward <kim.ward@enron.com>', expect: null, body: `Please call me at 713-853-9221 when you get a chance to discuss the Dynegy deal.\n\nKim\n`, borderline: 'phone in prose: a card with that phone could be OK' });
add({ id: 'D23', cls: 'D', from: 'Margaret Oakes <moakes@energywire-news.com>', expect: null, borderline: 'newsletter from a named editor',
  body: `ENERGY WIRE WEEKLY\nIssue 22 - June 1, 2001\n\nIN THIS ISSUE\n* FERC orders West-wide price caps\n* Enron, Dynegy post record volumes\n* Gas storage injections top 100 Bcf\n\nFERC ORDERS PRICE CAPS\nBy Margaret Oakes\nThe Federal Energy Regulatory Commission on Monday extended...\n\nMargaret Oakes\nEditor, Energy Wire\n(202) 555-0141\n` });
add({ id: 'D24', cls: 'D', from: 'Karen Dial <karen.dial@enron.com>', expect: null, borderline: 'all-employee memo signed by a person',
  body: `To all Enron employees:\n\nBeginning July 1, the Enron Building garage will require badge access at all entrances.  Employees should pick up new badges at the security desk on the 3rd floor.\n\nIf you have any questions, please contact the Corporate Security hotline at 713-853-5360.\n\nKaren Dial\nVice President, Corporate Services\n` });
add({ id: 'D25', cls: 'D', from: 'eSpeak <espeak@enron.com>', expect: null,
  body: `Join Jeff Skilling for an eSpeak event Wednesday at 10:00 AM Houston time.\n\nCan't make it?  Submit your questions at http://ethink.enron.com.\n\nEnron Corp.\nethink@enron.com\n` });
add({ id: 'D26', cls: 'D', from: 'Amy Fitz <afitz@hotmail.com>', expect: null,
  body: `Happy birthday!!!  Call me this weekend.\n\nAmy\n\n_________________________________________________________________\nGet your FREE download of MSN Explorer at http://explorer.msn.com/intl.asp\n` });
add({ id: 'D27', cls: 'D', from: 'Cynthia Bolt <cynthia.bolt@enron.com>', expect: null,
  body: `Please find below the dial-in information for the weekly Risk Management call.\n\nDomestic:        1-888-555-0180\nInternational:   1-712-555-0181\nHost code:       8812\nParticipant:     3371\n\nCynthia Bolt\n` });
add({ id: 'E17', cls: 'E', from: 'Jorge Mena <jorge.mena@enron.com>', expect: { name: 'Jorge Mena', title: 'Sr. Director', company: 'Enron South America', phones: [['853-7111', 'work']] },
  body: `Attached is the Cuiaba update.\n\nJorge Mena\nSr. Director - Commercial\nEnron South America\nPh. 713.853.7111\n` });
add({ id: 'E18', cls: 'E', from: 'Patrice Lamb <plamb@enron.com>', expect: { name: 'Patrice Lamb', title: 'Manager', company: 'Enron Net Works LLC', phones: [['853-6200', 'work']] },
  body: `I've completed the review.\n\nPatrice Lamb\nManager\nEnron Net Works LLC\nIT Infrastructure\n713-853-6200\n`, note: 'dept under company' });

// ---------------- round 4 ----------------
add({ id: 'A21', cls: 'A', from: 'Rosa Tellez <rosa.tellez@enron.com>', expect: null,
  body: `Please print for me.\n\n\n\n\n\t"Dunn, Eric" <EDunn@kslaw.com>\n\tSent by: "Moss, Judy" <JMoss@kslaw.com>\n\t07/09/2001 02:15 PM\n\tPlease respond to "Dunn, Eric"\n\t\n\t\tTo: "'rosa.tellez@enron.com'" <rosa.tellez@enron.com>\n\t\tcc: \n\t\tSubject: settlement draft\n\nRosa,\nThe settlement draft is attached.\n\nEric Dunn\nKing & Spalding\n1100 Louisiana, Suite 4000\nHouston, TX 77002\n713-555-0186\n` });
add({ id: 'A22', cls: 'A', from: 'Owen Platt <owen.platt@enron.com>', expect: null,
  body: `Agreed.\n\nFrom: Hughes, Vera [mailto:vhughes@mirant.com]\nSent: Friday, September 14, 2001 10:02 AM\nTo: Platt, Owen\nSubject: Mirant ISDA\n\nOwen, we accept.\n\nVera Hughes\nCredit Manager\nMirant Americas Energy Marketing, LP\n678-555-0173\n`, note: 'Outlook header without Original Message line' });
add({ id: 'B27', cls: 'B', from: 'Frank Osei <frank.osei@enron.com>', expect: { name: 'Frank Osei', title: 'Accountant', company: 'Enron Corp.', phones: [['853-4019', 'work']], address: 'P.O. Box 1188' },
  body: `The 1099s were mailed yesterday.\n\nFrank Osei\nAccountant\nEnron Corp.\nP.O. Box 1188\nHouston, TX 77251-1188\nPhone: 713-853-4019\n` });
add({ id: 'B28', cls: 'B', from: 'Helen Cho <helen.cho@enron.com>', expect: { name: 'Helen Cho', title: 'Senior Analyst', company: 'Enron Europe Ltd', phones: [['7783 5520', 'work']] },
  body: `Cheers,\nHelen\n\nHelen Cho\nSenior Analyst, Continental Power\nEnron Europe Ltd\nTel: +44 (0)20 7783 5520\n\n\n**********************************************************************\nThis e-mail is the property of Enron Corp. and/or its relevant affiliate and may contain confidential and privileged material for the sole use of the intended recipient (s). Any review, use, distribution or disclosure by others is strictly prohibited. If you are not the intended recipient (or authorized to receive for the recipient), please contact the sender or reply to Enron Corp. at enron.messaging.administration@enron.com and delete all copies of the message. This e-mail (and any attachments hereto) are not intended to be an offer (or an acceptance) and do not create or evidence a binding and enforceable contract between Enron Corp. (or any of its affiliates) and the intended recipient or any other party, and may not be relied on by anyone as the basis of a contract by estoppel or otherwise. Thank you.\n**********************************************************************\n` });
add({ id: 'E19', cls: 'E', from: 'Gary Tobin <gtobin@enron.com>', expect: { name: 'Gary Tobin', title: 'Manager - Risk Management', company: 'Enron Energy Services', phones: [['853-9001', 'work']] },
  body: `Numbers attached.\n\nGary Tobin\nManager - Risk Management\nEnron Energy Services\nPhone: 713-853-9001\n` });
add({ id: 'E20', cls: 'E', from: 'Ines Marlow <imarlow@enron.com>', expect: { name: 'Ines Marlow', title: 'Director', company: 'Enron Wholesale Services', phones: [['853-2211', 'work']] },
  body: `Thanks.\n\nInes Marlow\nDirector, Financial Services\nEnron Wholesale Services\nPhone: 713-853-2211\n`, note: 'title dept ending in Services' });

// ---------------- checker ----------------
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9&]+/g, ' ').replace(/\b(inc|corp|corporation|l l c|llc|l p|lp|co|company|ltd)\b/g, ' ').replace(/\s+/g, ' ').trim();
const loose = (got: string | undefined, want: string) => {
  if (!got) return false;
  const g = norm(got), w = norm(want);
  return g === w || g.includes(w) || w.includes(g) && g.length >= w.length * 0.6;
};

function check(c: Case): ProbeOutcome {
  const x = extractProbe(c.from, c.body);
  const k = x.contact;
  const issues: string[] = [];
  if (c.expect === null) {
    if (k) issues.push('expected no card');
  } else if (!k) {
    issues.push(`expected a card; got none (gate=${x.gate.personal ? 'personal' : (x.gate as { reason: string }).reason}, parsed=${x.parsed ? 'yes' : 'no'}, evidence=${x.evidence ? JSON.stringify(x.evidence.missing) : '-'})`);
  } else {
    const e = c.expect;
    if (e.name && norm(k.fullName?.value ?? '') !== norm(e.name)) issues.push(`name want "${e.name}" got "${k.fullName?.value}"`);
    if (e.title && !loose(k.jobTitle?.value, e.title)) issues.push(`title want "${e.title}" got "${k.jobTitle?.value}"`);
    if (e.company && !loose(k.company?.value, e.company)) issues.push(`company want "${e.company}" got "${k.company?.value}"`);
    if (e.email && (k.email?.value ?? '').toLowerCase() !== e.email) issues.push(`email want ${e.email} got ${k.email?.value}`);
    if (e.address && !(k.address?.value ?? '').includes(e.address)) issues.push(`address want ~"${e.address}" got "${k.address?.value}"`);
    if (e.phones) {
      for (const [d, t] of e.phones) {
        const p = k.phones.find((p) => digits(p.value.value).endsWith(digits(d)));
        if (!p) issues.push(`phone ${d}/${t} missing`);
        else if (p.value.type !== t) issues.push(`${p.value.type === 'other' && !/(tel|ph|phone|office|work|direct|cell|mobile|\(o\)|\(c\)|\bw:|\bc:)/i.test(c.body.split('\n').find((l) => l.includes(p.value.value)) ?? '') ? '~' : ''}phone ${d} type want ${t} got ${p.value.type}`);
      }
      for (const p of k.phones) if (!e.phones.some(([d]) => digits(p.value.value).endsWith(digits(d)))) issues.push(`extra phone ${p.value.value}/${p.value.type}`);
    }
  }
  const hard = issues.filter((i) => !i.startsWith('~'));
  const verdict = hard.length === 0 ? (issues.length ? 'soft' : 'pass') : c.borderline ? 'borderline' : 'fail';
  return { verdict, weak: false, reasons: c.borderline && issues.length ? [...issues, `borderline: ${c.borderline}`] : issues };
}

export const ROUND_3: ProbeSet<Case> = {
  name: 'round 3',
  grades: ['borderline', 'soft'],
  probes: C,
  classOf: (c) => c.cls,
  check,
};
