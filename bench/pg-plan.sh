#!/usr/bin/env bash
# Prints PostgreSQL's plan (EXPLAIN ANALYZE, BUFFERS) for the statements CeGraph runs for the benchmark's
# activities-page query (50 CT activities with totalCount): the page, the count, the sponsors and the distributions
# with their lines, as EF Core sends them (text taken from its command log; parameters inlined).
#   bench/pg-plan.sh 'Host=127.0.0.1;Port=5432;Username=cegraph;Database=cegraph'
set -euo pipefail
conn=${1:?usage: bench/pg-plan.sh NPGSQL_CONNECTION_STRING}
get() { tr ';' '\n' <<<"$conn" | sed -n "s/^$1=//Ip" | head -n 1; }
export PGHOST=$(get Host) PGPORT=$(get Port) PGUSER=$(get Username) PGDATABASE=$(get Database)
pw=$(get Password); [ -n "$pw" ] && export PGPASSWORD=$pw
explain() { echo "-- $1"; psql -X -q -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $2"; }
explain "page (keyset, first 50 + 1)" "
SELECT a.\"Id\", a.\"ApprovedOn\", a.\"CeCategory\", a.\"Code\", a.\"CreditHundredths\", a.\"ExpiresOn\", a.\"IsSample\", a.\"RejectionReason\", a.\"Revision\", a.\"SponsorId\", a.\"Status\", a.\"Title\"
FROM \"Activities\" AS a
WHERE a.\"Status\" = 'Distributed' AND EXISTS (
    SELECT 1 FROM \"Distributions\" AS d INNER JOIN \"Disciplines\" AS d0 ON d.\"DisciplineId\" = d0.\"Id\"
    WHERE a.\"Id\" = d.\"ActivityId\" AND d0.\"Code\" = 'CT')
ORDER BY a.\"Id\" LIMIT 51"
explain "totalCount (IN over the distribution index)" "
SELECT count(*)::int FROM \"Activities\" AS a
WHERE a.\"Status\" = 'Distributed' AND a.\"Id\" IN (
    SELECT d.\"ActivityId\" FROM \"Distributions\" AS d INNER JOIN \"Disciplines\" AS d0 ON d.\"DisciplineId\" = d0.\"Id\"
    WHERE d0.\"Code\" = 'CT')"
explain "totalCount as it was (EXISTS per activity)" "
SELECT count(*)::int FROM \"Activities\" AS a
WHERE a.\"Status\" = 'Distributed' AND EXISTS (
    SELECT 1 FROM \"Distributions\" AS d INNER JOIN \"Disciplines\" AS d0 ON d.\"DisciplineId\" = d0.\"Id\"
    WHERE a.\"Id\" = d.\"ActivityId\" AND d0.\"Code\" = 'CT')"
ids=$(psql -X -A -t -c "SELECT string_agg(\"Id\"::text, ',') FROM (SELECT a.\"Id\" FROM \"Activities\" a WHERE a.\"Status\" = 'Distributed' AND EXISTS (SELECT 1 FROM \"Distributions\" d JOIN \"Disciplines\" d0 ON d.\"DisciplineId\" = d0.\"Id\" WHERE d.\"ActivityId\" = a.\"Id\" AND d0.\"Code\" = 'CT') ORDER BY a.\"Id\" LIMIT 50) p")
explain "distributions with discipline and lines of the 50 activities" "
SELECT d.*, d0.*, c.* FROM \"Distributions\" AS d
INNER JOIN \"Disciplines\" AS d0 ON d.\"DisciplineId\" = d0.\"Id\"
LEFT JOIN \"Allocations\" AS c ON d.\"Id\" = c.\"DistributionId\"
WHERE d.\"ActivityId\" = ANY (ARRAY[$ids]) ORDER BY d.\"Id\", d0.\"Id\""
