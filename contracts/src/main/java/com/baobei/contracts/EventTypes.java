package com.baobei.contracts;

import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import com.baobei.contracts.commission.StatementIssued;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitFormSigned;
import com.baobei.contracts.visit.Visited;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    }

    private static final List<Type> ALL = List.of(
            new Type("registration.Registered.v1", REGISTRATION_SERVICE, Registered.class),
            new Type("registration.Disputed.v1", REGISTRATION_SERVICE, Disputed.class),
            new Type("visit.Visited.v1", VISIT_SERVICE, Visited.class),
            new Type("visit.VisitFormSigned.v1", VISIT_SERVICE, VisitFormSigned.class),
            new Type("visit.Purchased.v1", VISIT_SERVICE, Purchased.class),
            new Type("visit.PurchaseCancelled.v1", VISIT_SERVICE, PurchaseCancelled.class),
            new Type("visit.DisputeRuled.v1", VISIT_SERVICE, DisputeRuled.class),
            new Type("attribution.RegistrationVerdict.v1", ATTRIBUTION_SERVICE, RegistrationVerdict.class),
            new Type("attribution.OwnershipChanged.v1", ATTRIBUTION_SERVICE, OwnershipChanged.class),
            new Type("attribution.PurchaseAttributed.v1", ATTRIBUTION_SERVICE, PurchaseAttributed.class),
            new Type("commission.StatementIssued.v1", COMMISSION_SERVICE, StatementIssued.class));

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
