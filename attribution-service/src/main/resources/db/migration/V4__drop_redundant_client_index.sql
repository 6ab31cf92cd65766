-- A project's clients are found through client_ownership_by_phone (tenant_id, project_id,
-- masked_phone), whose leading columns are the tenant and project: the index on (tenant_id,
-- project_id) only cost every client row a second index entry to write (each fold of a replayed
-- project writes thousands).
drop index client_ownership_by_project;
