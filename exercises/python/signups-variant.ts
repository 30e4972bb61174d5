// Pure: the `signups-ingest` variant: product sign-ups from the web form (CSV) and the mobile app (JSON).
import type { FieldSpec, PythonVariant } from './python-variant-schema';
import { buildPublicTestsSource, type PublicTestExpectations } from './public-tests-source';
import { buildStarterSource, buildTaskText } from './task-text';
import { warehouseSource } from './warehouse-source';

const COUNTRIES = ['BR', 'DE', 'ES', 'FR', 'GB', 'IN', 'JP', 'NG', 'NL', 'PL', 'SE', 'US'];

const FIELDS: FieldSpec[] = [
  { name: 'signup_id', type: 'integer', required: true, min: 1, description: 'Sign-up number; the key.', examples: ['501'] },
  { name: 'full_name', type: 'string', required: true, description: 'As typed by the user, any script.', examples: ['Ingrid Bergström'] },
  { name: 'email', type: 'email', required: true, description: 'Login address.', examples: ['ingrid@example.se'] },
  { name: 'signed_up_on', type: 'date', required: true, description: 'Day of the sign-up.', examples: ['2024-05-01'] },
  { name: 'country', type: 'enum', required: true, allowed: COUNTRIES, description: 'Billing country (ISO code, upper case).', examples: ['SE', 'DE'] },
  { name: 'plan', type: 'enum', required: true, allowed: ['free', 'pro', 'team'], description: 'Chosen plan.', examples: ['pro', 'free'] },
  { name: 'seats', type: 'integer', required: true, min: 1, description: 'Paid seats (1 for free plans).', examples: ['3', '1'] },
  { name: 'referrer', type: 'string', required: false, description: 'How they heard of us; free text.', examples: ['newsletter'] },
];

const CSV_LINES = [
  'signup_id,full_name,email,signed_up_on,country,plan,seats,referrer',
  '501,Ingrid Bergström,ingrid@example.se,2024-05-01,SE,pro,3,newsletter',
  '502,"O\'Brien, Siobhán",siobhan.obrien@example.co.uk,2024-05-01,GB,free,1,"podcast, episode 12"',
  '503,Nguyễn Văn An,an.nguyen@example.vn,2024-05-02,VN,free,1,',
  '504,Tomás Ruiz,tomas.ruiz@example.es,2024-05-02,ES,team,2.5,',
  '505,Anjali Rao,anjali.rao@example.in,2024-13-01,IN,free,1,',
  '',
  '506,Kwame Boateng,kwame.boateng at example.com,2024-05-02,NG,pro,2,',
  '507,Yuki Sato,yuki.sato@example.jp,2024-05-03,JP,Pro,1,',
  '508,Lena Fischer,lena.fischer@example.de,2024-05-03,DE,free,0,',
  'abc,Marco Rossi,marco.rossi@example.com,2024-05-03,FR,free,1,',
  '509,Amélie Laurent,amelie.laurent@example.fr,2024-05-04,FR,pro,5,"Met us at a meetup,\nParis"',
  '510,Piotr Zieliński,piotr.z@example.pl,2024-05-04,PL,free',
  '501,Ingrid Bergström,ingrid@example.se,2024-05-01,SE,team,5,newsletter',
  '511,Sam Taylor,sam.taylor@example.com,2024-05-05,US,free,1,,utm=spring',
  ',No Id,noid@example.com,2024-05-05,US,free,1,',
  '512,"  Zoë van Dijk ",zoe.vandijk@example.nl,2024-05-05,NL,team,12,',
  '',
];

