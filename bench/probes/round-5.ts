/**
 * Round 5 of the invented-mail probes (issue 15): 104 personal messages, each ending in the sender's own signature,
 * so every one should give a card, and every field is graded — in classes by country (US, CA, UK, DE/AT/CH, FR,
 * ES/LatAm, IT, NL/BE, Nordics, PL, BR/PT, IN, JP, CN, AU/NZ) and by layout. Messages and expectations are copied
 * unchanged from the engineer's probe; only the import path and the runner (now bench/probes.ts) changed. Its
 * grading, as the engineer wrote it: name and e-mail as the card shows them (suggestion.ts falls back to the From
 * display name and address); values compared after normalising case, spaces and trailing punctuation (company also
 * without "," and ".", addresses with ", " "|" " – " as one separator); phones by digits with "(0)" dropped and the
 * extension kept; a borderline note scoped to fields ("title,phone: …") excuses only errors on those fields.
 * Besides the verdicts it counts per-field true/false positives and negatives over all probes, borderline included.
 */
import { addCounts, extractProbe, type FieldCounts, type ProbeOutcome, type ProbeSet } from './probe-kit';

type Alt = string | string[];
interface Exp { name?: Alt; title?: Alt; company?: Alt; phones?: [string, string | string[]][]; email?: Alt; address?: Alt; card?: boolean }
export interface Probe { id: string; cls: string; from: string; body: string; exp: Exp; borderline?: string }
const P: Probe[] = [];
const add = (id: string, cls: string, from: string, body: string, exp: Exp, borderline?: string) => P.push({ id, cls, from, body, exp, borderline });
const MSG = (greet: string, text: string) => `${greet}\n\n${text}\n\n`;
const EN = (n: string) => MSG(`Hi ${n},`, 'Thanks for the update on the schedule. I have reviewed the draft and left a few comments; could we go through them on a short call later this week?');

// ---------------- US ----------------
add('us-basic', 'US', 'Dana Whitfield <dana.whitfield@harborlinefreight.com>', EN('Marco') +
`Best,
Dana Whitfield
Director of Operations
Harborline Freight, Inc.
1420 Commerce Street, Suite 300
Dallas, TX 75201
Office: (214) 555-0187
Mobile: (214) 555-0143
dana.whitfield@harborlinefreight.com`, { name: 'Dana Whitfield', title: 'Director of Operations', company: 'Harborline Freight, Inc.', phones: [['(214) 555-0187', 'work'], ['(214) 555-0143', 'mobile']], email: 'dana.whitfield@harborlinefreight.com', address: '1420 Commerce Street, Suite 300, Dallas, TX 75201' });

add('us-pipe-ext', 'US', 'Kevin Oduya <kevin@brightwaveanalytics.com>', EN('Sam') +
`Kevin Oduya
Senior Product Manager | Brightwave Analytics
M: 415.555.0199 | O: 415.555.0120 x214
kevin@brightwaveanalytics.com
brightwaveanalytics.com`, { name: 'Kevin Oduya', title: 'Senior Product Manager', company: 'Brightwave Analytics', phones: [['415.555.0199', 'mobile'], ['415.555.0120 x214', 'work']], email: 'kevin@brightwaveanalytics.com' });

add('us-at-pronouns', 'US', 'Rachel Kim <rachel@corvidlabs.io>', EN('team') +
`Rachel Kim (she/her)
VP of Engineering at Corvid Labs
rachel@corvidlabs.io · +1 (646) 555-0178`, { name: 'Rachel Kim', title: 'VP of Engineering', company: 'Corvid Labs', phones: [['+1 (646) 555-0178', 'other']], email: 'rachel@corvidlabs.io' });

add('us-cpa', 'US', 'Thomas Brennan <tbrennan@brennanwolfe.com>', EN('Alicia') +
`Regards,

Thomas J. Brennan, CPA
Partner
Brennan & Wolfe LLP
Certified Public Accountants
200 Park Avenue South, 14th Floor
New York, NY 10003
T 212-555-0161 | F 212-555-0162`, { name: ['Thomas J. Brennan', 'Thomas J. Brennan, CPA', 'Thomas Brennan'], title: 'Partner', company: 'Brennan & Wolfe LLP', phones: [['212-555-0161', 'work'], ['212-555-0162', 'fax']], email: 'tbrennan@brennanwolfe.com', address: '200 Park Avenue South, 14th Floor, New York, NY 10003' });

add('us-2001-pager', 'US', 'Bill Hendricks <bhendricks@westfieldenergy.com>', MSG('Folks,', 'Attached is the revised nomination for the Katy hub. Call me if the volumes look off.') +
`Regards,
Bill Hendricks
Gas Trading Analyst
Westfield Energy Services
Phone: 713-555-0134
Fax:   713-555-0135
Pager: 877-555-0110
email: bhendricks@westfieldenergy.com`, { name: 'Bill Hendricks', title: 'Gas Trading Analyst', company: 'Westfield Energy Services', phones: [['713-555-0134', 'work'], ['713-555-0135', 'fax'], ['877-555-0110', 'other']], email: 'bhendricks@westfieldenergy.com' });

add('us-ext-cell', 'US', 'Maria Gonzalez <mgonzalez@lakeshoreprinting.com>', EN('Dave') +
`Thank you,
Maria Gonzalez
Account Executive
Lakeshore Printing Co.
Tel: (312) 555-0100 ext. 45
Cell: (312) 555-0188`, { name: 'Maria Gonzalez', title: 'Account Executive', company: 'Lakeshore Printing Co.', phones: [['(312) 555-0100 ext. 45', 'work'], ['(312) 555-0188', 'mobile']], email: 'mgonzalez@lakeshoreprinting.com' });

add('us-phd-dept', 'US', 'Aisha Rahman <arahman@veridiatx.com>', EN('Lena') +
`Best regards,
Aisha Rahman, PhD
Principal Scientist, Computational Biology
Veridia Therapeutics
One Kendall Square, Building 200
Cambridge, MA 02139
direct 617 555 0150`, { name: ['Aisha Rahman', 'Aisha Rahman, PhD'], title: ['Principal Scientist, Computational Biology', 'Principal Scientist'], company: 'Veridia Therapeutics', phones: [['617 555 0150', 'work']], email: 'arahman@veridiatx.com', address: 'One Kendall Square, Building 200, Cambridge, MA 02139' });

add('us-company-above', 'US', 'Jason Pryor <jason@northgaterealty.com>', EN('Mr. Alvarez') +
`--
NORTHGATE REALTY GROUP
Jason Pryor | Licensed Real Estate Broker
c. 503-555-0122
o. 503-555-0100
jason@northgaterealty.com`, { name: 'Jason Pryor', title: 'Licensed Real Estate Broker', company: 'Northgate Realty Group', phones: [['503-555-0122', 'mobile'], ['503-555-0100', 'work']], email: 'jason@northgaterealty.com' });

add('us-vcard-mba', 'US', 'Priya Desai <priya.desai@solanoridge.com>', EN('Tom') +
`Warmly,
Priya Desai, MBA
Chief Financial Officer
Solano Ridge Wineries
T: +1 707 555 0133
M: +1 707 555 0190
E: priya.desai@solanoridge.com
W: solanoridge.com`, { name: ['Priya Desai', 'Priya Desai, MBA'], title: 'Chief Financial Officer', company: 'Solano Ridge Wineries', phones: [['+1 707 555 0133', 'work'], ['+1 707 555 0190', 'mobile']], email: 'priya.desai@solanoridge.com' });

add('us-dept-under', 'US', 'Greg Tolliver <greg.tolliver@meridianhealth.org>', EN('Nadia') +
`Thanks,
Greg Tolliver
Senior Network Engineer
Infrastructure & Cloud Services
Meridian Health System
Office 615-555-0171`, { name: 'Greg Tolliver', title: ['Senior Network Engineer', 'Senior Network Engineer, Infrastructure & Cloud Services'], company: 'Meridian Health System', phones: [['615-555-0171', 'work']], email: 'greg.tolliver@meridianhealth.org' });

add('us-disclaimer', 'US', 'Lauren Meyers <lmeyers@abbottcranelee.com>', EN('Jim') +
`Thanks,
Lauren Meyers
Paralegal | Abbott Crane & Lee PC
555 West Fifth Street, Suite 1200 | Los Angeles, CA 90013
Direct: 213.555.0145

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.`, { name: 'Lauren Meyers', title: 'Paralegal', company: 'Abbott Crane & Lee PC', phones: [['213.555.0145', 'work']], email: 'lmeyers@abbottcranelee.com', address: '555 West Fifth Street, Suite 1200, Los Angeles, CA 90013' });

add('us-logo-oc', 'US', 'Elena Vasquez <evasquez@stonebridgearch.com>', EN('Priyanka') +
`Best regards,

[image: Stonebridge Architects logo]
Elena Vasquez, AIA
Project Architect
Stonebridge Architects
88 Pine Street | Seattle, WA 98101
206.555.0119 (o) | 206.555.0177 (c)`, { name: ['Elena Vasquez', 'Elena Vasquez, AIA'], title: 'Project Architect', company: 'Stonebridge Architects', phones: [['206.555.0119', 'work'], ['206.555.0177', 'mobile']], email: 'evasquez@stonebridgearch.com', address: '88 Pine Street, Seattle, WA 98101' });

