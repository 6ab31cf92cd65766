package com.baobei.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.PersonalData;
import com.baobei.contracts.Topics;
import com.baobei.demo.feed.Api;
import com.baobei.demo.feed.Feeder;
import com.baobei.demo.feed.Login;
import com.baobei.demo.feed.Progress;
import com.baobei.demo.feed.Services;
import com.baobei.demo.feed.Users;
import com.baobei.demo.month.Person;
import com.baobei.demo.month.Step;
import com.baobei.platform.RunningPlatform;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PIPL erasure across the four services (issue 14, ADR 0033), on the real platform (the services as their own
 * processes, a Kafka broker, PostgreSQL) that the other suites share ({@link SharedPlatform}), in a tenant of its own
 * ({@link ErasureMonth}): a channel registers a client, the desk records the visit and the subscription with the full
 * number, the rules decide and commission books the deal; the tenant admin then erases the number on the client's
 * request. The number is in no table of any service, every decision and the deal stay, the purchase reads as erased,
 * the desk still finds the registration by surname and last four digits, the request is recorded, and the erasure
 * reached the registration service through Kafka without being dead-lettered anywhere. The other suites use other
 * numbers and never this tenant's project or purchase ids, so their rows can only make the look for this number and
 * this deal fail, never pass; the topic and the logs are searched for any full number, whoever's.
 */
@ExtendWith(SharedPlatform.class)
class ErasureEndToEndIT {

    private static final String TENANT = ErasureMonth.TENANT;
    private static final String PROJECT = ErasureMonth.PROJECT;
    private static final ZoneId ZONE = ErasureMonth.ZONE;
    private static final List<String> SERVICES = List.of("registration", "visit", "attribution", "commission");

    private static RunningPlatform platform;
    private static Api api;
    private static Feeder feeder;
    private static Person buyer;
    private static Step.Register registered;
    private static Step.Subscribe purchased;
    private static Map<String, List<String>> holdingBefore;
    private static long dealRowsBefore;
    private static JsonNode erasure;

    @BeforeAll
    static void aClientRegisteredVisitedAndBoughtThenAskedToBeErased() throws Exception {
        ErasureMonth scenario = ErasureMonth.of(LocalDate.now(ZONE).minusDays(3));
        buyer = scenario.buyer();
        registered = scenario.registered();
        purchased = scenario.purchased();
        platform = SharedPlatform.running().platform();
        Services services = SharedPlatform.running().services();
        api = new Api(new Login(services.identity(), Users.PASSWORD));
        feeder = new Feeder(api, services, scenario.month());
        feeder.setUp();
        feeder.feed(scenario.month().steps(), Progress.none());
        await("the verdict, the attribution and the deal", Duration.ofMinutes(5), () -> decided());

        holdingBefore = holding(buyer.phone());
        dealRowsBefore = rowsNaming("commission", purchased.ref());
        erasure = api.post(visit("/api/v1/tenants/" + TENANT + "/erasures"), Api.Caller.as(Users.admin(TENANT)),
                Map.of("phone", buyer.phone(), "reason", "客户本人来电要求删除手机号")).require("erasure").body();
        await("the registration service applied the erasure", Duration.ofMinutes(2),
                () -> count("registration", "select count(*) from erasure_applied where erasure_id = ?",
                        erasure.path("erasureId").asText()) >= 1);
    }

    @Test
    void before_the_number_was_kept_by_the_visit_service_alone() {
        assertThat(holdingBefore).containsOnlyKeys("visit");
        assertThat(holdingBefore.get("visit")).containsExactly("client_contact");
    }

    @Test
    void after_the_number_is_in_no_table_of_any_service() {
        assertThat(holding(buyer.phone())).isEmpty();
    }

    @Test
    void the_verdict_the_attribution_and_the_deal_stay() {
        String registrationId = feeder.registrationId(registered.ref());
        Api.Response verdict = api.get(service("attribution", "/api/v1/registrations/" + registrationId + "/verdict"),
                Api.Caller.as(PROJECT + "-sm"));
        assertThat(verdict.status()).isEqualTo(200);
        assertThat(verdict.text()).contains(registrationId);
        Api.Response attributions = api.get(service("attribution", "/api/v1/projects/" + PROJECT + "/purchases"),
                Api.Caller.as(PROJECT + "-sm"));
        assertThat(attributions.status()).isEqualTo(200);
        assertThat(attributions.text()).contains(purchased.ref()).contains("alpha");
        assertThat(dealRowsBefore).isPositive();
        assertThat(rowsNaming("commission", purchased.ref())).isEqualTo(dealRowsBefore);
    }

    @Test
    void reading_the_purchase_afterwards_says_the_number_was_erased() {
        Api.Response purchase = api.get(visit("/api/v1/purchases/" + purchased.ref()),
                Api.Caller.as(PROJECT + "-c01"));
        assertThat(purchase.status()).isEqualTo(200);
        assertThat(purchase.body().path("buyerPhoneErased").asBoolean()).isTrue();
        assertThat(purchase.body().has("buyerPhone")).isFalse();
        assertThat(purchase.body().path("maskedPhone").asText()).isEqualTo(buyer.maskedPhone());
    }

