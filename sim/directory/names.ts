/**
 * Data the sample-company generator draws from: people's names by country (with an ASCII form for email local
 * parts), offices with real address conventions, phone formats, departments and their titles. Names include
 * non-ASCII Latin, CJK, Hebrew and Arabic scripts, and a few with `<`, `&` and quotes for escaping tests.
 */

/** A person's name as written, and the ASCII form used to build the email address. */
export interface NameSample {
  given: string;
  family: string;
  givenAscii: string;
  familyAscii: string;
  /** Written family name first (Japanese, Vietnamese), which is how `fullName` shows it. */
  familyFirst?: boolean;
  /** The country the person works in, when the name fixes it. */
  countryCode?: string;
}

export interface CountryProfile {
  countryCode: string;
  country: string;
  timeZone: string;
  /** International prefix without `+`. */
  callingCode: string;
  /** National number patterns: `{area}` is the office's area code, `#` a random digit. */
  workPattern: string;
  mobilePattern: string;
  offices: Array<{ locality: string; region?: string; postalCode: string; street: string; areaCode: string }>;
  given: Array<[string, string]>;
  family: Array<[string, string]>;
  /** Family name first (JP), as the `fullName` is shown in that locale. */
  familyFirst?: boolean;
}

const same = (xs: string[]): Array<[string, string]> => xs.map((x) => [x, asciiFold(x)]);