add('us-three-phones-line', 'US', 'Marcus Bell <mbell@pinnacleroofing.com>', EN('Chris') +
`Marcus Bell
Regional Sales Manager, Southeast
Pinnacle Roofing Supply
Office 404-555-0101 · Mobile 404-555-0160 · Fax 404-555-0102`, { name: 'Marcus Bell', title: ['Regional Sales Manager, Southeast', 'Regional Sales Manager'], company: 'Pinnacle Roofing Supply', phones: [['404-555-0101', 'work'], ['404-555-0160', 'mobile'], ['404-555-0102', 'fax']], email: 'mbell@pinnacleroofing.com' });

add('us-pobox', 'US', 'Harold Finch <harold@finchorchards.com>', MSG('Dear Ms. Patel,', 'We can deliver the forty cases of Honeycrisp on the 14th as discussed. Payment terms are net 30.') +
`Sincerely,
Harold Finch
Owner
Finch Family Orchards
PO Box 412
Wenatchee, WA 98807
(509) 555-0108`, { name: 'Harold Finch', title: 'Owner', company: 'Finch Family Orchards', phones: [['(509) 555-0108', 'other']], email: 'harold@finchorchards.com', address: 'PO Box 412, Wenatchee, WA 98807' });

add('us-title-comma-llc', 'US', 'Olivia Chen <ochen@greenleafpartners.com>', EN('Ben') +
`Olivia Chen
Staff Accountant, Greenleaf Partners LLC
p 720-555-0114`, { name: 'Olivia Chen', title: 'Staff Accountant', company: 'Greenleaf Partners LLC', phones: [['720-555-0114', 'work']], email: 'ochen@greenleafpartners.com' });

add('us-modern-links', 'US', 'Jordan Ellis <jordan@lumina.app>', EN('Ari') +
`Jordan Ellis
Head of Growth · Lumina
jordan@lumina.app
linkedin.com/in/jordanellis
+1 917 555 0126`, { name: 'Jordan Ellis', title: 'Head of Growth', company: 'Lumina', phones: [['+1 917 555 0126', 'other']], email: 'jordan@lumina.app' });

add('us-attorney-at-law', 'US', 'Daniel Ruiz <druiz@ruizlawoffice.com>', MSG('Dear Mr. Carter,', 'Please find enclosed the signed settlement agreement. Kindly countersign and return a copy at your earliest convenience.') +
`Very truly yours,

Daniel Ruiz
Attorney at Law
Ruiz Law Office, PLLC
2100 North Central Ave., Suite 210
Phoenix, AZ 85004
Tel (602) 555-0131
Fax (602) 555-0132`, { name: 'Daniel Ruiz', title: 'Attorney at Law', company: 'Ruiz Law Office, PLLC', phones: [['(602) 555-0131', 'work'], ['(602) 555-0132', 'fax']], email: 'druiz@ruizlawoffice.com', address: '2100 North Central Ave., Suite 210, Phoenix, AZ 85004' });

add('us-realtor-dre', 'US', 'Megan Foster <megan@coastlinehomes.com>', EN('Kyle') +
`Megan Foster, REALTOR®
Coastline Homes Realty
DRE# 01987654
Cell/Text: 858-555-0147
www.coastlinehomes.com`, { name: ['Megan Foster', 'Megan Foster, REALTOR®'], title: ['REALTOR®', 'Realtor'], company: 'Coastline Homes Realty', phones: [['858-555-0147', 'mobile']], email: 'megan@coastlinehomes.com' }, 'title: REALTOR® after the name is a credential/title; borderline');

add('us-nmls', 'US', 'Victor Alvarez <valvarez@summitlending.com>', EN('Grace') +
`Victor Alvarez
Senior Loan Officer | NMLS #1234567
Summit Lending Group
Direct: 305-555-0166
Mobile: 305-555-0124`, { name: 'Victor Alvarez', title: 'Senior Loan Officer', company: 'Summit Lending Group', phones: [['305-555-0166', 'work'], ['305-555-0124', 'mobile']], email: 'valvarez@summitlending.com' });

add('us-suffix-labels-2001', 'US', 'Carol Whitney <carol.whitney@gulfstarpower.com>', MSG('Mark,', 'Here is the executed confirm for the April strip. Let me know if legal needs anything else.') +
`Carol Whitney
Senior Counsel
Gulfstar Power Marketing, L.P.
1100 Louisiana, Suite 4400
Houston, Texas 77002
713-555-0193 (phone)
713-555-0194 (fax)
713-555-0152 (cell)`, { name: 'Carol Whitney', title: 'Senior Counsel', company: 'Gulfstar Power Marketing, L.P.', phones: [['713-555-0193', 'work'], ['713-555-0194', 'fax'], ['713-555-0152', 'mobile']], email: 'carol.whitney@gulfstarpower.com', address: '1100 Louisiana, Suite 4400, Houston, Texas 77002' });

add('us-two-column', 'US', 'Frank DeLuca <fdeluca@tristatesteel.com>', EN('Joe') +
`Frank DeLuca\t\t\tPhone: (201) 555-0175
Purchasing Manager\t\tFax: (201) 555-0176
Tri-State Steel Corp.\t\tfdeluca@tristatesteel.com`, { name: 'Frank DeLuca', title: 'Purchasing Manager', company: 'Tri-State Steel Corp.', phones: [['(201) 555-0175', 'work'], ['(201) 555-0176', 'fax']], email: 'fdeluca@tristatesteel.com' });

add('us-outlook-lastfirst', 'US', '"Jones, Robert" <rjones@castlerockins.com>', EN('Ms. Lee') +
`Regards,

Robert Jones
Claims Adjuster
Castle Rock Insurance Group
Phone 720.555.0181 | Fax 720.555.0182`, { name: 'Robert Jones', title: 'Claims Adjuster', company: 'Castle Rock Insurance Group', phones: [['720.555.0181', 'work'], ['720.555.0182', 'fax']], email: 'rjones@castlerockins.com' });

add('us-founder-ceo', 'US', 'Tessa Ward <tessa@tidewaterkayak.com>', EN('Leo') +
`Cheers,
Tessa

Tessa Ward
Founder & CEO, Tidewater Kayak Co.
(757) 555-0118
tidewaterkayak.com`, { name: 'Tessa Ward', title: 'Founder & CEO', company: 'Tidewater Kayak Co.', phones: [['(757) 555-0118', 'other']], email: 'tessa@tidewaterkayak.com' });

add('us-social-icons', 'US', 'Andre Mitchell <andre.mitchell@fieldstonecapital.com>', EN('Rob') +
`Andre Mitchell
Associate, Private Equity
Fieldstone Capital Partners
500 Boylston Street, 18th Floor, Boston, MA 02116
O: 617.555.0140 | M: 617.555.0198
[image: LinkedIn] [image: Twitter]
Book time with me: https://calendly.com/andre-mitchell`, { name: 'Andre Mitchell', title: ['Associate, Private Equity', 'Associate'], company: 'Fieldstone Capital Partners', phones: [['617.555.0140', 'work'], ['617.555.0198', 'mobile']], email: 'andre.mitchell@fieldstonecapital.com', address: '500 Boylston Street, 18th Floor, Boston, MA 02116' });

add('us-caps-name', 'US', 'John McAllister <jmcallister@ironwoodexcavating.com>', EN('Pete') +
`JOHN MCALLISTER
ESTIMATOR
IRONWOOD EXCAVATING, INC.
OFFICE series: 763-555-0155
CELL 763-555-0112`, { name: 'John McAllister', title: 'Estimator', company: 'Ironwood Excavating, Inc.', phones: [['763-555-0155', 'work'], ['763-555-0112', 'mobile']], email: 'jmcallister@ironwoodexcavating.com' }, 'phonetype: odd label "OFFICE series:" on purpose; phone type borderline');

add('us-quote-tagline', 'US', 'Beth Sullivan <beth@brightpathcoaching.com>', EN('Jenna') +
`All the best,
Beth Sullivan
Executive Coach
BrightPath Coaching LLC
(480) 555-0190
"The best way out is always through." - Robert Frost`, { name: 'Beth Sullivan', title: 'Executive Coach', company: 'BrightPath Coaching LLC', phones: [['(480) 555-0190', 'other']], email: 'beth@brightpathcoaching.com' });

add('us-main-direct', 'US', 'Samuel Ortiz <sortiz@keystonehvac.com>', EN('Dana') +
`Samuel Ortiz
Service Manager
Keystone HVAC Services
Main: 800-555-0100
Direct: 610-555-0177 x302`, { name: 'Samuel Ortiz', title: 'Service Manager', company: 'Keystone HVAC Services', phones: [['800-555-0100', 'work'], ['610-555-0177 x302', 'work']], email: 'sortiz@keystonehvac.com' });

add('us-nonprofit', 'US', 'Keisha Brown <keisha@riverwalkfriends.org>', EN('volunteers') +
`With gratitude,
Keisha Brown
Program Coordinator
Friends of the Riverwalk
(414) 555-0135`, { name: 'Keisha Brown', title: 'Program Coordinator', company: 'Friends of the Riverwalk', phones: [['(414) 555-0135', 'other']], email: 'keisha@riverwalkfriends.org' });

