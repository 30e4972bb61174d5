// Pure: the `orders-ingest` variant: a web shop's order export plus a marketplace partner's JSON feed.
import type { FieldSpec, PythonVariant } from './python-variant-schema';
import { buildPublicTestsSource, type PublicTestExpectations } from './public-tests-source';
import { buildStarterSource, buildTaskText } from './task-text';
import { warehouseSource } from './warehouse-source';

const FIELDS: FieldSpec[] = [
  { name: 'order_id', type: 'string', required: true, pattern: 'ORD-[0-9]{5}', description: 'Order number; the key.', examples: ['ORD-10001'] },
  { name: 'customer_name', type: 'string', required: true, description: 'As typed by the customer, any script.', examples: ['Ana Souza', 'Jürgen Müller'] },
  { name: 'customer_email', type: 'email', required: true, description: 'Contact address.', examples: ['ana.souza@example.com'] },
  { name: 'order_date', type: 'date', required: true, description: 'Day the order was placed.', examples: ['2024-03-01'] },
  { name: 'amount', type: 'decimal', required: true, min: 0, description: 'Order total in `currency`.', examples: ['49.90', '120.00'] },
  { name: 'currency', type: 'enum', required: true, allowed: ['EUR', 'USD', 'GBP'], description: 'ISO currency code.', examples: ['EUR'] },
  { name: 'status', type: 'enum', required: true, allowed: ['placed', 'shipped', 'cancelled', 'refunded'], description: 'Latest order status.', examples: ['placed', 'shipped'] },
  { name: 'delivery_note', type: 'string', required: false, description: 'Free text for the courier; may span lines.', examples: ['Leave at the door'] },
];

const CSV_LINES = [
  'order_id,customer_name,customer_email,order_date,amount,currency,status,delivery_note',
  'ORD-10001,Ana Souza,ana.souza@example.com,2024-03-01,49.90,EUR,placed,',
  'ORD-10002,"Müller, Jürgen",j.mueller@example.de,2024-03-01,120.00,EUR,shipped,',
  'ORD-10003,Søren Kierkegaard,soren.k@example.dk,2024-03-02,15.5,EUR,shipped,',
  'ORD-10004,"Chloé ""Coco"" Martin",chloe.martin@example.fr,2024-03-02,"1,250.00",EUR,placed,',
  'ORD-10005,Łukasz Nowak,lukasz.nowak@example.pl,2024-02-30,80.00,EUR,placed,',
  '',
  'ORD-10006,Zoë Lee,zoe.lee@example.com,2024-03-03,12.00,usd,placed,',
  'ORD-10007,Hiroshi Tanaka,hiroshi.tanaka@example.jp,2024-03-03,300.00,USD,shipped,"Leave at the door, ring twice\nBuilding B"',
  'ORD-10008,Priya Patel,,2024-03-04,22.50,GBP,placed,',
  'ORD-10009,José Álvarez,jose.alvarez@example.es,03/04/2024,18.00,EUR,placed,',
  'ORD-10010,Olivia Brown,olivia.brown@example.co.uk,2024-03-04,abc,GBP,placed,',
  'ORD-10002,"Müller, Jürgen",j.mueller@example.de,2024-03-01,120.00,EUR,refunded,',
  'ORD-10011,Fatima Zahra,fatima.zahra@example.ma,2024-03-05,75.00,EUR,placed',
  'ORD-10012,Ivan Petrov,ivan.petrov@example.com,2024-03-05,60.00,EUR,placed,,EXPRESS',
  'ORD-10013,Mei Chen,mei.chen@example.com,2024-03-06,-5.00,USD,placed,',
  'ORD-1OO14,Lars Eriksen,lars.eriksen@example.no,2024-03-06,44.00,EUR,placed,',
  'ORD-10015,Noah Williams,noah.williams@example,2024-03-06,19.99,USD,lost,',
  '  ORD-10016  , Émilie Dubois ,emilie.dubois@example.fr,2024-03-07, 64.10 ,EUR,placed,',
  '',
];

