-- The agency's local end user on whose behalf a service account called (issue 13 point 15): the
-- person behind the shared account, as the agency names them (user_lokal / operator on the
-- compatible surface, localUser on v1). Free text from the agency, possibly a person's name; null
-- for every existing entry and for calls that do not name one. Part of the chained entry only when
-- present (docs/audit.md, "Canonical encoding"), so existing hashes are unchanged.
alter table audit_access_log add column local_user varchar(128);