add('us-nurse', 'US', 'Linda Park <lpark@stagnesmed.org>', EN('Dr. Hill') +
`Linda Park, RN, BSN
Charge Nurse, ICU
St. Agnes Medical Center
Unit phone: 916-555-0127`, { name: ['Linda Park', 'Linda Park, RN, BSN'], title: ['Charge Nurse, ICU', 'Charge Nurse'], company: 'St. Agnes Medical Center', phones: [['916-555-0127', ['work', 'other']]], email: 'lpark@stagnesmed.org' });

add('us-city', 'US', 'Alan Greer <agreer@fairhavenwa.gov>', EN('Ms. Ortega') +
`Respectfully,
Alan Greer, AICP
Senior Planner
City of Fairhaven | Planning & Community Development
410 Main Street, Fairhaven, WA 98225
360-555-0161`, { name: ['Alan Greer', 'Alan Greer, AICP'], title: 'Senior Planner', company: ['City of Fairhaven', 'City of Fairhaven | Planning & Community Development'], phones: [['360-555-0161', 'other']], email: 'agreer@fairhavenwa.gov', address: '410 Main Street, Fairhaven, WA 98225' });

add('us-academic', 'US', 'Margaret Liu <mliu@calloway.edu>', EN('Professor Adams') +
`Best,
Margaret Liu
Associate Professor of History
Department of History
Calloway College
Hartwell Hall 214
(802) 555-0144`, { name: 'Margaret Liu', title: 'Associate Professor of History', company: 'Calloway College', phones: [['(802) 555-0144', 'other']], email: 'mliu@calloway.edu' }, 'address: "Hartwell Hall 214" is an office room; not graded as address either way');

add('us-chef-owner', 'US', 'Nico Alvarez <nico@saltandember.com>', EN('Jess') +
`Nico Alvarez
Chef/Owner
Salt & Ember
1208 Larimer St, Denver, CO 80204
720.555.0109`, { name: 'Nico Alvarez', title: 'Chef/Owner', company: 'Salt & Ember', phones: [['720.555.0109', 'other']], email: 'nico@saltandember.com', address: '1208 Larimer St, Denver, CO 80204' });

add('us-one-line', 'US', 'Nina Park <nina@quillonhealth.com>', EN('Omar') +
`— Nina Park | Data Scientist | Quillon Health | +1 206 555 0139`, { name: 'Nina Park', title: 'Data Scientist', company: 'Quillon Health', phones: [['+1 206 555 0139', 'other']], email: 'nina@quillonhealth.com' });

add('us-jr', 'US', 'Robert Hayes <rhayes@maplegroveschools.org>', MSG('Dear Parents,', 'Thank you for attending last night\'s board meeting. The minutes will be posted to the district site by Friday.') +
`Sincerely,
Robert L. Hayes Jr.
Superintendent
Maple Grove Public Schools
Phone: 763-555-0170 ext. 1001`, { name: ['Robert L. Hayes Jr.', 'Robert L. Hayes', 'Robert Hayes'], title: 'Superintendent', company: 'Maple Grove Public Schools', phones: [['763-555-0170 ext. 1001', 'work']], email: 'rhayes@maplegroveschools.org' });

add('us-gmail-freelancer', 'US', 'Kate <katemorrison.art@gmail.com>', EN('Lisa') +
`xo Kate
--
Kate Morrison
Freelance Illustrator
katemorrison.art
(503) 555-0154`, { name: 'Kate Morrison', title: 'Freelance Illustrator', phones: [['(503) 555-0154', 'other']], email: 'katemorrison.art@gmail.com' });

add('us-home-label', 'US', 'Paul Novak <pnovak@novakconsulting.com>', EN('Ray') +
`Paul Novak
Principal, Novak Consulting LLC
Office: 412-555-0138
Home: 412-555-0191`, { name: 'Paul Novak', title: 'Principal', company: 'Novak Consulting LLC', phones: [['412-555-0138', 'work'], ['412-555-0191', ['home', 'other']]], email: 'pnovak@novakconsulting.com' });

add('us-tel-fax', 'US', 'Gloria Stein <gstein@steinframing.com>', EN('Ed') +
`Gloria Stein
Steins Custom Framing
Tel/Fax: 845-555-0163`, { name: 'Gloria Stein', company: 'Steins Custom Framing', phones: [['845-555-0163', ['work', 'fax', 'other']]], email: 'gstein@steinframing.com' }, 'phonetype: combined Tel/Fax label');

// ---------------- CA ----------------
add('ca-address-label', 'CA', 'Sophie Tremblay <stremblay@northlakecap.ca>', EN('Ian') +
`Sophie Tremblay
Investment Advisor
Northlake Capital Inc.
A: 77 King Street West, Suite 2900, Toronto, ON M5K 1A1
T: 416-555-0117
E: stremblay@northlakecap.ca`, { name: 'Sophie Tremblay', title: 'Investment Advisor', company: 'Northlake Capital Inc.', phones: [['416-555-0117', 'work']], email: 'stremblay@northlakecap.ca', address: '77 King Street West, Suite 2900, Toronto, ON M5K 1A1' });

// ---------------- UK ----------------
add('uk-basic', 'UK', 'Oliver Bennett <o.bennett@hartleymoss.co.uk>', MSG('Dear Ms Clarke,', 'Further to our telephone conversation this morning, I attach the draft lease for your review.') +
`Kind regards,
Oliver Bennett
Senior Associate
Hartley Moss Solicitors LLP
3rd Floor, 22 Bedford Row
London WC1R 4JS
T: +44 (0)20 7946 0321
M: +44 (0)7700 900432`, { name: 'Oliver Bennett', title: 'Senior Associate', company: 'Hartley Moss Solicitors LLP', phones: [['+44 20 7946 0321', 'work'], ['+44 7700 900432', 'mobile']], email: 'o.bennett@hartleymoss.co.uk', address: '3rd Floor, 22 Bedford Row, London WC1R 4JS' });

add('uk-oneline-cheers', 'UK', 'Hannah Pritchard <hannah@oakfieldbrewing.co.uk>', EN('Tom') +
`Cheers,
Hannah
--
Hannah Pritchard | Marketing Manager | Oakfield Brewing Co.
07700 900815`, { name: 'Hannah Pritchard', title: 'Marketing Manager', company: 'Oakfield Brewing Co.', phones: [['07700 900815', ['mobile', 'other']]], email: 'hannah@oakfieldbrewing.co.uk' });

add('uk-unit', 'UK', 'Simon Clarke <simon.clarke@clarkedawson.co.uk>', EN('Raj') +
`Many thanks,
Simon Clarke
Operations Director
Clarke & Dawson Engineering Ltd
Unit 7, Riverside Business Park
Leeds LS10 1AB
Tel: 0113 496 0550
Mob: 07700 900123
Fax: 0113 496 0551`, { name: 'Simon Clarke', title: 'Operations Director', company: 'Clarke & Dawson Engineering Ltd', phones: [['0113 496 0550', 'work'], ['07700 900123', 'mobile'], ['0113 496 0551', 'fax']], email: 'simon.clarke@clarkedawson.co.uk', address: 'Unit 7, Riverside Business Park, Leeds LS10 1AB' });

add('uk-2001-twospace', 'UK', 'Ian Thornton <ian.thornton@broadacre.co.uk>', MSG('Dear Mr Shah', 'The calibration certificates for the three flow meters are attached. Delivery is booked for Tuesday.') +
`Regards

Ian Thornton
Technical Sales Engineer
Broadacre Instruments plc
Tel +44 1223 496012  Fax +44 1223 496013
email ian.thornton@broadacre.co.uk`, { name: 'Ian Thornton', title: 'Technical Sales Engineer', company: 'Broadacre Instruments plc', phones: [['+44 1223 496012', 'work'], ['+44 1223 496013', 'fax']], email: 'ian.thornton@broadacre.co.uk' });

add('uk-pronouns-uni', 'UK', 'Sam Okafor <sam.okafor@northbridge.ac.uk>', EN('Kerry') +
`Best,
Sam Okafor (he/him)
Learning Technologist
Digital Education Team
University of Northbridge
sam.okafor@northbridge.ac.uk
Tel: 0161 496 0471`, { name: 'Sam Okafor', title: ['Learning Technologist', 'Learning Technologist, Digital Education Team'], company: 'University of Northbridge', phones: [['0161 496 0471', 'work']], email: 'sam.okafor@northbridge.ac.uk' });

add('uk-vat-footer', 'UK', 'Emma Lowe <emma@lowedesign.co.uk>', EN('Chris') +
`Thanks,
Emma Lowe
Creative Director
Lowe Design Studio Ltd
t. 01632 960184
m. 07700 900377

Lowe Design Studio Ltd. Registered in England & Wales No. 08123456. VAT No. GB 123 4567 89.`, { name: 'Emma Lowe', title: 'Creative Director', company: 'Lowe Design Studio Ltd', phones: [['01632 960184', 'work'], ['07700 900377', 'mobile']], email: 'emma@lowedesign.co.uk' });

add('uk-whatsapp', 'UK', 'Gareth Hughes <gareth@valleyfencing.co.uk>', EN('Mrs Jones') +
`Diolch / Thanks,
Gareth Hughes
Valley Fencing & Landscapes
WhatsApp: +44 7700 900561
Cardiff CF10 1AA`, { name: 'Gareth Hughes', company: 'Valley Fencing & Landscapes', phones: [['+44 7700 900561', 'mobile']], email: 'gareth@valleyfencing.co.uk', address: 'Cardiff CF10 1AA' }, 'address: city+postcode only; a human might file it');

