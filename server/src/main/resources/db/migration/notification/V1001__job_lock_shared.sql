-- The daily job claim of ADR 0121 becomes the project's one once-per-cluster mechanism
-- (id.gerbang.common.JobLock): any module's scheduled job claims a row by its name; rows are created
-- on first claim.
alter table notification_job_lock rename to job_lock;
