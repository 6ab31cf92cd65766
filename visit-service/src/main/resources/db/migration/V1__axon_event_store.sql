-- Axon's JPA storage, with bytea instead of large objects (see ByteaPostgresDialect) and a
-- global index sequence that allocates one number at a time (see META-INF/orm.xml).
create sequence domain_event_entry_seq start with 1 increment by 1;
create sequence association_value_entry_seq start with 1 increment by 50;

create table domain_event_entry (
    global_index bigint not null primary key,
    sequence_number bigint not null,
    meta_data bytea,
    payload bytea not null,
    aggregate_identifier varchar(255) not null,
    event_identifier varchar(255) not null unique,
    payload_revision varchar(255),
    payload_type varchar(255) not null,
    time_stamp varchar(255) not null,
    type varchar(255),
    unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    sequence_number bigint not null,
    meta_data bytea,
    payload bytea not null,
    aggregate_identifier varchar(255) not null,
    event_identifier varchar(255) not null unique,
    payload_revision varchar(255),
    payload_type varchar(255) not null,
    time_stamp varchar(255) not null,
    type varchar(255) not null,
    primary key (sequence_number, aggregate_identifier, type)
);

create table token_entry (
    segment integer not null,
    token bytea,
    owner varchar(255),
    processor_name varchar(255) not null,
    timestamp varchar(255) not null,
    token_type varchar(255),
    primary key (segment, processor_name)
);

create table saga_entry (
    serialized_saga bytea,
    revision varchar(255),
    saga_id varchar(255) not null primary key,
    saga_type varchar(255)
);

create table association_value_entry (
    id bigint not null primary key,
    association_key varchar(255) not null,
    association_value varchar(255),
    saga_id varchar(255) not null,
    saga_type varchar(255)
);
create index association_value_lookup on association_value_entry (saga_type, association_key, association_value);
create index association_value_saga on association_value_entry (saga_id, saga_type);

create table dead_letter_entry (
    dead_letter_id varchar(255) not null primary key,
    enqueued_at timestamp(6) with time zone not null,
    last_touched timestamp(6) with time zone,
    processing_started timestamp(6) with time zone,
    sequence_index bigint not null,
    sequence_number bigint,
    cause_message varchar(1023),
    diagnostics bytea,
    meta_data bytea,
    payload bytea not null,
    token bytea,
    aggregate_identifier varchar(255),
    cause_type varchar(255),
    event_identifier varchar(255) not null,
    message_type varchar(255) not null,
    payload_revision varchar(255),
    payload_type varchar(255) not null,
    processing_group varchar(255) not null,
    sequence_identifier varchar(255) not null,
    time_stamp varchar(255) not null,
    token_type varchar(255),
    type varchar(255),
    unique (processing_group, sequence_identifier, sequence_index)
);
create index dead_letter_group on dead_letter_entry (processing_group);
create index dead_letter_sequence on dead_letter_entry (processing_group, sequence_identifier);