add('uk-company-top-dashes', 'UK', 'Priya Shah <priya.shah@thamesbridgeconsulting.co.uk>', EN('Mike') +
`Best wishes
Priya
-----------------------------------
Thamesbridge Consulting
Priya Shah | Principal Consultant
Direct: +44 20 7946 0958 | Mobile: +44 7700 900288
-----------------------------------`, { name: 'Priya Shah', title: 'Principal Consultant', company: 'Thamesbridge Consulting', phones: [['+44 20 7946 0958', 'work'], ['+44 7700 900288', 'mobile']], email: 'priya.shah@thamesbridgeconsulting.co.uk' });

// ---------------- DE / AT / CH ----------------
add('de-basic', 'DE', 'Katrin Vogel <k.vogel@brenner-maschinenbau.de>', MSG('Hallo Herr Weber,', 'anbei das Angebot für die Ersatzteile. Die Lieferzeit beträgt etwa drei Wochen.') +
`Viele Grüße
Katrin Vogel

Katrin Vogel
Leiterin Einkauf
Brenner Maschinenbau GmbH
Industriestraße 14
73730 Esslingen
Tel.: +49 711 123456-20
Mobil: +49 170 1234567
Fax: +49 711 123456-99
E-Mail: k.vogel@brenner-maschinenbau.de`, { name: 'Katrin Vogel', title: 'Leiterin Einkauf', company: 'Brenner Maschinenbau GmbH', phones: [['+49 711 123456-20', 'work'], ['+49 170 1234567', 'mobile'], ['+49 711 123456-99', 'fax']], email: 'k.vogel@brenner-maschinenbau.de', address: 'Industriestraße 14, 73730 Esslingen' });

add('de-dr-kg', 'DE', 'Stefan Lehmann <stefan.lehmann@lehmann-soehne.de>', MSG('Sehr geehrte Frau Krause,', 'vielen Dank für Ihre Anfrage. Gerne bestätigen wir den Termin am Donnerstag.') +
`Mit freundlichen Grüßen

Dr. Stefan Lehmann
Geschäftsführer
Lehmann & Söhne KG
Am Hafen 3, 28217 Bremen
T +49 421 987650
stefan.lehmann@lehmann-soehne.de`, { name: ['Dr. Stefan Lehmann', 'Stefan Lehmann'], title: 'Geschäftsführer', company: 'Lehmann & Söhne KG', phones: [['+49 421 987650', 'work']], email: 'stefan.lehmann@lehmann-soehne.de', address: 'Am Hafen 3, 28217 Bremen' });

add('de-pipe', 'DE', 'Jonas Albrecht <jonas@flinkwerk.de>', MSG('Hi Lea,', 'kurzes Update: der Build läuft wieder, ich habe den Fix gerade gemergt.') +
`Beste Grüße,
Jonas Albrecht
Softwareentwickler | Flinkwerk GmbH
Rosenthaler Str. 40, 10178 Berlin
+49 30 55512345`, { name: 'Jonas Albrecht', title: 'Softwareentwickler', company: 'Flinkwerk GmbH', phones: [['+49 30 55512345', 'other']], email: 'jonas@flinkwerk.de', address: 'Rosenthaler Str. 40, 10178 Berlin' });

add('de-ug', 'DE', 'Miriam Schäfer <miriam@pixelhafen.de>', MSG('Hey Tim,', 'die Screens sind fertig, Link kommt gleich per Slack.') +
`LG
Miriam

--
Miriam Schäfer
Senior UX Designerin
Pixelhafen UG (haftungsbeschränkt)
miriam@pixelhafen.de | pixelhafen.de`, { name: 'Miriam Schäfer', title: 'Senior UX Designerin', company: 'Pixelhafen UG (haftungsbeschränkt)', phones: [], email: 'miriam@pixelhafen.de' }, undefined);

add('de-hrb-footer', 'DE', 'Andreas Keller <a.keller@keller-logistik.de>', MSG('Guten Tag Herr Braun,', 'die Sendung wurde heute verladen und ist morgen früh bei Ihnen.') +
`Freundliche Grüße
Andreas Keller
Disponent
Keller Logistik GmbH
Hafenstraße 7, 20457 Hamburg
Telefon: 040 1234 5670
Telefax: 040 1234 5679

Keller Logistik GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 123456 · USt-IdNr. DE123456789 · Geschäftsführer: Andreas Keller`, { name: 'Andreas Keller', title: 'Disponent', company: 'Keller Logistik GmbH', phones: [['040 1234 5670', 'work'], ['040 1234 5679', 'fax']], email: 'a.keller@keller-logistik.de', address: 'Hafenstraße 7, 20457 Hamburg' });

add('at-basic', 'DE', 'Eva Huber <eva.huber@alpenblick-hotel.at>', MSG('Liebe Frau Schmid,', 'gerne reservieren wir das Doppelzimmer vom 3. bis 7. Juli für Sie.') +
`Herzliche Grüße aus Tirol
Eva Huber
Rezeption & Reservierung
Hotel Alpenblick
Dorfstraße 21, 6330 Kufstein
Tel. +43 5372 12345`, { name: 'Eva Huber', title: 'Rezeption & Reservierung', company: 'Hotel Alpenblick', phones: [['+43 5372 12345', 'work']], email: 'eva.huber@alpenblick-hotel.at', address: 'Dorfstraße 21, 6330 Kufstein' }, 'title: "Rezeption & Reservierung" is a department-like function');

add('ch-natel', 'DE', 'Reto Baumann <reto.baumann@baumann-holzbau.ch>', MSG('Grüezi Herr Meier', 'Die Offerte für das Vordach ist im Anhang.') +
`Freundliche Grüsse
Reto Baumann
Projektleiter
Baumann Holzbau AG
Tel. 044 123 45 67
Natel 079 123 45 67`, { name: 'Reto Baumann', title: 'Projektleiter', company: 'Baumann Holzbau AG', phones: [['044 123 45 67', 'work'], ['079 123 45 67', 'mobile']], email: 'reto.baumann@baumann-holzbau.ch' });

// ---------------- FR ----------------
add('fr-basic', 'FR', 'Claire Dubois <claire.dubois@atelier-lumiere.fr>', MSG('Bonjour Monsieur Martin,', 'Suite à notre échange, je vous transmets le devis pour l\'éclairage du showroom.') +
`Cordialement,

Claire Dubois
Responsable Commerciale
Atelier Lumière SARL
12 rue des Tanneurs
69002 Lyon
Tél. : +33 4 72 00 11 22
Port. : +33 6 12 34 56 78`, { name: 'Claire Dubois', title: 'Responsable Commerciale', company: 'Atelier Lumière SARL', phones: [['+33 4 72 00 11 22', 'work'], ['+33 6 12 34 56 78', 'mobile']], email: 'claire.dubois@atelier-lumiere.fr', address: '12 rue des Tanneurs, 69002 Lyon' });

add('fr-chez', 'FR', 'Julien Moreau <julien.moreau@numeria.fr>', MSG('Salut Paul,', 'Je te renvoie le planning mis à jour, dis-moi si ça te va.') +
`Bien à vous,
Julien Moreau
Chef de projet chez Numéria SAS
01 44 55 66 77 – 06 98 76 54 32`, { name: 'Julien Moreau', title: 'Chef de projet', company: 'Numéria SAS', phones: [['01 44 55 66 77', 'other'], ['06 98 76 54 32', ['mobile', 'other']]], email: 'julien.moreau@numeria.fr' });

add('fr-2001', 'FR', 'Philippe Garnier <p.garnier@sogetram.fr>', MSG('Bonjour,', 'Veuillez trouver ci-joint le bon de commande signé.') +
`A+
--
Philippe Garnier
Directeur Technique
SOGETRAM S.A.
45, avenue de la République - 75011 Paris
Tel: 01.43.55.20.10 / Fax: 01.43.55.20.11`, { name: 'Philippe Garnier', title: 'Directeur Technique', company: 'SOGETRAM S.A.', phones: [['01.43.55.20.10', 'work'], ['01.43.55.20.11', 'fax']], email: 'p.garnier@sogetram.fr', address: '45, avenue de la République, 75011 Paris' });

add('fr-siret', 'FR', 'Amélie Laurent <amelie@boulangerie-laurent.fr>', MSG('Bonjour Madame,', 'Nous confirmons la commande de 200 viennoiseries pour samedi matin.') +
`Bien cordialement,
Amélie Laurent
Gérante
Boulangerie Laurent
8 place du Marché, 33000 Bordeaux
05 56 12 34 56
SIRET 123 456 789 00012`, { name: 'Amélie Laurent', title: 'Gérante', company: 'Boulangerie Laurent', phones: [['05 56 12 34 56', 'other']], email: 'amelie@boulangerie-laurent.fr', address: '8 place du Marché, 33000 Bordeaux' });

// ---------------- ES / LatAm ----------------
add('es-basic', 'ES', 'Lucía Fernández <lfernandez@grupoalfaro.es>', MSG('Hola Carlos,', 'Te adjunto la propuesta de campaña para el segundo trimestre. Quedo atenta a tus comentarios.') +
`Un saludo,

Lucía Fernández
Directora de Marketing
Grupo Alfaro S.L.
Calle de Serrano 41, 3ª planta
28001 Madrid
Tel. +34 914 123 456
Móvil +34 612 345 678`, { name: 'Lucía Fernández', title: 'Directora de Marketing', company: 'Grupo Alfaro S.L.', phones: [['+34 914 123 456', 'work'], ['+34 612 345 678', 'mobile']], email: 'lfernandez@grupoalfaro.es', address: 'Calle de Serrano 41, 3ª planta, 28001 Madrid' });