    @Test
    void the_desk_still_finds_the_registration_by_surname_and_last_four_digits() {
        // the console's check-in reads the project's registrations and matches surname and the masked number's end
        Api.Response list = api.get(service("registration", "/api/v1/registrations?projectId=" + PROJECT
                + "&limit=1000"), Api.Caller.as(PROJECT + "-c01"));
        String lastFour = buyer.phone().substring(7);
        List<String> found = new ArrayList<>();
        for (JsonNode registration : list.body()) {
            if (registration.path("clientSurname").asText().equals(buyer.surname())
                    && registration.path("maskedPhone").asText().endsWith(lastFour)) {
                found.add(registration.path("registrationId").asText());
            }
        }
        assertThat(found).contains(feeder.registrationId(registered.ref()));
    }

    @Test
    void who_asked_when_and_why_is_recorded_and_readable_by_the_tenant_admin() {
        assertThat(erasure.path("requestedBy").asText()).isEqualTo(Users.admin(TENANT));
        assertThat(erasure.path("maskedPhone").asText()).isEqualTo(buyer.maskedPhone());
        Api.Response record = api.get(visit("/api/v1/tenants/" + TENANT + "/erasures"),
                Api.Caller.as(Users.admin(TENANT)));
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body().get(0).path("erasureId").asText()).isEqualTo(erasure.path("erasureId").asText());
        assertThat(record.body().get(0).path("reason").asText()).isEqualTo("客户本人来电要求删除手机号");
        assertThat(record.body().get(0).path("requestedAt").asText()).isNotBlank();
    }

    @Test
    void the_erasure_went_over_kafka_without_a_full_number_and_nobody_dead_lettered_it() throws Exception {
        String id = erasure.path("erasureId").asText();
        List<ConsumerRecord<byte[], byte[]>> records = TopicDump.read(platform.kafkaClientProperties(),
                Set.of(Topics.VISIT_EVENTS.name(), Topics.VISIT_EVENTS.deadLetter()));
        List<ConsumerRecord<byte[], byte[]>> erasures = records.stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(id)).toList();
        assertThat(erasures).extracting(ConsumerRecord::topic).containsExactly(Topics.VISIT_EVENTS.name());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            PersonalData.assertNoFullPhoneNumbers(record.value());
        }
        for (String service : SERVICES) {
            assertThat(PersonalData.fullPhoneNumbers(Files.readString(platform.logFile(service),
                    StandardCharsets.UTF_8))).as(service + " log").isEmpty();
        }
    }

    // --- the scenario

    private static boolean decided() {
        try {
            return api.get(service("attribution", "/api/v1/registrations/" + feeder.registrationId(registered.ref())
                    + "/verdict"), Api.Caller.as(PROJECT + "-sm")).ok()
                    && api.get(service("attribution", "/api/v1/projects/" + PROJECT + "/purchases"),
                    Api.Caller.as(PROJECT + "-sm")).text().contains(purchased.ref())
                    && Files.readString(platform.logFile("commission"), StandardCharsets.UTF_8)
                    .contains("deal of purchase " + purchased.ref() + " ");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    // --- reading the databases

    /** Per service, the tables with a row whose text holds {@code text} (bytea columns are read as UTF-8 too). */
    private static Map<String, List<String>> holding(String text) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String service : SERVICES) {
            List<String> tables = new ArrayList<>();
            for (String table : tables(service)) {
                if (count(service, "select count(*) from \"" + table + "\" t where t::text like ?", "%" + text + "%")
                        > 0 || holdsInBytes(service, table, text)) {
                    tables.add(table);
                }
            }
            if (!tables.isEmpty()) {
                found.put(service, tables);
            }
        }
        return found;
    }

    /** Rows of any table of {@code service} that name {@code text}. */
    private static long rowsNaming(String service, String text) {
        long rows = 0;
        for (String table : tables(service)) {
            rows += count(service, "select count(*) from \"" + table + "\" t where t::text like ?", "%" + text + "%");
        }
        return rows;
    }

    private static boolean holdsInBytes(String service, String table, String text) {
        List<String> columns = query(service, "select column_name from information_schema.columns where "
                + "table_schema = 'public' and table_name = ? and data_type = 'bytea'", table);
        for (String column : columns) {
            if (count(service, "select count(*) from \"" + table + "\" where position(convert_to(?, 'UTF8') in \""
                    + column + "\") > 0", text) > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tables(String service) {
        return query(service, "select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' and table_name <> ? order by 1", "flyway_schema_history");
    }

    private static long count(String service, String sql, String parameter) {
        return Long.parseLong(query(service, sql, parameter).get(0));
    }

    private static List<String> query(String service, String sql, String parameter) {
        try (Connection connection = DriverManager.getConnection(platform.jdbcUrl(database(service)),
                platform.databaseUsername(), platform.databasePassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql, e);
        }
    }

    private static String database(String service) {
        return platform.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().database();
    }

    private static URI visit(String path) {
        return service("visit", path);
    }

    private static URI service(String name, String path) {
        return platform.serviceUrl(name).resolve(path);
    }

    private static void await(String what, Duration within, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + within);
            }
            Thread.sleep(500);
        }
    }
}
