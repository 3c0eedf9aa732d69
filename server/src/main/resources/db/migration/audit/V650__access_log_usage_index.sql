-- Usage per day, user and outcome of one agency (the agency administrator's chart, the usage API)
-- is answered from this index alone: it replaces (agency_id, log_date), whose leading columns it
-- keeps, so searches by agency and period use it as before and every call still writes one index
-- entry here, not two.
create index audit_access_log_agency_usage on audit_access_log (agency_id, log_date, user_id, outcome);
drop index audit_access_log_agency_date;