add('es-en-company', 'ES', 'Javier Ortega <jortega@tecnihidra.es>', MSG('Buenos días Sr. Ruiz,', 'Le envío la ficha técnica de la bomba que comentamos ayer.') +
`Saludos cordiales,
Javier Ortega
Ingeniero de Ventas en Técnicas Hidráulicas del Norte S.A.
T: 944 112 233 | M: 655 443 322`, { name: 'Javier Ortega', title: 'Ingeniero de Ventas', company: 'Técnicas Hidráulicas del Norte S.A.', phones: [['944 112 233', 'work'], ['655 443 322', 'mobile']], email: 'jortega@tecnihidra.es' });

add('mx-basic', 'ES', 'Gabriela Torres <gtorres@solmarinmobiliaria.mx>', MSG('Estimado Lic. Ramírez:', 'Le confirmo la visita al departamento el jueves a las 11:00.') +
`Atentamente,
Lic. Gabriela Torres
Asesora Inmobiliaria
Solmar Inmobiliaria S.A. de C.V.
Av. Insurgentes Sur 1602, Piso 4
Col. Crédito Constructor, 03940 Ciudad de México
Cel. 55 1234 5678`, { name: ['Gabriela Torres', 'Lic. Gabriela Torres'], title: 'Asesora Inmobiliaria', company: 'Solmar Inmobiliaria S.A. de C.V.', phones: [['55 1234 5678', 'mobile']], email: 'gtorres@solmarinmobiliaria.mx', address: 'Av. Insurgentes Sur 1602, Piso 4, Col. Crédito Constructor, 03940 Ciudad de México' });

// ---------------- IT ----------------
add('it-basic', 'IT', 'Giulia Romano <g.romano@ferrettitessuti.it>', MSG('Gentile Dott. Conti,', 'Le invio in allegato la fattura relativa all\'ordine di marzo.') +
`Cordiali saluti,
Giulia Romano
Responsabile Amministrazione
Ferretti Tessuti S.r.l.
Via Garibaldi 27
20121 Milano (MI)
Tel. 02 8765 4321
Cell. 347 123 4567`, { name: 'Giulia Romano', title: 'Responsabile Amministrazione', company: 'Ferretti Tessuti S.r.l.', phones: [['02 8765 4321', 'work'], ['347 123 4567', 'mobile']], email: 'g.romano@ferrettitessuti.it', address: 'Via Garibaldi 27, 20121 Milano (MI)' });

add('it-dash-piva', 'IT', 'Marco Bianchi <marco.bianchi@vetreriabianchi.it>', MSG('Buongiorno,', 'confermo la disponibilità dei campioni per la fiera di settembre.') +
`Un caro saluto
Marco Bianchi
Direttore Commerciale – Vetreria Bianchi S.p.A.
Viale Europa 112, 50126 Firenze
+39 055 123 4567 | +39 335 765 4321
P.IVA 01234567890`, { name: 'Marco Bianchi', title: 'Direttore Commerciale', company: 'Vetreria Bianchi S.p.A.', phones: [['+39 055 123 4567', 'other'], ['+39 335 765 4321', ['mobile', 'other']]], email: 'marco.bianchi@vetreriabianchi.it', address: 'Viale Europa 112, 50126 Firenze' });

// ---------------- NL / BE ----------------
add('nl-basic', 'NL', 'Sanne de Vries <s.devries@vandijkbouw.nl>', MSG('Beste Mark,', 'Hierbij de planning voor de oplevering van fase 2.') +
`Met vriendelijke groet,

Sanne de Vries
Projectleider
Van Dijk Bouw B.V.
Keizersgracht 221
1016 DV Amsterdam
T 020 123 4567
M 06 12345678`, { name: 'Sanne de Vries', title: 'Projectleider', company: 'Van Dijk Bouw B.V.', phones: [['020 123 4567', 'work'], ['06 12345678', 'mobile']], email: 's.devries@vandijkbouw.nl', address: 'Keizersgracht 221, 1016 DV Amsterdam' });

add('nl-pipe', 'NL', 'Pieter van den Berg <pieter@horizonadvies.nl>', MSG('Hoi Joost,', 'Prima, dan zie ik je dinsdag om tien uur.') +
`Groeten,
Pieter van den Berg
Adviseur | Horizon Advies
pieter@horizonadvies.nl | 06 87654321`, { name: 'Pieter van den Berg', title: 'Adviseur', company: 'Horizon Advies', phones: [['06 87654321', ['mobile', 'other']]], email: 'pieter@horizonadvies.nl' });

add('be-basic', 'NL', 'Lotte Peeters <lotte.peeters@delta-architecten.be>', MSG('Dag Koen,', 'In bijlage de aangepaste plannen voor de vergunning.') +
`Vriendelijke groeten,
Lotte Peeters
Architect - Vennoot
Delta Architecten BV
Meir 44, 2000 Antwerpen
+32 3 123 45 67`, { name: 'Lotte Peeters', title: ['Architect - Vennoot', 'Architect'], company: 'Delta Architecten BV', phones: [['+32 3 123 45 67', 'other']], email: 'lotte.peeters@delta-architecten.be', address: 'Meir 44, 2000 Antwerpen' });

// ---------------- Nordics ----------------
add('se-basic', 'Nordics', 'Erik Lindqvist <erik.lindqvist@nordstromverktyg.se>', MSG('Hej Anna,', 'Här kommer offerten på borrmaskinerna som vi pratade om.') +
`Med vänliga hälsningar
Erik Lindqvist
Försäljningschef
Nordström Verktyg AB
Kungsgatan 12
111 43 Stockholm
Tel: 08-123 456 78
Mobil: 070-123 45 67`, { name: 'Erik Lindqvist', title: 'Försäljningschef', company: 'Nordström Verktyg AB', phones: [['08-123 456 78', 'work'], ['070-123 45 67', 'mobile']], email: 'erik.lindqvist@nordstromverktyg.se', address: 'Kungsgatan 12, 111 43 Stockholm' });

add('no-pipe', 'Nordics', 'Ingrid Halvorsen <ingrid@fjellsyn.no>', MSG('Hei Lars,', 'Visningen er flyttet til onsdag kl. 17.') +
`Vennlig hilsen
Ingrid Halvorsen
Daglig leder | Fjellsyn Eiendom AS
Storgata 15, 0155 Oslo
Mob: +47 912 34 567`, { name: 'Ingrid Halvorsen', title: 'Daglig leder', company: 'Fjellsyn Eiendom AS', phones: [['+47 912 34 567', 'mobile']], email: 'ingrid@fjellsyn.no', address: 'Storgata 15, 0155 Oslo' });

add('dk-basic', 'Nordics', 'Mads Kristensen <mk@blaabjerg-moebler.dk>', MSG('Hej Sofie,', 'Sofaen kan leveres i uge 32.') +
`Venlig hilsen
Mads Kristensen
Salgskonsulent
Blåbjerg Møbler A/S
Vestergade 8, 8000 Aarhus C
Tlf. +45 86 12 34 56
Mobil +45 20 12 34 56`, { name: 'Mads Kristensen', title: 'Salgskonsulent', company: 'Blåbjerg Møbler A/S', phones: [['+45 86 12 34 56', 'work'], ['+45 20 12 34 56', 'mobile']], email: 'mk@blaabjerg-moebler.dk', address: 'Vestergade 8, 8000 Aarhus C' });

add('fi-basic', 'Nordics', 'Aino Virtanen <aino.virtanen@kuusisto.fi>', MSG('Hei Mikko,', 'Tilausvahvistus on liitteenä.') +
`Ystävällisin terveisin
Aino Virtanen
Myyntipäällikkö
Kuusisto Oy
Puh. +358 9 1234 5678
GSM +358 40 123 4567`, { name: 'Aino Virtanen', title: 'Myyntipäällikkö', company: 'Kuusisto Oy', phones: [['+358 9 1234 5678', 'work'], ['+358 40 123 4567', 'mobile']], email: 'aino.virtanen@kuusisto.fi' });

add('is-basic', 'Nordics', 'Guðrún Jónsdóttir <gudrun@nordurljos.is>', MSG('Sæll Jón,', 'Takk fyrir fundinn í gær.') +
`Kær kveðja,
Guðrún Jónsdóttir
Framkvæmdastjóri
Norðurljós ehf.
Laugavegur 26, 101 Reykjavík
Sími: +354 551 2345`, { name: 'Guðrún Jónsdóttir', title: 'Framkvæmdastjóri', company: 'Norðurljós ehf.', phones: [['+354 551 2345', 'work']], email: 'gudrun@nordurljos.is', address: 'Laugavegur 26, 101 Reykjavík' });

