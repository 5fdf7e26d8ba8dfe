#!/usr/bin/env bash
# Runs a command against a throwaway role and database on this machine's PostgreSQL cluster,
# then drops them (and every database the role made): for CI's PostgreSQL test pass
# (.ci/postgres-tests) and for `npm run bench:pg`. The command gets DATABASE_URL and
# BENCH_DATABASE_URL naming that database; its role has CREATEDB (not superuser), so tests and
# benches can copy a migrated template into databases of their own. Run as root (it uses
# `su postgres`); starts the newest cluster if it is down. Installing PostgreSQL is CI's
# business (.ci/postgres-tests), not this script's.
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "No PostgreSQL here: apt-get install postgresql (Debian), or set BENCH_DATABASE_URL yourself." >&2
  exit 2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')

role="tapestry_tmp_$$"
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
psql_admin() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt $(printf '%q ' "$@")"; }

cleanup() {
  # Every database the role owns (templates, any a failed run left), then the role.
  for db in $(psql_admin -c "select datname from pg_database d join pg_roles r on r.oid = d.datdba where r.rolname = '$role'"); do
    psql_admin -c "drop database if exists \"$db\" with (force)" || true
  done
  psql_admin -c "drop role if exists $role" || true
}
trap cleanup EXIT

psql_admin -c "create role $role login createdb password '$password'"
psql_admin -c "create database $role owner $role"

url="postgres://$role:$password@localhost:$port/$role"
echo "PostgreSQL $version on port $port, throwaway role $role: $*"
DATABASE_URL="$url" BENCH_DATABASE_URL="$url" "$@"
