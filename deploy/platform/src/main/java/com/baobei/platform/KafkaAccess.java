package com.baobei.platform;

import com.baobei.contracts.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the platform's broker (ADR 0013). Each service is a user of its own with ACLs for what it
 * writes and reads; a partner of a tenant reads that tenant's topics and nothing else. The broker denies whatever
 * no ACL allows.
 *
 * <p>Kafka matches resource names literally or by prefix only, and a tenant's topics are {@code baobei.<tenant>.*}
 * for tenants not known in advance, so the writers of per-tenant topics hold a prefix ACL on {@code baobei.}; DENY
 * entries then keep them off the shared fact topics they have no business writing (or, for commission, reading).
 */
public final class KafkaAccess {

    /** The tenants the demo plays: their topics and partner users exist from the first start. */
    public static final List<String> KNOWN_TENANTS = List.of("huajing", "qinghe");

    private static final int SCRAM_ITERATIONS = 8192;

    private KafkaAccess() {
    }

    /** The Kafka user of a tenant's partner. */
    public static String partnerUser(String tenant) {
        return tenant + ".partner";
    }

    /** The consumer-group prefix a tenant's partner may use. */
    public static String partnerGroupPrefix(String tenant) {
        return tenant + ".partner";
    }

    /** What {@code service} (a {@link ServiceSpec#name()}) may do; a service not known here may only connect. */
    static List<AclBinding> serviceAcls(String service) {
        String user = service;
        List<AclBinding> acls = new ArrayList<>();
        switch (service) {
            case "registration" -> {
                writes(acls, user, literalTopic(Topics.REGISTRATION_EVENTS.name()));
                writes(acls, user, literalTopic(Topics.MASTER_DATA.name()));
                // the erasures of personal data (ADR 0033), read from the offices' facts
                allow(acls, user, literalTopic(Topics.VISIT_EVENTS.name()), AclOperation.READ);
                allow(acls, user, prefixedGroup("registration-"), AclOperation.READ);
            }
            case "visit" -> {
                writes(acls, user, literalTopic(Topics.VISIT_EVENTS.name()));
                // its copy of the master data, and the dead letters of it
                allow(acls, user, literalTopic(Topics.MASTER_DATA.name()), AclOperation.READ);
                writes(acls, user, literalTopic(Topics.MASTER_DATA.deadLetter()));
                // its copy of the disputes channels raise, so that rulings name real ones (ADR 0020)
                allow(acls, user, literalTopic(Topics.REGISTRATION_EVENTS.name()), AclOperation.READ);
                allow(acls, user, prefixedGroup("visit-"), AclOperation.READ);
            }
            case "attribution" -> {
                // the facts and the master data: read, never written
                for (Topics.Topic fact : Topics.shared()) {
                    allow(acls, user, literalTopic(fact.name()), AclOperation.READ);
                    deny(acls, user, literalTopic(fact.name()), AclOperation.WRITE);
                }
                // every tenant's decision topics, created on first use, and the facts' dead-letter topics
                writes(acls, user, prefixedTopic(Topics.PREFIX));
                allow(acls, user, prefixedGroup("attribution-"), AclOperation.READ);
            }
            case "commission" -> {
                // the purchases of every tenant, found by a pattern; the master data; the statements it writes
                allow(acls, user, prefixedTopic(Topics.PREFIX), AclOperation.READ);
                writes(acls, user, prefixedTopic(Topics.PREFIX));
                // the channels' and the offices' facts are the attribution service's to read (the master data is not)
                for (Topics.Topic fact : List.of(Topics.REGISTRATION_EVENTS, Topics.VISIT_EVENTS)) {
                    for (String name : List.of(fact.name(), fact.deadLetter())) {
                        deny(acls, user, literalTopic(name), AclOperation.READ);
                        deny(acls, user, literalTopic(name), AclOperation.WRITE);
                    }
                }
                allow(acls, user, prefixedGroup("commission-"), AclOperation.READ);
            }
            default -> {
                // authenticated, nothing more
            }
        }
        return acls;
    }

