package com.baobei.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.baobei.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.internals.KafkaFutureImpl;
import org.junit.jupiter.api.Test;

/** A tenant's topics are asked for once, with their dead-letter topics; an existing topic is fine, a refusal is not. */
class TenantTopicCreatorTest {

    private final Admin admin = mock(Admin.class);
    private final List<List<NewTopic>> asked = new ArrayList<>();
    private final TenantTopicCreator creator = new TenantTopicCreator(admin,
            List.of(Topics.REGISTRATION_VERDICTS, Topics.PURCHASE_ATTRIBUTIONS), (short) 3, Duration.ofMillis(500));
    /** How many times in a row the new partitions' end offsets are not answered (a partition not led yet). */
    private int leaderless;

    {
        doAnswer(call -> {
            Map<TopicPartition, OffsetSpec> asked = call.getArgument(0);
            assertThat(asked).isNotEmpty();
            KafkaFutureImpl<Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo>> all = new KafkaFutureImpl<>();
            if (leaderless-- > 0) {
                all.completeExceptionally(new NotLeaderOrFollowerException("not yet"));
            } else {
                all.complete(Map.of());
            }
            ListOffsetsResult result = mock(ListOffsetsResult.class);
            when(result.all()).thenReturn(all);
            return result;
        }).when(admin).listOffsets(anyMap(), any(ListOffsetsOptions.class));
    }

    @Test
    void creates_a_new_tenants_topics_and_dead_letter_topics_once() {
        answer(Map.of("baobei.huajing.attribution.purchases", new TopicExistsException("there")));

        creator.ensureFor("baobei.huajing.attribution.verdicts");
        creator.ensureFor("baobei.huajing.attribution.purchases");
        creator.ensure("huajing");

        verify(admin, times(1)).createTopics(anyCollection());
        assertThat(asked.get(0)).extracting(NewTopic::name).containsExactly(
                "baobei.huajing.attribution.verdicts", "baobei.huajing.attribution.verdicts.dlt",
                "baobei.huajing.attribution.purchases", "baobei.huajing.attribution.purchases.dlt");
        assertThat(asked.get(0)).allMatch(t -> t.replicationFactor() == 3);
        assertThat(asked.get(0)).extracting(NewTopic::numPartitions).containsOnly(6);

        creator.ensureFor("baobei.qinghe.attribution.purchases");
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1)).extracting(NewTopic::name).allMatch(name -> name.startsWith("baobei.qinghe."));
    }

    @Test
    void a_topic_of_no_tenant_needs_nothing() {
        creator.ensureFor("baobei.registration.events.dlt");
        creator.ensureFor("baobei.huajing.commission.statements");
        verify(admin, times(0)).createTopics(anyCollection());
    }

    @Test
    void a_refusal_throws_and_the_tenant_is_asked_for_again_next_time() {
        answer(Map.of("baobei.huajing.attribution.verdicts.dlt", new TopicAuthorizationException("no")));
        assertThatThrownBy(() -> creator.ensure("huajing")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("baobei.huajing.attribution.verdicts.dlt");

        answer(Map.of());
        creator.ensure("huajing");
        assertThat(asked).hasSize(2);
    }

    @Test
    void new_topics_are_ready_only_once_every_partition_has_a_leader() {
        answer(Map.of());
        leaderless = 3;
        creator.ensure("huajing");
        verify(admin, times(4)).listOffsets(anyMap(), any(ListOffsetsOptions.class));

        creator.ensure("huajing");
        verify(admin, times(1)).createTopics(anyCollection());
    }

    @Test
    void topics_still_without_a_leader_after_the_wait_are_an_error_and_asked_for_again() {
        answer(Map.of());
        leaderless = Integer.MAX_VALUE;
        assertThatThrownBy(() -> creator.ensure("huajing")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not led");

        leaderless = 0;
        creator.ensure("huajing");
        verify(admin, times(2)).createTopics(anyCollection());
        verify(admin, atLeast(2)).listOffsets(anyMap(), any(ListOffsetsOptions.class));
    }

    /** Every topic asked for is created, except those failing with the given exception. */
    private void answer(Map<String, Exception> failures) {
        // doAnswer: re-stubbing with when(...) would call the previous answer once
        doAnswer(call -> {
            Collection<NewTopic> topics = call.getArgument(0);
            asked.add(List.copyOf(topics));
            Map<String, KafkaFuture<Void>> values = new LinkedHashMap<>();
            for (NewTopic topic : topics) {
                KafkaFutureImpl<Void> future = new KafkaFutureImpl<>();
                Exception failure = failures.get(topic.name());
                if (failure == null) {
                    future.complete(null);
                } else {
                    future.completeExceptionally(failure);
                }
                values.put(topic.name(), future);
            }
            CreateTopicsResult result = mock(CreateTopicsResult.class);
            when(result.values()).thenReturn(values);
            return result;
        }).when(admin).createTopics(anyCollection());
    }
}
