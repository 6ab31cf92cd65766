package com.baobei.registration.publishing;

import com.baobei.contracts.EventData;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.Topics;
import com.baobei.contracts.masterdata.AgentChanged;
import com.baobei.contracts.masterdata.ChannelChanged;
import com.baobei.contracts.masterdata.ConsultantChanged;
import com.baobei.contracts.masterdata.ProjectChanged;
import com.baobei.contracts.masterdata.TenantChanged;
import com.baobei.registration.masterdata.Agent;
import com.baobei.registration.masterdata.Channel;
import com.baobei.registration.masterdata.Consultant;
import com.baobei.registration.masterdata.MasterDataDefined;
import com.baobei.registration.masterdata.MasterEntity;
import com.baobei.registration.masterdata.Project;
import com.baobei.registration.masterdata.TenantProfile;
import java.time.Instant;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.stereotype.Component;

/**
 * Master data reaches its topic the way registrations do (ADR 0002): from the event store, in the same tracking
 * processor, after {@code acks=all}. Each message is the entity's whole state under its key {@code tenant:kind:id}.
 */
@Component
@ProcessingGroup(KafkaPublisher.GROUP)
class MasterDataPublisher {

    private final AcknowledgedSender sender;

    MasterDataPublisher(AcknowledgedSender sender) {
        this.sender = sender;
    }

    @EventHandler
    void on(MasterDataDefined e, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        EventEnvelope envelope = EventEnvelope.of(eventId, e.tenantId(), projectOf(e.entity()), null, e.changedAt(),
                recordedAt, published(e.entity()));
        sender.send(Topics.MASTER_DATA.name(), envelope);
    }

    /** Projects and consultants are about a project; the rest is tenant-wide and has none (ADR 0014). */
    private static String projectOf(MasterEntity entity) {
        if (entity instanceof Project p) {
            return p.projectId();
        }
        return entity instanceof Consultant c ? c.projectId() : null;
    }

    static EventData published(MasterEntity entity) {
        if (entity instanceof TenantProfile t) {
            return new TenantChanged(t.name(), t.active());
        } else if (entity instanceof Project p) {
            return new ProjectChanged(p.name(), p.salesOffice(), p.openingDate(), p.salesFrom(), p.salesTo(),
                    p.unitTypes(), p.active());
        } else if (entity instanceof Channel c) {
            return new ChannelChanged(c.channelId(), c.name(), c.kind(), c.agreementFrom(), c.agreementTo(),
                    c.projectIds(), c.active());
        } else if (entity instanceof Agent a) {
            return new AgentChanged(a.channelId(), a.agentId(), a.name(), a.active());
        }
        Consultant c = (Consultant) entity;
        return new ConsultantChanged(c.consultantId(), c.name(), c.supervisorId(), c.agencyId(), c.active());
    }

    /** The compacted topic; created here too so a service started on its own finds it (as registrations' is). */
    @Configuration
    static class Topic {

        @Bean
        NewTopic masterDataEvents(@Value("${baobei.topic-replication-factor}") short replicationFactor) {
            return TopicBuilder.name(Topics.MASTER_DATA.name())
                    .partitions(Topics.MASTER_DATA.partitions())
                    .replicas(replicationFactor)
                    .compact()
                    .build();
        }
    }
}