// ---------------- PL ----------------
add('pl-basic', 'PL', 'Tomasz Nowak <t.nowak@budkraft.pl>', MSG('Dzień dobry Panie Marku,', 'w załączniku przesyłam harmonogram prac na przyszły tydzień.') +
`Pozdrawiam serdecznie
Tomasz Nowak
Kierownik Projektu
Budkraft Sp. z o.o.
ul. Marszałkowska 84/92
00-514 Warszawa
tel. +48 22 123 45 67
kom. +48 601 234 567`, { name: 'Tomasz Nowak', title: 'Kierownik Projektu', company: 'Budkraft Sp. z o.o.', phones: [['+48 22 123 45 67', 'work'], ['+48 601 234 567', 'mobile']], email: 't.nowak@budkraft.pl', address: 'ul. Marszałkowska 84/92, 00-514 Warszawa' });

add('pl-nip', 'PL', 'Agnieszka Wójcik <a.wojcik@zielonydom.pl>', MSG('Witam,', 'potwierdzam rezerwację sali na 12 osób.') +
`Z poważaniem
Agnieszka Wójcik
Specjalista ds. Sprzedaży
Zielony Dom Sp. z o.o.
Tel.: +48 12 345 67 89
NIP: 677-123-45-67`, { name: 'Agnieszka Wójcik', title: 'Specjalista ds. Sprzedaży', company: 'Zielony Dom Sp. z o.o.', phones: [['+48 12 345 67 89', 'work']], email: 'a.wojcik@zielonydom.pl' });

// ---------------- BR / PT ----------------
add('br-basic', 'BR', 'Rafael Souza <rafael.souza@verticetec.com.br>', MSG('Olá Fernanda,', 'Segue a proposta revisada com os novos valores de licenciamento.') +
`Abraços,
Rafael Souza
Gerente de Contas
Vértice Tecnologia Ltda.
Av. Paulista, 1578 – 12º andar
01310-200 São Paulo – SP
Tel: +55 11 3456-7890
Cel: +55 11 98765-4321`, { name: 'Rafael Souza', title: 'Gerente de Contas', company: 'Vértice Tecnologia Ltda.', phones: [['+55 11 3456-7890', 'work'], ['+55 11 98765-4321', 'mobile']], email: 'rafael.souza@verticetec.com.br', address: 'Av. Paulista, 1578 – 12º andar, 01310-200 São Paulo – SP' });

add('br-whatsapp', 'BR', 'Juliana Costa <juliana@costaeventos.com.br>', MSG('Oi Bruno,', 'Fechado! Te mando o contrato ainda hoje.') +
`Beijos,
Ju
--
Juliana Costa
Produtora de Eventos | Costa Eventos
WhatsApp: (21) 99876-5432`, { name: 'Juliana Costa', title: 'Produtora de Eventos', company: 'Costa Eventos', phones: [['(21) 99876-5432', 'mobile']], email: 'juliana@costaeventos.com.br' });

add('pt-basic', 'BR', 'João Pereira <joao.pereira@atlanticovinhos.pt>', MSG('Caro Sr. Silva,', 'Envio em anexo a tabela de preços para 2025.') +
`Com os melhores cumprimentos,
João Pereira
Diretor de Exportação
Atlântico Vinhos, Lda.
Rua Augusta, 120, 1100-053 Lisboa
Tel.: +351 21 123 4567
Telm.: +351 912 345 678`, { name: 'João Pereira', title: 'Diretor de Exportação', company: 'Atlântico Vinhos, Lda.', phones: [['+351 21 123 4567', 'work'], ['+351 912 345 678', 'mobile']], email: 'joao.pereira@atlanticovinhos.pt', address: 'Rua Augusta, 120, 1100-053 Lisboa' });

// ---------------- IN ----------------
add('in-basic', 'IN', 'Ananya Iyer <ananya.iyer@kaveriinfotech.in>', MSG('Hi Rahul,', 'PFA the updated test report for build 4.2. Two issues are still open.') +
`Thanks & Regards,
Ananya Iyer
Senior Software Engineer
Kaveri Infotech Pvt. Ltd.
4th Floor, Prestige Tower, MG Road
Bengaluru 560001, Karnataka
Mob: +91 98450 12345
Ph: +91 80 4123 4567`, { name: 'Ananya Iyer', title: 'Senior Software Engineer', company: 'Kaveri Infotech Pvt. Ltd.', phones: [['+91 98450 12345', 'mobile'], ['+91 80 4123 4567', 'work']], email: 'ananya.iyer@kaveriinfotech.in', address: '4th Floor, Prestige Tower, MG Road, Bengaluru 560001, Karnataka' });

add('in-name-pipe', 'IN', 'Rohit Malhotra <rohit@suryodayexports.com>', MSG('Dear Sir,', 'Kindly find attached the proforma invoice for 500 units. Shipment can be arranged within 15 days.') +
`Warm regards,
Rohit Malhotra | Business Development Manager
Suryoday Exports Pvt Ltd
Plot No. 22, Sector 18, Gurugram, Haryana 122015
+91-124-4567890 | +91-9876543210`, { name: 'Rohit Malhotra', title: 'Business Development Manager', company: 'Suryoday Exports Pvt Ltd', phones: [['+91-124-4567890', 'other'], ['+91-9876543210', ['mobile', 'other']]], email: 'rohit@suryodayexports.com', address: 'Plot No. 22, Sector 18, Gurugram, Haryana 122015' });

add('in-ca', 'IN', 'Suresh Menon <suresh@menonassociates.in>', MSG('Dear Mr. Kapoor,', 'The audit schedule for Q3 is attached. Please share the ledgers by the 10th.') +
`Regards,
CA Suresh Menon
Partner
Menon & Associates, Chartered Accountants
Tel: +91 44 2812 3456`, { name: ['Suresh Menon', 'CA Suresh Menon'], title: 'Partner', company: ['Menon & Associates', 'Menon & Associates, Chartered Accountants'], phones: [['+91 44 2812 3456', 'work']], email: 'suresh@menonassociates.in' });

// ---------------- JP ----------------
add('jp-native', 'JP', 'Taro Yamada <t.yamada@hoshizora-giken.co.jp>', MSG('鈴木様', 'いつもお世話になっております。先日の見積書を添付いたします。') +
`よろしくお願いいたします。

山田 太郎
株式会社ほしぞら技研
営業部 課長
〒150-0002 東京都渋谷区渋谷2-21-1
TEL: 03-1234-5678
FAX: 03-1234-5679
Mobile: 090-1234-5678`, { name: ['山田 太郎', '山田太郎', 'Taro Yamada'], title: ['課長', '営業部 課長'], company: '株式会社ほしぞら技研', phones: [['03-1234-5678', 'work'], ['03-1234-5679', 'fax'], ['090-1234-5678', 'mobile']], email: 't.yamada@hoshizora-giken.co.jp', address: ['〒150-0002 東京都渋谷区渋谷2-21-1', '東京都渋谷区渋谷2-21-1'] });

add('jp-english', 'JP', 'Kenji Watanabe <k-watanabe@sakura-precision.co.jp>', MSG('Dear Mr. Brown,', 'Thank you for your order. We will ship the bearings on Monday.') +
`Best regards,
Kenji Watanabe
General Manager, Overseas Sales Dept.
Sakura Precision Co., Ltd.
1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan
Tel: +81-3-1234-5678  Fax: +81-3-1234-5670`, { name: 'Kenji Watanabe', title: ['General Manager, Overseas Sales Dept.', 'General Manager'], company: 'Sakura Precision Co., Ltd.', phones: [['+81-3-1234-5678', 'work'], ['+81-3-1234-5670', 'fax']], email: 'k-watanabe@sakura-precision.co.jp', address: '1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan' });

// ---------------- CN ----------------
add('cn-english', 'CN', 'Leo Wang <leo.wang@huaxin-elec.com>', MSG('Dear Sarah,', 'Please check the attached quotation for the PCB assemblies. MOQ is 1000 pcs.') +
`Best Regards,
Wang Lei (Leo)
Purchasing Manager
Shenzhen Huaxin Electronics Co., Ltd.
Add: 5F, Building B, Tianan Cyber Park, Futian District, Shenzhen, China
Tel: +86-755-8123 4567
Mob: +86 138 0013 8000
Email: leo.wang@huaxin-elec.com`, { name: ['Wang Lei', 'Wang Lei (Leo)', 'Leo Wang'], title: 'Purchasing Manager', company: 'Shenzhen Huaxin Electronics Co., Ltd.', phones: [['+86-755-8123 4567', 'work'], ['+86 138 0013 8000', 'mobile']], email: 'leo.wang@huaxin-elec.com', address: '5F, Building B, Tianan Cyber Park, Futian District, Shenzhen, China' });

add('cn-native', 'CN', '李明 <liming@xinghe-trade.cn>', MSG('张经理您好：', '附件是本月的报价单，请查收。') +
`此致
敬礼

李明
销售总监
上海星河贸易有限公司
电话：021-6123 4567
手机：139 1234 5678`, { name: '李明', title: '销售总监', company: '上海星河贸易有限公司', phones: [['021-6123 4567', 'work'], ['139 1234 5678', 'mobile']], email: 'liming@xinghe-trade.cn' });

// ---------------- AU / NZ ----------------
add('au-basic', 'AU', "Mick O'Connell <mick@redgumconstructions.com.au>", MSG('G\'day Steve,', 'Slab pour is locked in for Friday morning, weather permitting.') +
`Cheers,
Mick O'Connell
Site Supervisor
Redgum Constructions Pty Ltd
Level 2, 100 Queen Street
Brisbane QLD 4000
P: (07) 3123 4567
M: 0412 345 678`, { name: "Mick O'Connell", title: 'Site Supervisor', company: 'Redgum Constructions Pty Ltd', phones: [['(07) 3123 4567', 'work'], ['0412 345 678', 'mobile']], email: 'mick@redgumconstructions.com.au', address: 'Level 2, 100 Queen Street, Brisbane QLD 4000' });

