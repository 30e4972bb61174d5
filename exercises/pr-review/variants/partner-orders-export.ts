// Pure (all processes): PR variant "partner orders export": a nightly DAG that sends a logistics partner a CSV of
// yesterday's orders. Only what the candidate sees; the seeded-issue key is in rubrics/pr-review/keys/.
import type { PullRequest } from '../pr-schema';

const dagHead = `"""Nightly export of shipped orders for the Northwind Freight partner."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator

from pipelines.partner_export.export_orders import proc, upload_file

default_args = {
    "owner": "data-platform",
    "retries": 0,
    "depends_on_past": False,
}

with DAG(
    dag_id="partner_orders_export",
    description="Daily CSV of shipped orders for Northwind Freight",
    schedule="30 2 * * *",
    start_date=datetime(2024, 6, 1),
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    tags=["partner", "export"],
) as dag:
    stage_orders = SQLExecuteQueryOperator(
        task_id="stage_partner_orders",
        conn_id="warehouse",
        sql="sql/partner_export/orders_for_partner.sql",
    )

    build_file = PythonOperator(
        task_id="build_export_file",
        python_callable=proc,
    )

    send_file = PythonOperator(
        task_id="upload_to_partner",
        python_callable=upload_file,
    )

    stage_orders >> build_file >> send_file
`;

const moduleBase = `"""Helpers shared by partner exports."""
import csv
import logging

log = logging.getLogger(__name__)


def write_csv(path, header, rows):
    """Write rows to a new CSV file, replacing any previous copy."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path
`;

const moduleHead = `"""Helpers shared by partner exports."""
import csv
import logging
from datetime import datetime, timedelta

import paramiko
import yaml

from pipelines.warehouse import fetch_rows

log = logging.getLogger(__name__)

CONFIG = yaml.safe_load(open("/home/mkovacs/repos/data-pipelines/config/partner_export.yaml"))


def write_csv(path, header, rows):
    """Write rows to a new CSV file, replacing any previous copy."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def proc(**kwargs):
    d = datetime.now().date() - timedelta(days=1)
    x = fetch_rows(
        "SELECT * FROM reporting.partner_order_exports WHERE export_date = %s",
        [d],
    )
    for r in x:
        log.info("exporting order row %s", r)
    header = list(x[0].keys())
    out = "/tmp/northwind_orders_%s.csv" % d.isoformat()
    write_csv(out, header, [list(r.values()) for r in x])
    return out


def upload_file(**kwargs):
    settings = CONFIG["partners"]["northwind"]
    local_path = kwargs["ti"].xcom_pull(task_ids="build_export_file")
    try:
        transport = paramiko.Transport((settings["sftp_host"], 22))
        transport.connect(username=settings["sftp_user"], password=settings["sftp_password"])
        sftp = paramiko.SFTPClient.from_transport(transport)
        sftp.put(local_path, settings["remote_dir"] + "/" + local_path.split("/")[-1])
        transport.close()
    except Exception:
        pass
`;

const sqlHead = `-- Orders shipped yesterday, in the layout Northwind Freight asked for.
INSERT INTO reporting.partner_order_exports
SELECT
    o.order_id,
    o.shipped_at,
    o.warehouse_code,
    o.parcel_count,
    o.total_weight_kg,
    c.full_name AS recipient_name,
    c.email AS recipient_email,
    c.phone AS recipient_phone,
    a.postcode,
    a.country_code,
    CURRENT_DATE - 1 AS export_date
FROM sales.orders AS o
JOIN sales.customers AS c ON c.customer_id = o.customer_id
JOIN sales.addresses AS a ON a.address_id = o.shipping_address_id
WHERE o.shipped_at >= CURRENT_DATE - 1
  AND o.shipped_at < CURRENT_DATE
  AND o.status <> 'cancelled';
`;

const configBase = `# Partner integrations: one block per partner.
partners:
  parcelhub:
    enabled: true
    sftp_host: sftp.parcelhub.example.com
    sftp_user: acme_exports
    sftp_password_secret: partners/parcelhub/sftp-password
    remote_dir: /inbound/acme
    schedule: "0 3 * * *"
`;

const configHead = `# Partner integrations: one block per partner.
partners:
  parcelhub:
    enabled: true
    sftp_host: sftp.parcelhub.example.com
    sftp_user: acme_exports
    sftp_password_secret: partners/parcelhub/sftp-password
    remote_dir: /inbound/acme
    schedule: "0 3 * * *"
  northwind:
    enabled: true
    sftp_host: sftp-staging.northwind-freight.example.com
    sftp_user: acme_orders
    sftp_password: "Nw!stg-2024-orders"
    remote_dir: /drop/acme/orders
    schedule: "30 2 * * *"
`;

export const partnerOrdersExport: PullRequest = {
  id: 'partner-orders-export',
  variantTitle: 'Partner orders export',
  number: 482,
  title: 'Add nightly order export for Northwind Freight',
  author: { name: 'Marta Kovacs', handle: 'mkovacs', role: 'Data engineer (joined 3 months ago)' },
  baseBranch: 'main',
  headBranch: 'feature/northwind-orders-export',
  description: `Northwind Freight is our second delivery partner from next Monday. Each night they need a CSV of the orders we shipped the day before, dropped on their SFTP server, so they can plan collections.

**What this PR does**

- new DAG \`partner_orders_export\` (runs 02:30 every night): stages yesterday's orders in \`reporting.partner_order_exports\`, builds the CSV and uploads it
- \`export_orders.py\` gets the two task functions next to the existing \`write_csv\` helper
- the SQL that selects the orders, with the recipient details Northwind asked for so their drivers can call ahead
- a \`northwind\` block in \`config/partner_export.yaml\`

**How I tested it**

Ran the DAG by hand in my dev environment against the staging SFTP server; the file arrived and Northwind confirmed the columns look right.

I'd like to merge this by Thursday so it can run for a few nights before go-live.`,
  task: 'Marta asked you to review her pull request before it is merged. Read the change, leave comments on the lines that need attention (category, severity, and what you would change), then submit a verdict with a short summary. After you submit, Marta may answer some of your comments: reply to her as you would on a real review.',
  files: [
    { path: 'dags/partner_orders_export.py', language: 'python', base: '', head: dagHead },
    { path: 'pipelines/partner_export/export_orders.py', language: 'python', base: moduleBase, head: moduleHead },
    { path: 'sql/partner_export/orders_for_partner.sql', language: 'sql', base: '', head: sqlHead },
    { path: 'config/partner_export.yaml', language: 'yaml', base: configBase, head: configHead },
  ],
};
