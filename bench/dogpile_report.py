"""B7's contender: the stack the original document describes — SQLAlchemy with a
dogpile.cache region on its dbm (file) backend — answering `report owners-summary` as csv.

Usage: python dogpile_report.py DATABASE.sqlite3 CACHE_FILE

The first run fills the cache; later runs are hits, like petdb's. The SQL is petdb's own
(src/db/queries/reports.rs); the harness checks that both print the same bytes.
"""

import csv
import sys

from dogpile.cache import make_region
from sqlalchemy import create_engine, text

OWNERS_SUMMARY = """
SELECT o.id AS owner_id, o.name AS owner_name,
       COALESCE(pc.pets, 0) AS pets,
       COALESCE(pr.procedures, 0) AS procedures,
       COALESCE(pr.total_cents, 0) AS total_cents,
       pr.last_visit
FROM owners o
LEFT JOIN (SELECT owner_id, COUNT(*) AS pets FROM pets GROUP BY owner_id) pc
       ON pc.owner_id = o.id
LEFT JOIN (SELECT p.owner_id, COUNT(*) AS procedures,
                  SUM(x.cost_cents) AS total_cents, MAX(x.performed_at) AS last_visit
           FROM procedures x JOIN pets p ON p.id = x.pet_id
           GROUP BY p.owner_id) pr
       ON pr.owner_id = o.id
ORDER BY total_cents DESC, o.id
"""

COLUMNS = ["owner_id", "owner_name", "pets", "procedures", "total_cents", "last_visit"]


def main() -> None:
    database, cache_file = sys.argv[1], sys.argv[2]
    region = make_region().configure(
        "dogpile.cache.dbm", expiration_time=300, arguments={"filename": cache_file}
    )
    engine = create_engine(f"sqlite:///{database}")

    @region.cache_on_arguments()
    def owners_summary():
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(OWNERS_SUMMARY))]

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(COLUMNS)
    out.writerows(owners_summary())


if __name__ == "__main__":
    main()
