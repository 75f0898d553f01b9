#!/bin/sh
# Runs once, when the database volume is new: the roles and the database the README's "external database" asks for.
set -eu
psql -v ON_ERROR_STOP=1 --username postgres --dbname postgres \
  -v owner_password="$STEWARD_OWNER_PASSWORD" -v app_password="$STEWARD_APP_PASSWORD" \
  -v backup_password="$STEWARD_BACKUP_PASSWORD" <<'SQL'
create role steward_owner login password :'owner_password';
create role steward_app login password :'app_password';
create role steward_backup login bypassrls password :'backup_password';
grant pg_read_all_data to steward_backup;
create database steward owner steward_owner;
SQL