const MOBILE = [
  { signup_id: 601, full_name: 'Chidi Okeke', email: 'chidi.okeke@example.ng', signed_up_on: '2024-05-06', country: 'NG', plan: 'free', seats: 1, app_version: '3.2.1' },
  { signup_id: '602', full_name: 'Björn Åkesson', email: 'bjorn.akesson@example.se', signed_up_on: '2024-05-06', country: 'SE', plan: 'team', seats: '4' },
  { signup_id: 603, full_name: 'Lucas Pereira', email: 'lucas.pereira@example.br', signed_up_on: '2024-05-06', country: 'BR', plan: 'pro', seats: true },
  { signup_id: 604, full_name: 'Emma Jansen', email: 'emma.jansen@example.nl', signed_up_on: '2024-05-06', country: 'NL', seats: 1 },
  { signup_id: 512, full_name: 'Zoë van Dijk', email: 'zoe.vandijk@example.nl', signed_up_on: '2024-05-05', country: 'NL', plan: 'team', seats: 12 },
  { signup_id: 605, full_name: 'Hannah Schmidt', email: 'hannah.schmidt@example.de', signed_up_on: '06/05/2024', country: 'DE', plan: 'free', seats: 1 },
  { signup_id: 606, full_name: 'María García', email: 'maria.garcia@example.es', signed_up_on: '2024-05-07', country: ' es ', plan: 'free', seats: 1 },
  { signup_id: -3, full_name: 'Test User', email: 'test@example.com', signed_up_on: '2024-05-07', country: 'US', plan: 'free', seats: 1 },
  { signup_id: 607, full_name: 'Aiko Tanaka', email: 'aiko.tanaka@example.jp', signed_up_on: '2024-05-07', country: 'JP', plan: 'team', seats: 10, referrer: null },
];

const FILES = [
  { path: 'data/signups_mobile.json', description: 'sign-ups from the mobile app backend.' },
  { path: 'data/signups_web.csv', description: 'the web form export (Excel-saved: BOM, CRLF line ends).' },
];

/** What the public tests expect of the sample files; the grader checks the same facts on the host. */
export const SIGNUPS_PUBLIC_EXPECTATIONS: PublicTestExpectations = {
  table: 'signups',
  loadedKeys: ['501', '502', '509', '512', '601', '602', '607'],
  read: 24,
  duplicates: 2,
  quarantined: 15,
  decimalFields: [],
  spotChecks: [
    { key: '501', field: 'plan', value: '"team"', why: 'last_duplicate_wins' },
    { key: '502', field: 'referrer', value: '"podcast, episode 12"', why: 'keeps_quoted_commas' },
    { key: '509', field: 'referrer', value: '"Met us at a meetup,\\nParis"', why: 'keeps_multiline_text' },
    { key: '512', field: 'full_name', value: '"Zoë van Dijk"', why: 'trims_text' },
    { key: '602', field: 'seats', value: '4', why: 'converts_integers_written_as_strings' },
    { key: '601', field: 'referrer', value: 'None', why: 'absent_optional_field_is_none' },
  ],
};

export const SIGNUPS_VARIANT: PythonVariant = {
  variantId: 'signups-ingest',
  title: 'Ingest product sign-ups',
  table: 'signups',
  keyField: 'signup_id',
  fields: FIELDS,
  taskText: buildTaskText({
    title: 'Ingest product sign-ups',
    story:
      'Growth tracks paid seats per country from the warehouse `signups` table. Sign-ups come from the web form (a CSV ' +
      'export) and from the mobile app (a JSON dump). The old loader crashed on the first odd row and, when re-run, ' +
      'doubled the seat count. Write the ingestion step that handles both safely.',
    table: 'signups',
    keyField: 'signup_id',
    fields: FIELDS,
    files: [...FILES, { path: 'warehouse.py', description: 'the mocked warehouse client (read it; do not edit).' }, { path: 'test_ingest.py', description: 'public tests.' }],
  }),
  sampleFiles: [
    { ...FILES[1]!, content: '\uFEFF' + CSV_LINES.join('\r\n'), editable: false },
    { ...FILES[0]!, content: JSON.stringify(MOBILE, null, 2) + '\n', editable: false },
  ],
  warehouseSource: warehouseSource({ signups: 'signup_id' }),
  starterSource: buildStarterSource('signups', 'signup_id'),
  publicTestsSource: buildPublicTestsSource(SIGNUPS_PUBLIC_EXPECTATIONS),
};
