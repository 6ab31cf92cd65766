#!/bin/bash
# Run once by the postgres image (Debian's, deploy/cluster/postgres, or the official one) on an empty data volume,
# as the superuser: one database per service, owned by a login role of the same name that owns nothing else and
# may connect to nothing else. No service connects as the superuser. Each role's password comes from
# DB_<SERVICE>_PASSWORD or the file named by DB_<SERVICE>_PASSWORD_FILE; there is no default.
set -euo pipefail
for service in registration visit attribution commission; do
  variable="DB_${service^^}_PASSWORD"
  file_variable="${variable}_FILE"
  if [ -n "${!file_variable:-}" ]; then
    password=$(cat "${!file_variable}")
  else
    password="${!variable:?set $variable or $file_variable}"
  fi
  psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    -v role="$service" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
-- PUBLIC may connect to every database by default: only the owner (and the superuser) may connect to this one
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
done