const MARKETPLACE = [
  { order_id: 'ORD-20001', customer_name: 'Ngozi Okafor', customer_email: 'ngozi.okafor@example.com', order_date: '2024-03-02', amount: 59.5, currency: 'USD', status: 'shipped', marketplace: 'bazaar' },
  { order_id: 'ORD-20002', customer_name: 'Đorđe Petrović', customer_email: 'djordje@example.rs', order_date: '2024-03-03', amount: '39.00', currency: 'EUR', status: 'placed' },
  { order_id: 'ORD-20003', customer_name: 'Sara Cohen', customer_email: 'sara.cohen@example.com', order_date: '2024-03-03', amount: true, currency: 'USD', status: 'placed' },
  { order_id: 'ORD-20004', customer_name: 'Tariq Aziz', customer_email: 'tariq.aziz@example.com', amount: 18.25, currency: 'GBP', status: 'placed' },
  { order_id: 'ORD-10003', customer_name: 'Søren Kierkegaard', customer_email: 'soren.k@example.dk', order_date: '2024-03-02', amount: 15.5, currency: 'EUR', status: 'shipped' },
  { order_id: null, customer_name: 'Unknown', customer_email: 'nobody@example.com', order_date: '2024-03-04', amount: 10, currency: 'EUR', status: 'placed' },
  { order_id: 'ORD-20005', customer_name: 'Åsa Lindqvist', customer_email: 'asa.lindqvist@example.se', order_date: '2024-03-07T10:15:00Z', amount: 0, currency: 'EUR', status: 'cancelled' },
  'ORD-20006',
  { order_id: 20007, customer_name: 'Ravi Kumar', customer_email: 'ravi.kumar@example.in', order_date: '2024-03-07', amount: 12, currency: 'USD', status: 'placed' },
  { order_id: 'ORD-20008', customer_name: 'Kofi Mensah', customer_email: 'kofi.mensah@example.gh', order_date: '2024-03-08', amount: 0, currency: 'GBP', status: 'cancelled', delivery_note: null },
];

const FILES = [
  { path: 'data/orders_2024-03.csv', description: 'the shop database export (Excel-saved: BOM, CRLF line ends).' },
  { path: 'data/orders_marketplace.json', description: 'orders sold through a marketplace partner, from their API.' },
];

/** What the public tests expect of the sample files; the grader checks the same facts on the host. */
export const ORDERS_PUBLIC_EXPECTATIONS: PublicTestExpectations = {
  table: 'orders',
  loadedKeys: ['ORD-10001', 'ORD-10002', 'ORD-10003', 'ORD-10007', 'ORD-10011', 'ORD-10016', 'ORD-20001', 'ORD-20002', 'ORD-20008'].map((k) => JSON.stringify(k)),
  read: 27,
  duplicates: 2,
  quarantined: 16,
  decimalFields: ['amount'],
  spotChecks: [
    { key: '"ORD-10002"', field: 'status', value: '"refunded"', why: 'last_duplicate_wins' },
    { key: '"ORD-10002"', field: 'customer_name', value: '"Müller, Jürgen"', why: 'keeps_quoted_commas_and_accents' },
    { key: '"ORD-10007"', field: 'delivery_note', value: '"Leave at the door, ring twice\\nBuilding B"', why: 'keeps_multiline_notes' },
    { key: '"ORD-10011"', field: 'delivery_note', value: 'None', why: 'absent_optional_field_is_none' },
    { key: '"ORD-10016"', field: 'amount', value: '64.10', why: 'trims_and_converts_numbers' },
    { key: '"ORD-20002"', field: 'amount', value: '39.0', why: 'accepts_numbers_written_as_strings' },
  ],
};

export const ORDERS_VARIANT: PythonVariant = {
  variantId: 'orders-ingest',
  title: 'Ingest shop orders',
  table: 'orders',
  keyField: 'order_id',
  fields: FIELDS,
  taskText: buildTaskText({
    title: 'Ingest shop orders',
    story:
      'Finance reads daily revenue from the warehouse `orders` table. Orders arrive from two places: a CSV export of the ' +
      'shop database and a JSON feed from a marketplace partner. Both are messy, and last month a re-run of the old ' +
      'script counted some orders twice. Write the ingestion step that gets this right.',
    table: 'orders',
    keyField: 'order_id',
    fields: FIELDS,
    files: [...FILES, { path: 'warehouse.py', description: 'the mocked warehouse client (read it; do not edit).' }, { path: 'test_ingest.py', description: 'public tests.' }],
  }),
  sampleFiles: [
    { ...FILES[0]!, content: '\uFEFF' + CSV_LINES.join('\r\n'), editable: false },
    { ...FILES[1]!, content: JSON.stringify(MARKETPLACE, null, 2) + '\n', editable: false },
  ],
  warehouseSource: warehouseSource({ orders: 'order_id' }),
  starterSource: buildStarterSource('orders', 'order_id'),
  publicTestsSource: buildPublicTestsSource(ORDERS_PUBLIC_EXPECTATIONS),
};
