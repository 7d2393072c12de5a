#!/usr/bin/env bash
# Installs Debian's PostgreSQL (if missing), starts it on 127.0.0.1 and creates the login role the
# suites use. The role is NOT a superuser (so FORCE ROW LEVEL SECURITY binds it like production);
# it has CREATEROLE because migration 0000 creates the app_user/app_system roles.
# Prints the DATABASE_URL on its last line.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${version} main$"; then
  pg_createcluster "$version" main >/dev/null
fi
conf="/etc/postgresql/${version}/main/postgresql.conf"
sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "$conf"
# Only when it is not already serving: a restart would cut off every other suite or server using it.
if ! pg_isready -q -h 127.0.0.1; then
  pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main restart
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done

db=${RF_TEST_DB:-resolutionflow_test}
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'resolutionflow') THEN
    CREATE ROLE resolutionflow LOGIN PASSWORD 'resolutionflow' NOSUPERUSER CREATEROLE;
  END IF;
END \$\$;
SET client_min_messages = warning;
DROP DATABASE IF EXISTS ${db} WITH (FORCE);
CREATE DATABASE ${db} OWNER resolutionflow;
SQL
echo "postgresql://resolutionflow:resolutionflow@127.0.0.1:5432/${db}"
