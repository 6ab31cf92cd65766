package com.baobei.contracts;

import com.baobei.contracts.attribution.DisputeDecided;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import com.baobei.contracts.commission.StatementIssued;
import com.baobei.contracts.masterdata.AgentChanged;
import com.baobei.contracts.masterdata.ChannelChanged;
import com.baobei.contracts.masterdata.ConsultantChanged;
import com.baobei.contracts.masterdata.ProjectChanged;
import com.baobei.contracts.masterdata.TenantChanged;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.ErasureRequested;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitFormSigned;
import com.baobei.contracts.visit.Visited;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of logical event types: stable names with a version, never Java class names, so
 * a class may be renamed or moved without breaking a partner. One producer per type.
 */
public final class EventTypes {

    public static final String REGISTRATION_SERVICE = "registration-service";
    public static final String VISIT_SERVICE = "visit-service";
    public static final String ATTRIBUTION_SERVICE = "attribution-service";
    public static final String COMMISSION_SERVICE = "commission-service";

    public record Type(String name, String source, Class<? extends EventData> dataClass) {

        /** Whether the envelope names a project; tenant-wide master data does not (ADR 0014). */
        public boolean aboutAProject() {
            return !TENANT_WIDE.contains(name);
        }
    }

    /** Facts about the whole tenant: their envelope has no projectId. */
    private static final Set<String> TENANT_WIDE =
            Set.of("masterdata.TenantChanged.v1", "masterdata.ChannelChanged.v1", "masterdata.AgentChanged.v1");

    private static final List<Type> ALL = List.of(
            new Type("registration.Registered.v1", REGISTRATION_SERVICE, Registered.class),
            new Type("registration.Disputed.v1", REGISTRATION_SERVICE, Disputed.class),
            new Type("visit.Visited.v1", VISIT_SERVICE, Visited.class),
            new Type("visit.VisitFormSigned.v1", VISIT_SERVICE, VisitFormSigned.class),
            new Type("visit.Purchased.v1", VISIT_SERVICE, Purchased.class),
            new Type("visit.PurchaseCancelled.v1", VISIT_SERVICE, PurchaseCancelled.class),
            new Type("visit.DisputeRuled.v1", VISIT_SERVICE, DisputeRuled.class),
            // personal data (PIPL, ADR 0033): read by the registration service, skipped by the attribution fold
            new Type("visit.ErasureRequested.v1", VISIT_SERVICE, ErasureRequested.class),
            new Type("attribution.RegistrationVerdict.v1", ATTRIBUTION_SERVICE, RegistrationVerdict.class),
            new Type("attribution.OwnershipChanged.v1", ATTRIBUTION_SERVICE, OwnershipChanged.class),
            new Type("attribution.PurchaseAttributed.v1", ATTRIBUTION_SERVICE, PurchaseAttributed.class),
            new Type("attribution.DisputeDecided.v1", ATTRIBUTION_SERVICE, DisputeDecided.class),
            new Type("commission.StatementIssued.v1", COMMISSION_SERVICE, StatementIssued.class),
            // master data is a context of its own, owned by the registration service (ADR 0014)
            new Type("masterdata.TenantChanged.v1", REGISTRATION_SERVICE, TenantChanged.class),
            new Type("masterdata.ProjectChanged.v1", REGISTRATION_SERVICE, ProjectChanged.class),
            new Type("masterdata.ChannelChanged.v1", REGISTRATION_SERVICE, ChannelChanged.class),
            new Type("masterdata.AgentChanged.v1", REGISTRATION_SERVICE, AgentChanged.class),
            new Type("masterdata.ConsultantChanged.v1", REGISTRATION_SERVICE, ConsultantChanged.class));

    private static final Map<String, Type> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, Type> BY_CLASS = new LinkedHashMap<>();

    static {
        for (Type type : ALL) {
            BY_NAME.put(type.name(), type);
            BY_CLASS.put(type.dataClass(), type);
        }
    }

    private EventTypes() {
    }

    public static List<Type> all() {
        return ALL;
    }

    public static Optional<Type> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Type of(Class<?> dataClass) {
        Type type = BY_CLASS.get(dataClass);
        if (type == null) {
            throw new IllegalArgumentException("not a published event: " + dataClass.getName());
        }
        return type;
    }
}