add('au-shop', 'AU', 'Chloe Nguyen <chloe@baysidephysio.com.au>', EN('Mrs Taylor') +
`Thanks heaps,
Chloe Nguyen
Practice Manager | Bayside Physio
Shop 4, 12 Bay Road, Sandringham VIC 3191
ph 03 9555 1234`, { name: 'Chloe Nguyen', title: 'Practice Manager', company: 'Bayside Physio', phones: [['03 9555 1234', 'work']], email: 'chloe@baysidephysio.com.au', address: 'Shop 4, 12 Bay Road, Sandringham VIC 3191' });

add('nz-basic', 'AU', 'Aroha Tane <aroha.tane@kauriwoodworks.co.nz>', MSG('Kia ora Ben,', 'The bench tops are ready for pickup from Wednesday.') +
`Ngā mihi,
Aroha Tane
Workshop Manager
Kauri Woodworks Ltd
15 Great South Road, Papakura, Auckland 2110
Ph: 09 298 1234 | Mob: 021 123 4567`, { name: 'Aroha Tane', title: 'Workshop Manager', company: 'Kauri Woodworks Ltd', phones: [['09 298 1234', 'work'], ['021 123 4567', 'mobile']], email: 'aroha.tane@kauriwoodworks.co.nz', address: '15 Great South Road, Papakura, Auckland 2110' });

// ---------------- more layouts ----------------
add('lay-title-first', 'Layout', 'Hugo Lambert <hugo.lambert@clearwatermarine.com>', EN('Dieter') +
`Regards,
Hugo Lambert
Clearwater Marine Services Ltd.
Fleet Technical Superintendent
Tel: +44 1752 960311
Mob: +44 7700 900845`, { name: 'Hugo Lambert', title: 'Fleet Technical Superintendent', company: 'Clearwater Marine Services Ltd.', phones: [['+44 1752 960311', 'work'], ['+44 7700 900845', 'mobile']], email: 'hugo.lambert@clearwatermarine.com' });

add('lay-manager-comma', 'Layout', 'Denise Carter <dcarter@alderbrookfoods.com>', EN('Matt') +
`Denise Carter
Manager, Sales Operations
Alderbrook Foods, Inc.
(919) 555-0186 office
(919) 555-0149 mobile`, { name: 'Denise Carter', title: 'Manager, Sales Operations', company: 'Alderbrook Foods, Inc.', phones: [['(919) 555-0186', 'work'], ['(919) 555-0149', 'mobile']], email: 'dcarter@alderbrookfoods.com' });

add('lay-head-emea', 'Layout', 'Lars Eriksen <lars.eriksen@polarisgrid.com>', EN('Fiona') +
`Best,
Lars Eriksen
Head of Sales & Marketing EMEA
Polaris Grid Technologies
+45 33 12 34 56 (office) / +45 40 12 34 56 (mobile)`, { name: 'Lars Eriksen', title: 'Head of Sales & Marketing EMEA', company: 'Polaris Grid Technologies', phones: [['+45 33 12 34 56', 'work'], ['+45 40 12 34 56', 'mobile']], email: 'lars.eriksen@polarisgrid.com' });

add('lay-assistant-to', 'Layout', 'Jenna Brooks <jbrooks@halvorsonmfg.com>', EN('Tina') +
`Jenna Brooks
Executive Assistant to the CEO
Halvorson Manufacturing Company
Phone: 262-555-0129`, { name: 'Jenna Brooks', title: 'Executive Assistant to the CEO', company: 'Halvorson Manufacturing Company', phones: [['262-555-0129', 'work']], email: 'jbrooks@halvorsonmfg.com' });

add('lay-principal-assoc', 'Layout', 'Walter Smith <wsmith@smithassociates.com>', EN('Ken') +
`Walter Smith, P.E.
Principal
Smith & Associates Structural Engineers
T 503.555.0132 | M 503.555.0181
1001 SW Fifth Ave, Suite 1100, Portland, OR 97204`, { name: ['Walter Smith', 'Walter Smith, P.E.'], title: 'Principal', company: 'Smith & Associates Structural Engineers', phones: [['503.555.0132', 'work'], ['503.555.0181', 'mobile']], email: 'wsmith@smithassociates.com', address: '1001 SW Fifth Ave, Suite 1100, Portland, OR 97204' });

add('lay-skype', 'Layout', 'Irina Petrova <irina.petrova@bluefjordsoft.com>', EN('Alex') +
`Kind regards,
Irina Petrova
QA Lead | Bluefjord Software
Skype: irina.petrova.bf
Mobile: +371 2612 3456`, { name: 'Irina Petrova', title: 'QA Lead', company: 'Bluefjord Software', phones: [['+371 2612 3456', 'mobile']], email: 'irina.petrova@bluefjordsoft.com' });

add('lay-sent-from-phone', 'Layout', 'Ben Carter <ben.carter@silverlinehvac.com>', EN('Josh') +
`Ben Carter
Field Technician
Silverline HVAC
Cell: 602-555-0115

Sent from my iPhone`, { name: 'Ben Carter', title: 'Field Technician', company: 'Silverline HVAC', phones: [['602-555-0115', 'mobile']], email: 'ben.carter@silverlinehvac.com' });

add('lay-country-line', 'Layout', 'Megan Ross <mross@harborviewlabs.com>', EN('Dr. Ito') +
`Regards,
Megan Ross
Laboratory Manager
Harborview Labs
Suite 400
1 Main Street
Boston, MA 02110
USA
Tel: +1 617 555 0103`, { name: 'Megan Ross', title: 'Laboratory Manager', company: 'Harborview Labs', phones: [['+1 617 555 0103', 'work']], email: 'mross@harborviewlabs.com', address: 'Suite 400, 1 Main Street, Boston, MA 02110, USA' });

add('lay-title-at-co-caps', 'Layout', 'Omar Haddad <omar@quartzly.co>', EN('Nora') +
`Omar Haddad
Co-founder & CTO at Quartzly
m: +1 (415) 555-0163`, { name: 'Omar Haddad', title: 'Co-founder & CTO', company: 'Quartzly', phones: [['+1 (415) 555-0163', 'mobile']], email: 'omar@quartzly.co' });

add('lay-dash-sep-sig', 'Layout', 'Patrick Doyle <pdoyle@emeraldtiles.ie>', MSG('Hi Siobhan,', 'The tiles arrived this morning, I\'ll have the lads start on Monday.') +
`Slán,
Patrick Doyle
Contracts Manager - Emerald Tiles Ltd.
Unit 3, Ballymount Industrial Estate, Dublin 12
T: 01 456 7890 | M: 087 123 4567`, { name: 'Patrick Doyle', title: 'Contracts Manager', company: 'Emerald Tiles Ltd.', phones: [['01 456 7890', 'work'], ['087 123 4567', 'mobile']], email: 'pdoyle@emeraldtiles.ie', address: 'Unit 3, Ballymount Industrial Estate, Dublin 12' });

add('lay-email-then-name', 'Layout', 'Yusuf Demir <yusuf.demir@anatoliatextile.com.tr>', MSG('Dear Mr. Klein,', 'Please find the shipping documents attached.') +
`Best regards,
Yusuf Demir
Export Manager
Anatolia Textile A.Ş.
Organize Sanayi Bölgesi, 3. Cadde No:12, 16140 Bursa, Turkey
T: +90 224 123 45 67
M: +90 532 123 45 67`, { name: 'Yusuf Demir', title: 'Export Manager', company: 'Anatolia Textile A.Ş.', phones: [['+90 224 123 45 67', 'work'], ['+90 532 123 45 67', 'mobile']], email: 'yusuf.demir@anatoliatextile.com.tr', address: 'Organize Sanayi Bölgesi, 3. Cadde No:12, 16140 Bursa, Turkey' });

add('lay-phone-words', 'Layout', 'Tara Quinn <tara@quinnphoto.com>', EN('Emily') +
`xx
Tara Quinn Photography
Tara Quinn, Owner & Lead Photographer
call or text 317-555-0157
quinnphoto.com`, { name: 'Tara Quinn', title: 'Owner & Lead Photographer', company: 'Tara Quinn Photography', phones: [['317-555-0157', 'mobile']], email: 'tara@quinnphoto.com' }, 'company,phonetype: company above name is the person\'s own business; "call or text" implies mobile');

add('lay-dr-clinic', 'Layout', 'Sarah Goldberg <drgoldberg@riverbendfamilydental.com>', MSG('Hi Mrs. Patel,', 'Just a reminder that your cleaning is on Tuesday at 9am.') +
`Dr. Sarah Goldberg, DDS
Riverbend Family Dental
2240 River Rd, Suite B
Eugene, OR 97404
Office (541) 555-0172 | Fax (541) 555-0173`, { name: ['Sarah Goldberg', 'Dr. Sarah Goldberg', 'Dr. Sarah Goldberg, DDS'], title: ['Dentist', 'DDS'], company: 'Riverbend Family Dental', phones: [['(541) 555-0172', 'work'], ['(541) 555-0173', 'fax']], email: 'drgoldberg@riverbendfamilydental.com', address: '2240 River Rd, Suite B, Eugene, OR 97404' }, 'title: no explicit title line (DDS is a degree)');