/** Folds Latin letters with diacritics to ASCII for email local parts (Müller → mueller, Żółć → zolc). */
export function asciiFold(s: string): string {
  const special: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', æ: 'ae' };
  return s
    .replace(/[äöüßÄÖÜłŁđĐøæ]/g, (c) => special[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export const COUNTRIES: CountryProfile[] = [
  {
    countryCode: 'DE', country: 'Germany', timeZone: 'Europe/Berlin', callingCode: '49',
    workPattern: '{area} #######', mobilePattern: '15# #######',
    offices: [
      { locality: 'Berlin', region: 'Berlin', postalCode: '10117', street: 'Friedrichstraße 68', areaCode: '30' },
      { locality: 'München', region: 'Bayern', postalCode: '80331', street: 'Marienplatz 8', areaCode: '89' },
      { locality: 'Köln', region: 'Nordrhein-Westfalen', postalCode: '50667', street: 'Hohe Straße 52', areaCode: '221' },
    ],
    given: same(['Jürgen', 'Anna', 'Lukas', 'Sophie', 'Jörg', 'Leonie', 'Maximilian', 'Käthe', 'Felix', 'Hannah', 'Björn', 'Marie']),
    family: same(['Müller', 'Schmidt', 'Schäfer', 'Weiß', 'Groß', 'Köhler', 'Fischer', 'Becker', 'Hoffmann', 'Schröder', 'Wagner', 'Krüger']),
  },
  {
    countryCode: 'US', country: 'United States', timeZone: 'America/New_York', callingCode: '1',
    workPattern: '{area}-555-01##', mobilePattern: '{area}-555-01##',
    offices: [
      { locality: 'New York', region: 'NY', postalCode: '10001', street: '350 Fifth Avenue', areaCode: '212' },
      { locality: 'San Francisco', region: 'CA', postalCode: '94105', street: '415 Mission Street', areaCode: '415' },
      { locality: 'Austin', region: 'TX', postalCode: '78701', street: '500 W 2nd Street', areaCode: '512' },
    ],
    given: same(['James', 'Mary', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'William', 'Linda', 'David', 'Elizabeth', 'José', 'Zoë']),
    family: same(['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Wilson', 'Anderson']),
  },
  {
    countryCode: 'FR', country: 'France', timeZone: 'Europe/Paris', callingCode: '33',
    workPattern: '{area} ## ## ## ##', mobilePattern: '6 ## ## ## ##',
    offices: [
      { locality: 'Paris', region: 'Île-de-France', postalCode: '75008', street: '8 Rue de Londres', areaCode: '1' },
      { locality: 'Lyon', region: 'Auvergne-Rhône-Alpes', postalCode: '69002', street: '12 Quai Saint-Antoine', areaCode: '4' },
    ],
    given: same(['Amélie', 'François', 'Hélène', 'Jérôme', 'Léa', 'Théo', 'Chloé', 'Gaël', 'Inès', 'Noël']),
    family: same(['Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Rousseau', 'Bonnet', 'Lemaître', 'Fontaine', 'Bérenger', 'Faure']),
  },
  {
    countryCode: 'JP', country: 'Japan', timeZone: 'Asia/Tokyo', callingCode: '81', familyFirst: true,
    workPattern: '{area}-####-####', mobilePattern: '90-####-####',
    offices: [
      { locality: '千代田区', region: '東京都', postalCode: '100-0005', street: '丸の内1-1-1', areaCode: '3' },
      { locality: '大阪市北区', region: '大阪府', postalCode: '530-0001', street: '梅田3-1-3', areaCode: '6' },
    ],
    given: [['太郎', 'taro'], ['花子', 'hanako'], ['翔', 'sho'], ['結衣', 'yui'], ['大輔', 'daisuke'], ['美咲', 'misaki'], ['健', 'ken'], ['さくら', 'sakura']],
    family: [['山田', 'yamada'], ['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['渡辺', 'watanabe'], ['伊藤', 'ito'], ['中村', 'nakamura']],
  },
  {
    countryCode: 'GB', country: 'United Kingdom', timeZone: 'Europe/London', callingCode: '44',
    workPattern: '{area} #### ####', mobilePattern: '7### ######',
    offices: [
      { locality: 'London', postalCode: 'EC2A 4BX', street: '1 Finsbury Avenue', areaCode: '20' },
      { locality: 'Manchester', postalCode: 'M1 1AE', street: '12 Piccadilly', areaCode: '161' },
    ],
    given: same(['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Siobhán', 'Seán', 'Niamh', 'Rhys', 'Eilidh']),
    family: same(['Taylor', 'Evans', 'Thomas', 'Roberts', "O'Brien", "O'Connor", 'Ní Bhriain', 'McAllister', 'Walker', 'Wright']),
  },
  {
    countryCode: 'IL', country: 'Israel', timeZone: 'Asia/Jerusalem', callingCode: '972',
    workPattern: '{area}-###-####', mobilePattern: '5#-###-####',
    offices: [{ locality: 'תל אביב-יפו', region: 'מחוז תל אביב', postalCode: '6473925', street: 'שדרות רוטשילד 22', areaCode: '3' }],
    given: [['נועה', 'noa'], ['דוד', 'david'], ['תמר', 'tamar'], ['יוסף', 'yosef'], ['מיכל', 'michal'], ['אבי', 'avi']],
    family: [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['אברהם', 'avraham']],
  },
  {
    countryCode: 'AE', country: 'United Arab Emirates', timeZone: 'Asia/Dubai', callingCode: '971',
    workPattern: '{area} ### ####', mobilePattern: '50 ### ####',
    offices: [{ locality: 'دبي', region: 'دبي', postalCode: '00000', street: 'شارع الشيخ زايد 1', areaCode: '4' }],
    given: [['محمد', 'mohammed'], ['فاطمة', 'fatima'], ['أحمد', 'ahmed'], ['مريم', 'maryam'], ['علي', 'ali'], ['ليلى', 'layla']],
    family: [['الهاشمي', 'alhashimi'], ['المنصوري', 'almansoori'], ['الشامسي', 'alshamsi'], ['الكعبي', 'alkaabi']],
  },
  {
    countryCode: 'BR', country: 'Brazil', timeZone: 'America/Sao_Paulo', callingCode: '55',
    workPattern: '{area} ####-####', mobilePattern: '{area} 9####-####',
    offices: [
      { locality: 'São Paulo', region: 'SP', postalCode: '01310-100', street: 'Avenida Paulista, 1578', areaCode: '11' },
      { locality: 'Rio de Janeiro', region: 'RJ', postalCode: '20040-020', street: 'Rua da Assembleia, 10', areaCode: '21' },
    ],
    given: same(['João', 'Ana', 'Gonçalo', 'Luíza', 'Conceição', 'Thiago', 'Letícia', 'Antônio']),
    family: same(['Silva', 'Santos', 'Conceição', 'Gonçalves', 'Araújo', 'Pereira', 'Magalhães', 'Brandão']),
  },
  {
    countryCode: 'PL', country: 'Poland', timeZone: 'Europe/Warsaw', callingCode: '48',
    workPattern: '{area} ### ## ##', mobilePattern: '5## ### ###',
    offices: [{ locality: 'Warszawa', region: 'mazowieckie', postalCode: '00-001', street: 'ul. Marszałkowska 104', areaCode: '22' }],
    given: same(['Łukasz', 'Małgorzata', 'Paweł', 'Agnieszka', 'Wojciech', 'Zofia', 'Bartłomiej', 'Jadwiga']),
    family: same(['Żółć', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska']),
  },
  {
    countryCode: 'VN', country: 'Vietnam', timeZone: 'Asia/Ho_Chi_Minh', callingCode: '84', familyFirst: true,
    workPattern: '{area} #### ####', mobilePattern: '9# ### ####',
    offices: [{ locality: 'Quận 1', region: 'Thành phố Hồ Chí Minh', postalCode: '700000', street: '2 Hải Triều', areaCode: '28' }],
    given: same(['Minh', 'Thảo', 'Dũng', 'Hương', 'Quang', 'Ngọc', 'Tuấn', 'Lan']),
    family: same(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi']),
  },
];

/**
 * Names that break careless HTML and CSV code. The generator gives them to a few fixed users so escaping tests
 * always find them.
 */
export const AWKWARD_NAMES: NameSample[] = [
  { given: 'Seán', family: "O'Brien", givenAscii: 'sean', familyAscii: 'obrien', countryCode: 'GB' },
  { given: '"Bob"', family: '<b>Tables</b>', givenAscii: 'bob', familyAscii: 'tables', countryCode: 'US' },
  { given: 'Zoë', family: 'Smith & Sons', givenAscii: 'zoe', familyAscii: 'smith-sons', countryCode: 'US' },
  { given: 'Jürgen', family: 'Müller-Lüdenscheidt', givenAscii: 'juergen', familyAscii: 'mueller-luedenscheidt', countryCode: 'DE' },
  { given: 'Grzegorz', family: 'Żółć', givenAscii: 'grzegorz', familyAscii: 'zolc', countryCode: 'PL' },
  { given: '太郎', family: '山田', givenAscii: 'taro', familyAscii: 'yamada', familyFirst: true, countryCode: 'JP' },
  { given: 'Thị Mai', family: 'Nguyễn', givenAscii: 'thimai', familyAscii: 'nguyen', familyFirst: true, countryCode: 'VN' },
  { given: 'נועה', family: 'כהן', givenAscii: 'noa', familyAscii: 'cohen', countryCode: 'IL' },
  { given: 'فاطمة', family: 'الهاشمي', givenAscii: 'fatima', familyAscii: 'alhashimi', countryCode: 'AE' },
];

export interface DepartmentProfile {
  name: string;
  /** Org unit under the root; Sales is further split by region. */
  orgUnit: string;
  costCenter: string;
  /** Share of the company's headcount. */
  weight: number;
  headTitle: string;
  managerTitle: string;
  titles: string[];
}

export const DEPARTMENTS: DepartmentProfile[] = [
  { name: 'Sales', orgUnit: 'Sales', costCenter: 'CC-1100', weight: 22, headTitle: 'VP Sales', managerTitle: 'Sales Manager',
    titles: ['Account Executive', 'Senior Account Executive', 'Sales Development Representative', 'Solutions Consultant', 'Key Account Manager'] },
  { name: 'Engineering', orgUnit: 'Engineering', costCenter: 'CC-2100', weight: 28, headTitle: 'VP Engineering', managerTitle: 'Engineering Manager',
    titles: ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Site Reliability Engineer', 'QA Engineer', 'Data Engineer'] },
  { name: 'Product', orgUnit: 'Product', costCenter: 'CC-2200', weight: 6, headTitle: 'Chief Product Officer', managerTitle: 'Group Product Manager',
    titles: ['Product Manager', 'Senior Product Manager', 'Product Designer', 'UX Researcher'] },
  { name: 'Marketing', orgUnit: 'Marketing', costCenter: 'CC-3100', weight: 9, headTitle: 'Chief Marketing Officer', managerTitle: 'Marketing Manager',
    titles: ['Content Marketing Manager', 'Demand Generation Specialist', 'Brand Designer', 'Events Coordinator', 'SEO Specialist'] },
  { name: 'Customer Success', orgUnit: 'Support', costCenter: 'CC-4100', weight: 14, headTitle: 'VP Customer Success', managerTitle: 'Support Team Lead',
    titles: ['Customer Success Manager', 'Support Engineer', 'Technical Account Manager', 'Onboarding Specialist'] },
  { name: 'Finance', orgUnit: 'Finance', costCenter: 'CC-5100', weight: 6, headTitle: 'Chief Financial Officer', managerTitle: 'Controller',
    titles: ['Accountant', 'Financial Analyst', 'Payroll Specialist', 'Accounts Payable Clerk'] },
  { name: 'People & Culture', orgUnit: 'People', costCenter: 'CC-5200', weight: 4, headTitle: 'Chief People Officer', managerTitle: 'HR Business Partner',
    titles: ['Recruiter', 'People Operations Specialist', 'Learning & Development Lead'] },
  { name: 'Legal', orgUnit: 'Legal', costCenter: 'CC-5300', weight: 2, headTitle: 'General Counsel', managerTitle: 'Senior Counsel',
    titles: ['Legal Counsel', 'Paralegal', 'Compliance Officer'] },
  { name: 'Operations', orgUnit: 'Operations', costCenter: 'CC-6100', weight: 9, headTitle: 'Chief Operating Officer', managerTitle: 'Operations Manager',
    titles: ['IT Administrator', 'Office Manager', 'Facilities Coordinator', 'Procurement Specialist', 'Executive Assistant'] },
];

/** Sales org units by region; each country belongs to one. */
export const SALES_REGIONS: Record<string, string> = {
  DE: 'EMEA', FR: 'EMEA', GB: 'EMEA', IL: 'EMEA', AE: 'EMEA', PL: 'EMEA', US: 'Americas', BR: 'Americas', JP: 'APAC', VN: 'APAC',
};

export const ORGANIZATION_NAMES = ['Northwind Traders', 'Contoso Signal', 'Fabrikam Works', 'Globex Nordics', 'Initech Labs', 'Umbrella Analytics'];

export const PRONOUNS = ['she/her', 'he/him', 'they/them', ''];

export const TAGLINES = ['Making work feel lighter', 'Ask me about our roadmap', 'Here to help', 'Building what matters', ''];