    /** A partner of {@code tenant}: reads the tenant's topics, with consumer groups of its own prefix. */
    static List<AclBinding> partnerAcls(String tenant) {
        String user = partnerUser(tenant);
        List<AclBinding> acls = new ArrayList<>();
        ResourcePattern topics = prefixedTopic(Topics.tenantPrefix(tenant));
        allow(acls, user, topics, AclOperation.READ);
        allow(acls, user, topics, AclOperation.DESCRIBE);
        allow(acls, user, prefixedGroup(partnerGroupPrefix(tenant)), AclOperation.READ);
        return acls;
    }

    /**
     * Users and ACLs for {@code services} and for the partners of {@link #KNOWN_TENANTS}, and for each partner a
     * client properties file in {@code partnerFiles} (owner-only: it holds the password).
     */
    static void setUp(KafkaBroker broker, List<String> services, Path partnerFiles) {
        List<String> users = new ArrayList<>(services);
        List<AclBinding> acls = new ArrayList<>();
        services.forEach(service -> acls.addAll(serviceAcls(service)));
        for (String tenant : KNOWN_TENANTS) {
            users.add(partnerUser(tenant));
            acls.addAll(partnerAcls(tenant));
        }
        try (Admin admin = Admin.create(broker.clientProperties(KafkaCredentials.ADMIN))) {
            apply(admin, broker.credentials(), users, acls);
        }
        for (String tenant : KNOWN_TENANTS) {
            Map<String, Object> client = broker.clientProperties(partnerUser(tenant));
            client.put("group.id", partnerGroupPrefix(tenant) + "-console");
            try {
                KafkaCredentials.writeOwnerOnly(partnerFile(partnerFiles, tenant), writer -> {
                    writer.write("# " + partnerUser(tenant) + ": reads topics " + Topics.tenantPrefix(tenant)
                            + "* with groups " + partnerGroupPrefix(tenant) + "* (ADR 0013)\n");
                    for (Map.Entry<String, Object> entry : client.entrySet()) {
                        writer.write(entry.getKey() + "=" + entry.getValue() + "\n");
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A partner user for one more tenant, as an operator would add one (docs/events/README.md). */
    static void addPartner(KafkaBroker broker, String tenant) {
        try (Admin admin = Admin.create(broker.clientProperties(KafkaCredentials.ADMIN))) {
            apply(admin, broker.credentials(), List.of(partnerUser(tenant)), partnerAcls(tenant));
        }
    }

    static Path partnerFile(Path partnerFiles, String tenant) {
        return partnerFiles.resolve(partnerUser(tenant) + ".properties");
    }

    /** Sets each user's SCRAM password (as kept in {@code credentials}) and creates the ACLs; both idempotent. */
    static void apply(Admin admin, KafkaCredentials credentials, List<String> users, List<AclBinding> acls) {
        List<UserScramCredentialAlteration> upserts = new ArrayList<>();
        for (String user : users) {
            upserts.add(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), credentials.password(user)));
        }
        try {
            admin.alterUserScramCredentials(upserts).all().get(60, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while creating Kafka users", e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new PlatformException("Could not create the Kafka users and ACLs: " + cause, cause);
        }
    }

    private static void writes(List<AclBinding> acls, String user, ResourcePattern topics) {
        allow(acls, user, topics, AclOperation.WRITE);
        allow(acls, user, topics, AclOperation.CREATE);
        allow(acls, user, topics, AclOperation.DESCRIBE);
    }

    private static void allow(List<AclBinding> acls, String user, ResourcePattern resource, AclOperation operation) {
        acls.add(new AclBinding(resource,
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)));
    }

    private static void deny(List<AclBinding> acls, String user, ResourcePattern resource, AclOperation operation) {
        acls.add(new AclBinding(resource,
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.DENY)));
    }

    private static ResourcePattern literalTopic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static ResourcePattern prefixedTopic(String prefix) {
        return new ResourcePattern(ResourceType.TOPIC, prefix, PatternType.PREFIXED);
    }

    private static ResourcePattern prefixedGroup(String prefix) {
        return new ResourcePattern(ResourceType.GROUP, prefix, PatternType.PREFIXED);
    }
}
