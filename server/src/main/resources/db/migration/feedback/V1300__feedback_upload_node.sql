-- Several nodes (issue 20): the node that holds an upload's workbook in memory, so that another
-- node's start does not mark a job still running elsewhere as interrupted.
alter table feedback_upload add column node varchar(100);
