package com.baobei.commission.bench;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.AgreementVersion;
import com.baobei.commission.agreement.Scope;
import com.baobei.commission.agreement.Tier;
import com.baobei.commission.agreement.TierTable;
import com.baobei.commission.agreement.Trigger;
import com.baobei.commission.export.StatementCsv;
import com.baobei.commission.export.StatementTable;
import com.baobei.commission.export.StatementXlsx;
import com.baobei.commission.json.JsonConfig;
import com.baobei.commission.ledger.ChannelLedger;
import com.baobei.commission.ledger.Deal;
import com.baobei.commission.ledger.Statement;
import com.baobei.commission.persistence.AgreementRepository;
import com.baobei.commission.persistence.DealRepository;
import com.baobei.commission.persistence.FineRepository;
import com.baobei.commission.persistence.Json;
import com.baobei.commission.persistence.StatementRepository;
import com.baobei.commission.statements.LedgerLoader;
import com.baobei.contracts.UnitType;
import com.baobei.platform.testing.RealInfrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: prints how long it takes to build the statement of a channel with 10,000 deals in
 * one period (goal: at most 1 s), next to baselines measured in the same run on the same real
 * PostgreSQL: reading and summing those 10,000 amounts, and reading the 10,000 deal rows.
 *
 * <p>Run: {@code mvn -B -q -pl commission-service test-compile exec:java
 * -Dexec.mainClass=com.baobei.commission.bench.StatementBenchmark -Dexec.classpathScope=test}
 */
public final class StatementBenchmark {

    static final int DEALS = 10_000;
    static final int WARMUP = 15;
    static final int RUNS = 25;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    static final LocalDate FEB = LocalDate.of(2024, 2, 1);
    static final String TENANT = "t1";

