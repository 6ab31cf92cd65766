package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Topic names: shared facts, one topic per tenant for decisions, and prefixes that never cover another tenant. */
class TopicsTest {

    @Test
    void a_tenants_topics_are_named_after_it_with_the_declared_partitions() {
        assertThat(Topics.REGISTRATION_VERDICTS.name("huajing")).isEqualTo("baobei.huajing.attribution.verdicts");
        assertThat(Topics.OWNERSHIP.name("huajing")).isEqualTo("baobei.huajing.attribution.ownership");
        assertThat(Topics.PURCHASE_ATTRIBUTIONS.name("qinghe")).isEqualTo("baobei.qinghe.attribution.purchases");
        assertThat(Topics.STATEMENTS.name("qinghe")).isEqualTo("baobei.qinghe.commission.statements");
        assertThat(Topics.STATEMENTS.deadLetter("qinghe")).isEqualTo("baobei.qinghe.commission.statements.dlt");

        assertThat(Topics.ofTenant("huajing")).extracting(Topics.Topic::name).containsExactly(
                "baobei.huajing.attribution.verdicts", "baobei.huajing.attribution.ownership",
                "baobei.huajing.attribution.purchases", "baobei.huajing.attribution.disputes",
                "baobei.huajing.commission.statements");
        assertThat(Topics.ofTenant("huajing")).extracting(Topics.Topic::partitions).containsExactly(6, 6, 6, 6, 3);
        assertThat(Topics.PURCHASE_ATTRIBUTIONS.of("huajing").deadLetter())
                .isEqualTo("baobei.huajing.attribution.purchases.dlt");
    }

    @Test
    void the_facts_are_shared_and_outside_every_tenants_prefix() {
        assertThat(Topics.shared()).extracting(Topics.Topic::name)
                .containsExactly("baobei.registration.events", "baobei.visit.events", "baobei.masterdata.events");
        for (Topics.Topic fact : Topics.shared()) {
            assertThat(Topics.isTopicSafe(fact.name().split("\\.")[1])).as(fact.name()).isFalse();
        }
        assertThat(Topics.tenantPrefix("huajing")).isEqualTo("baobei.huajing.");
        assertThat(Topics.REGISTRATION_EVENTS.name()).doesNotStartWith(Topics.tenantPrefix("huajing"));
    }

    @Test
    void every_name_is_unique_and_only_its_own_tenants_prefix_covers_it() {
        List<String> tenants = List.of("huajing", "qinghe", "huajing-2", "huajing_x", "a");
        List<String> names = new ArrayList<>();
        Topics.shared().forEach(t -> names.addAll(List.of(t.name(), t.deadLetter())));
        for (String tenant : tenants) {
            for (Topics.TenantTopic topic : Topics.perTenant()) {
                names.addAll(List.of(topic.name(tenant), topic.deadLetter(tenant)));
            }
        }
        assertThat(names).doesNotHaveDuplicates();
        // Kafka refuses a topic whose name equals another's once '.' is read as '_' (metric names)
        assertThat(names.stream().map(n -> n.replace('.', '_'))).doesNotHaveDuplicates();
        for (String tenant : tenants) {
            String prefix = Topics.tenantPrefix(tenant);
            List<String> covered = names.stream().filter(n -> n.startsWith(prefix)).toList();
            assertThat(covered).hasSize(2 * Topics.perTenant().size())
                    .allMatch(n -> Topics.perTenant().stream().anyMatch(t -> n.startsWith(t.name(tenant))));
        }
    }

    @Test
    void a_tenant_id_that_would_share_a_prefix_or_a_fact_topic_cannot_name_topics() {
        // "huajing.x" would put its topics under huajing's prefix; "registration" would own the shared facts
        for (String unsafe : List.of("huajing.x", "registration", "visit", "masterdata", "attribution", "commission", "", "-a",
                "a b", "x".repeat(65))) {
            assertThat(Topics.isTopicSafe(unsafe)).as(unsafe).isFalse();
            assertThatThrownBy(() -> Topics.REGISTRATION_VERDICTS.name(unsafe))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ADR 0013");
            assertThatThrownBy(() -> Topics.tenantPrefix(unsafe)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Topics.isTopicSafe(null)).isFalse();
        assertThat(Topics.isTopicSafe("x".repeat(64))).isTrue();
        assertThat(Topics.isTopicSafe("Hua_jing-9")).isTrue();
    }

    @Test
    void the_pattern_finds_one_kind_of_topic_of_every_tenant_and_names_the_tenant() {
        var purchases = Topics.PURCHASE_ATTRIBUTIONS;
        assertThat(purchases.pattern().matcher("baobei.huajing.attribution.purchases").matches()).isTrue();
        assertThat(purchases.pattern().matcher("baobei.new-tenant.attribution.purchases").matches()).isTrue();
        Stream.of("baobei.huajing.attribution.purchases.dlt", "baobei.huajing.attribution.verdicts",
                        "baobei.attribution.purchases", "baobei.a.b.attribution.purchases", "xbaobei.a.attribution.purchases",
                        "baobei.huajing.attributionXpurchases")
                .forEach(name -> assertThat(purchases.pattern().matcher(name).matches()).as(name).isFalse());

        assertThat(purchases.tenantOf("baobei.qinghe.attribution.purchases")).contains("qinghe");
        assertThat(purchases.tenantOf("baobei.qinghe.commission.statements")).isEmpty();
        assertThat(Topics.STATEMENTS.tenantOf("baobei.qinghe.commission.statements")).contains("qinghe");
        assertThat(purchases.tenantOf("baobei.visit.attribution.purchases")).isEmpty();
    }
}
