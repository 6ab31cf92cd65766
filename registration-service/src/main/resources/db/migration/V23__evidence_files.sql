-- Files a channel sends with a dispute (DSP-1): photos, screenshots, call recordings. Kept in the database with the
-- events they support, so a backup holds both and a ruling's evidence cannot go missing on its own. Scoped like
-- every record here: the tenant first, and the channel that sent it.
create table evidence_file (
    evidence_id varchar(64) not null primary key,
    tenant_id varchar(255) not null,
    project_id varchar(255) not null,
    channel_id varchar(255) not null,
    uploaded_by varchar(255) not null,
    file_name varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes integer not null,
    sha256 varchar(64) not null,
    content bytea not null,
    uploaded_at timestamp(6) with time zone not null
);
create index evidence_file_by_channel on evidence_file (tenant_id, channel_id);