add('lay-2001-stars', 'Layout', 'Gary Lindstrom <glindstrom@prairiegrain.com>', MSG('Bob -', 'Here are the basis numbers for next week. Call if you have questions.') +
`Gary
**************************************
Gary Lindstrom
Grain Merchandiser
Prairie Grain Cooperative
(402) 555-0146 work
(402) 555-0197 cell
(402) 555-0147 fax
**************************************`, { name: 'Gary Lindstrom', title: 'Grain Merchandiser', company: 'Prairie Grain Cooperative', phones: [['(402) 555-0146', 'work'], ['(402) 555-0197', 'mobile'], ['(402) 555-0147', 'fax']], email: 'glindstrom@prairiegrain.com' });

add('lay-kr', 'Layout', 'Minji Kim <minji.kim@hanbitsoft.co.kr>', MSG('Dear Tom,', 'Attached is the localization estimate for the Korean release.') +
`Best regards,
Minji Kim
Localization Manager
Hanbit Soft Co., Ltd.
Tel: +82-2-1234-5678 | Mobile: +82-10-1234-5678`, { name: 'Minji Kim', title: 'Localization Manager', company: 'Hanbit Soft Co., Ltd.', phones: [['+82-2-1234-5678', 'work'], ['+82-10-1234-5678', 'mobile']], email: 'minji.kim@hanbitsoft.co.kr' });

add('lay-inline-dot-sep', 'Layout', 'Clara Jensen <clara@nordlysdesign.dk>', MSG('Hi Anna,', 'Love the new moodboard, let\'s finalise on Friday.') +
`Clara Jensen · Interior Designer · Nordlys Design ApS
+45 22 33 44 55 · clara@nordlysdesign.dk`, { name: 'Clara Jensen', title: 'Interior Designer', company: 'Nordlys Design ApS', phones: [['+45 22 33 44 55', ['mobile', 'other']]], email: 'clara@nordlysdesign.dk' });

add('lay-dept-company-line', 'Layout', 'Raymond Cho <raymond.cho@westbrookbank.com>', EN('Helen') +
`Raymond Cho
Vice President
Commercial Lending | Westbrook Bank
T 626.555.0121
NMLS ID 765432`, { name: 'Raymond Cho', title: ['Vice President', 'Vice President, Commercial Lending'], company: 'Westbrook Bank', phones: [['626.555.0121', 'work']], email: 'raymond.cho@westbrookbank.com' });

add('lay-reg-nr-de', 'Layout', 'Felix Wagner <felix.wagner@wagner-steuer.de>', MSG('Sehr geehrter Herr Roth,', 'anbei die Unterlagen für die Umsatzsteuervoranmeldung.') +
`Mit besten Grüßen
Felix Wagner
Steuerberater
Wagner Steuerberatung
Leopoldstraße 90
80802 München
Telefon +49 89 1234567
Telefax +49 89 1234568
www.wagner-steuer.de`, { name: 'Felix Wagner', title: 'Steuerberater', company: 'Wagner Steuerberatung', phones: [['+49 89 1234567', 'work'], ['+49 89 1234568', 'fax']], email: 'felix.wagner@wagner-steuer.de', address: 'Leopoldstraße 90, 80802 München' });

add('lay-pronoun-they', 'Layout', 'Alex Rivera <alex.rivera@sunlitcoop.org>', EN('Jo') +
`In solidarity,
Alex Rivera (they/them)
Community Organizer
Sunlit Housing Cooperative
alex.rivera@sunlitcoop.org | 510-555-0184`, { name: 'Alex Rivera', title: 'Community Organizer', company: 'Sunlit Housing Cooperative', phones: [['510-555-0184', 'other']], email: 'alex.rivera@sunlitcoop.org' });

// ---------------- grade ----------------
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/[\s.,;:!|]+$/, '').replace(/^[\s.,;:|]+/, '').trim();
const normCompany = (s: string) => norm(s).replace(/[.,]/g, '').replace(/\s+/g, ' ');
const normAddr = (s: string) => norm(s).replace(/\s*[,|–—]\s*|\s+-\s+/g, ' ').replace(/\s+/g, ' ');
// Unlike probe-kit's digits, a "(0)" trunk prefix is dropped: "+44 (0)20 …" is written as "+44 20 …".
const phoneDigits = (s: string) => s.replace(/\(0\)/g, '').replace(/\D/g, '');
type F = 'name' | 'title' | 'company' | 'email' | 'address';
const FIELDS: F[] = ['name', 'title', 'company', 'email', 'address'];
/** The fields its report scores, in its order. */
export const ROUND_5_FIELDS = [...FIELDS, 'phone#', 'phone+type'] as const;
export type Round5Field = (typeof ROUND_5_FIELDS)[number];

const okEq = (f: F, got: string, exp: string) => (f === 'company' ? normCompany(got) === normCompany(exp) : f === 'address' ? normAddr(got) === normAddr(exp) : norm(got) === norm(exp));
const phoneMatch = (got: { value: string; e164?: string }, exp: string) => {
  const g = phoneDigits(got.value), e = phoneDigits(exp);
  if (g === e) return true;
  // "+44 20 7946 0321" vs "020 7946 0321": same number written with and without the country code.
  const ge = got.e164 ? phoneDigits(got.e164) : '';
  return ge !== '' && (ge === e || (e.length >= 7 && ge.endsWith(e.replace(/^0/, '')) && !/x|ext/i.test(exp)));
};

/** One probe graded: its verdict and what it adds to each field's counts. */
export function grade(p: Probe): { outcome: ProbeOutcome; fields: Record<Round5Field, FieldCounts> } {
  const stat = Object.fromEntries(ROUND_5_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Round5Field, FieldCounts>;
  const x = extractProbe(p.from, p.body);
  const sender = x.sender;
  const c = x.contact;
  const got: Record<F, string | undefined> = {
    name: c ? (c.fullName?.value ?? (sender.displayName || undefined)) : undefined,
    title: c?.jobTitle?.value, company: c?.company?.value,
    email: c ? (c.email?.value ?? sender.email) : undefined, address: c?.address?.value,
  };
  const errs: string[] = [];
  for (const f of FIELDS) {
    const e = p.exp[f]; const alts = e === undefined ? [] : Array.isArray(e) ? e : [e]; const g = got[f];
    const s = stat[f];
    if (alts.length === 0) { if (g) { s.fp++; errs.push(`${f}: expected none, got "${g}"`); } continue; }
    if (g && alts.some((a) => okEq(f, g, a))) s.tp++;
    else { s.fn++; if (g) s.fp++; errs.push(`${f}: expected "${alts[0]}", got ${g ? `"${g}"` : 'none'}`); }
  }
  const phones = c?.phones ?? [];
  const used = new Set<number>();
  for (const [ev, et] of p.exp.phones ?? []) {
    const types = Array.isArray(et) ? et : [et];
    const k = phones.findIndex((ph, i) => !used.has(i) && phoneMatch(ph.value, ev));
    if (k < 0) { stat['phone#'].fn++; stat['phone+type'].fn++; errs.push(`phone ${ev} (${types.join('/')}) missing`); continue; }
    used.add(k); stat['phone#'].tp++;
    const t = phones[k].value.type;
    if (types.includes(t)) stat['phone+type'].tp++;
    else { stat['phone+type'].fn++; stat['phone+type'].fp++; errs.push(`phone ${ev}: type expected ${types.join('/')}, got ${t}`); }
  }
  phones.forEach((ph, i) => { if (!used.has(i)) { stat['phone#'].fp++; stat['phone+type'].fp++; errs.push(`extra phone "${ph.value.value}" (${ph.value.type})`); } });
  // A borderline note scoped to fields ("title,phone: …") excuses only errors on those fields.
  const scope = p.borderline ? /^([a-z#,+ ]+):/.exec(p.borderline)?.[1].split(',').map((t) => t.trim()) : undefined;
  const excused = (e: string) => Boolean(p.borderline) && (!scope || scope.some((f) => e.startsWith(f) || (f === 'phonetype' && /type expected/.test(e))));
  const hard = errs.filter((e) => !excused(e));
  const verdict = errs.length === 0 ? 'pass' : hard.length === 0 ? 'borderline' : 'fail';
  const gate = c ? [] : [`no card (gate=${x.gate.personal ? 'ok' : x.gate.reason}; evidence=${x.evidence?.missing.join(',') ?? 'no-parse'})`];
  const lean = p.borderline && errs.length ? [`borderline: ${p.borderline}`] : [];
  return { outcome: { verdict, weak: false, reasons: [...gate, ...errs, ...lean] }, fields: stat };
}

/** Its report's per-field scores: counts summed over every probe, borderline included. */
export function fieldCounts(probes: Probe[] = P): Record<Round5Field, FieldCounts> {
  const total = Object.fromEntries(ROUND_5_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Round5Field, FieldCounts>;
  for (const p of probes) {
    const { fields } = grade(p);
    for (const f of ROUND_5_FIELDS) total[f] = addCounts(total[f], fields[f]);
  }
  return total;
}

export const ROUND_5: ProbeSet<Probe> = {
  name: 'round 5',
  grades: ['borderline'],
  probes: P,
  classOf: (p) => p.cls,
  check: (p) => grade(p).outcome,
};