    public static void main(String[] args) {
        int status = 0;
        RealInfrastructure infrastructure = RealInfrastructure.shared();
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(infrastructure.jdbcUrl("commission_bench"));
            ds.setUsername(infrastructure.username());
            ds.setPassword(infrastructure.password());
            ds.setMaximumPoolSize(2);
            ds.addDataSourceProperty("reWriteBatchedInserts", "true"); // as in application.yml
            Flyway.configure().dataSource(ds).load().migrate();
            run(ds);
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            status = 1;
        } finally {
            // the embedded broker's threads would keep the JVM alive
            System.exit(status);
        }
    }

    static void run(HikariDataSource ds) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        ObjectMapper mapper = JsonConfig.configure(new ObjectMapper());
        Json json = new Json(mapper);
        AgreementRepository agreements = new AgreementRepository(jdbc, json);
        DealRepository deals = new DealRepository(jdbc);
        FineRepository fines = new FineRepository(jdbc, json);
        StatementRepository statements = new StatementRepository(jdbc, json);
        LedgerLoader loader = new LedgerLoader(agreements, deals, fines, statements,
                new com.baobei.commission.persistence.AdjustmentRepository(jdbc));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));

        String tenant = TENANT;
        String project = "bench" + UUID.randomUUID().toString().substring(0, 8);
        String channel = "ch-bench";
        // 10,000 deals is exactly the top threshold: withdrawing one moves the tier of all the others
        Agreement agreement = new Agreement(project, channel, 1, SHANGHAI, null, List.of(new AgreementVersion(1, JAN,
                TierTable.retroactiveByCount(Tier.from("1", "1.0"), Tier.from("6", "1.2"), Tier.from("101", "1.5"),
                        Tier.from(String.valueOf(DEALS), "1.8")), Trigger.SUBSCRIPTION, Scope.DEFAULT)));
        agreements.save(tenant, agreement, Instant.now(), "bench");
        long t0 = System.nanoTime();
        insertDeals(jdbc, project, channel);
        System.out.printf(Locale.ROOT, "setup: %,d deals inserted in %d ms%n", DEALS, (System.nanoTime() - t0) / 1_000_000);

        System.out.printf(Locale.ROOT, "%ncommission statement benchmark: one channel, %,d deals in one period, "
                + "real PostgreSQL, median (min) of %d runs after %d warm-up runs%n%n", DEALS, RUNS, WARMUP);
        double sumSql = measure("baseline: SELECT and sum the 10,000 amounts (JDBC)", () ->
                jdbc.query("select amount from deal where tenant_id = ? and project_id = ? and channel_id = ?",
                        rs -> {
                            BigDecimal sum = BigDecimal.ZERO;
                            while (rs.next()) {
                                sum = sum.add(rs.getBigDecimal(1));
                            }
                            return sum;
                        }, tenant, project, channel));
        double readRows = measure("baseline: read the 10,000 deal rows (DealRepository)",
                () -> deals.forChannel(tenant, project, channel));
        double open = measure("statement, open period: read facts + compute (LedgerLoader)",
                () -> loader.load(tenant, project, channel).statementFor(JAN));
        List<Deal> inMemory = deals.forChannel(tenant, project, channel);
        measure("  of which compute only, in memory (ChannelLedger)", () -> ChannelLedger.build(
                new ChannelLedger.Input(tenant, project, channel, agreement, inMemory, List.of(), List.of())).statementFor(JAN));
        Statement january = loader.load(tenant, project, channel).statementFor(JAN);
        measure("  as JSON", () -> json.write(january));
        measure("  as CSV", () -> StatementCsv.write(StatementTable.of(january, SHANGHAI)));
        measure("  as XLSX", () -> StatementXlsx.write(StatementTable.of(january, SHANGHAI)));
        measure("issue: compute + insert statement and 10,000 lines (rolled back)", () -> tx.execute(status -> {
            Statement s = loader.load(tenant, project, channel).statementFor(JAN).issue(Instant.now(), "bench");
            statements.insert(tenant, s);
            status.setRollbackOnly();
            return s;
        }));

        statements.insert(tenant, january.issue(Instant.now(), "bench"));
        Deal first = inMemory.get(0);
        deals.upsert(tenant, project, new Deal(first.purchaseId(), first.unitId(), first.unitType(), first.amount(),
                first.subscribedAt(), null, Instant.parse("2024-02-02T02:00:00Z"), channel, first.agentId(), 1,
                "bench-cancel", Instant.parse("2024-02-02T02:00:05Z"), first.ruleIds()));
        Statement february = loader.load(tenant, project, channel).statementFor(FEB);
        double adjusted = measure("statement after a cancellation in the issued period: "
                + february.adjustments().size() + " adjustment lines", () -> loader.load(tenant, project, channel)
                .statementFor(FEB));
        measure("  of which reading the issued statement back (JSON)", () -> statements.issuedFor(tenant, project, channel));

        System.out.printf(Locale.ROOT, "%nratio open statement / read rows: %.1f; / SELECT-and-sum: %.1f%n",
                open / readRows, open / sumSql);
        System.out.printf(Locale.ROOT, "goal <= 1000 ms for the open statement: %s (%.0f ms); with %d adjustments: "
                + "%s (%.0f ms)%n", open <= 1000 ? "met" : "NOT met", open, february.adjustments().size(),
                adjusted <= 1000 ? "met" : "NOT met", adjusted);
        System.out.printf(Locale.ROOT, "check: gross January %s, net February %s%n", january.totals().gross(),
                february.totals().netPayable());
    }

    static void insertDeals(JdbcTemplate jdbc, String project, String channel) {
        List<Object[]> rows = new ArrayList<>(DEALS);
        Instant start = Instant.parse("2024-01-01T01:00:00Z");
        for (int i = 0; i < DEALS; i++) {
            Instant at = start.plusSeconds(i * 250L); // spread over January
            BigDecimal amount = BigDecimal.valueOf(800_000_00L + (i * 7919L) % 400_000_00L, 2);
            rows.add(new Object[] {project, "p" + i, TENANT, channel, "agent-" + (i % 40), "B" + (i % 20) + "-" + i,
                    UnitType.RESIDENTIAL.name(), amount, at.atOffset(java.time.ZoneOffset.UTC), 0, "ev-" + i,
                    at.plusSeconds(5).atOffset(java.time.ZoneOffset.UTC), "VIS-4,PUR-1"});
        }
        jdbc.batchUpdate("""
                insert into deal (project_id, purchase_id, tenant_id, channel_id, agent_id, unit_id, unit_type, amount,
                                  subscribed_at, revision, event_id, recorded_at, rule_ids)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    static double measure(String what, Supplier<?> work) {
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[RUNS / 2];
        System.out.printf(Locale.ROOT, "%-78s %8.1f ms  (%.1f)%n", what, median, ms[0]);
        return median;
    }
}
