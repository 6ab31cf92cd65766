package com.baobei.platform.testing;

/** One running Kafka broker and one running PostgreSQL server. */
interface Backend {

    String kafkaBootstrapServers();

    /** JDBC URL of the given database on the server (which need not exist yet). */
    String jdbcUrl(String database);

    String username();

    String password();

    /** What runs, for the log line that shows a test used real infrastructure. */
    String kind();

    void stop();
}
