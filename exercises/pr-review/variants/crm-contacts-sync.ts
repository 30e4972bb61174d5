// Pure (all processes): PR variant "CRM contacts sync": an hourly DAG that pulls changed contacts from the CRM's API
// into the warehouse. Only what the candidate sees; the seeded-issue key is in rubrics/pr-review/keys/.
import type { PullRequest } from '../pr-schema';

const dagHead = `"""Hourly sync of changed CRM contacts into raw.crm_contacts."""
from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator

from ingestion.crm.contacts_loader import do_it

CRM_API_TOKEN = "crm_live_5f2b9c7e41d04a8f9e3a"

with DAG(
    dag_id="crm_contacts_sync",
    schedule="15 * * * *",
    start_date=datetime(2024, 9, 1),
    catchup=False,
    default_args={"owner": "data-platform", "retries": 0},
    tags=["crm", "ingestion"],
) as dag:
    sync_contacts = PythonOperator(
        task_id="sync_contacts",
        python_callable=do_it,
        op_kwargs={"token": CRM_API_TOKEN},
    )
`;

const loaderBase = `"""Loaders for CRM objects."""
import logging

from ingestion.warehouse import Warehouse

logger = logging.getLogger(__name__)
warehouse = Warehouse.from_env()


def normalise_email(value):
    """Lower-case and strip an address so joins on email match."""
    return value.strip().lower() if value else None
`;

const loaderHead = `"""Loaders for CRM objects."""
import json
import logging
from datetime import datetime, timedelta

import requests

from ingestion.warehouse import Warehouse

logger = logging.getLogger(__name__)
warehouse = Warehouse.from_env()


def normalise_email(value):
    """Lower-case and strip an address so joins on email match."""
    return value.strip().lower() if value else None


def fetch(token, since):
    try:
        resp = requests.get(
            "https://api.crm.example.com/v2/contacts",
            params={"updated_since": since.isoformat(), "page_size": 200},
            headers={"Authorization": "Bearer " + token},
        )
        return resp.json()["results"]
    except Exception:
        return []


def do_it(token, **kwargs):
    since = datetime.now() - timedelta(hours=1)
    lst = fetch(token, since)
    res2 = []
    for x in lst:
        logger.info("syncing contact %s <%s>", x["name"], x["email"])
        res2.append({
            "contact_id": x["id"],
            "name": x["name"],
            "email": normalise_email(x["email"]),
            "company": x.get("company"),
            "updated_at": x["updated_at"],
        })
    with open("/opt/airflow/dags/tmp/contacts.json", "w") as f:
        json.dump(res2, f)
    warehouse.insert_rows("raw.crm_contacts", res2)
    return len(res2)
`;

const sqlBase = `-- One row per contact: the latest version from the raw sync.
CREATE OR REPLACE VIEW analytics.contacts_current AS
SELECT contact_id, name, email, company, updated_at
FROM raw.crm_contacts_legacy;
`;

const sqlHead = `-- One row per contact: the latest version from the raw sync.
CREATE OR REPLACE VIEW analytics.contacts_current AS
WITH ranked AS (
    SELECT
        *,
        ROW_NUMBER() OVER (
            PARTITION BY contact_id
            ORDER BY COALESCE(updated_at, created_at) DESC
        ) AS rn
    FROM raw.crm_contacts
)
SELECT *
FROM ranked
WHERE rn = 1;
`;

const configBase = `# Source systems the ingestion framework knows about.
sources:
  billing:
    kind: postgres
    connection_id: billing_replica
    tables: [invoices, payments]
`;

const configHead = `# Source systems the ingestion framework knows about.
sources:
  billing:
    kind: postgres
    connection_id: billing_replica
    tables: [invoices, payments]
  crm:
    kind: rest
    base_url: https://api.crm.example.com/v2
    page_size: 200
    owner_email: lena.fischer@example.com
    load_mode: append
    target_table: raw.crm_contacts
`;

export const crmContactsSync: PullRequest = {
  id: 'crm-contacts-sync',
  variantTitle: 'CRM contacts sync',
  number: 317,
  title: 'Sync CRM contacts into the warehouse every hour',
  author: { name: 'Lena Fischer', handle: 'lfischer', role: 'Analytics engineer moving into the platform team' },
  baseBranch: 'main',
  headBranch: 'lena/crm-contacts-hourly',
  description: `Sales ops want contact changes from the CRM in the warehouse within the hour (today the legacy export runs once a day and is often a day behind).

**Changes**

- \`crm_contacts_sync\` DAG, every hour at :15, calling the new loader
- \`contacts_loader.py\`: fetches contacts updated in the last hour from the CRM API and loads them into \`raw.crm_contacts\`
- \`analytics.contacts_current\` now reads the new raw table and keeps the latest version of each contact
- a \`crm\` source in \`config/sources.yaml\`

**Testing**

Triggered the DAG a few times in dev; rows show up in \`raw.crm_contacts\` and the view returns one row per contact. The legacy export can be switched off once this has run for a week.`,
  task: 'Lena asked you to review her pull request. Read the change, leave comments on the lines that need attention (category, severity, and what you would change), then submit a verdict with a short summary. After you submit, Lena may answer some of your comments: reply to her as you would on a real review.',
  files: [
    { path: 'dags/crm_contacts_sync.py', language: 'python', base: '', head: dagHead },
    { path: 'ingestion/crm/contacts_loader.py', language: 'python', base: loaderBase, head: loaderHead },
    { path: 'sql/analytics/contacts_current.sql', language: 'sql', base: sqlBase, head: sqlHead },
    { path: 'config/sources.yaml', language: 'yaml', base: configBase, head: configHead },
  ],
};
