package com.baobei.registration.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bean Validation of a whole import, with each distinct value of a row's property checked once (ADR 0034). Every
 * constraint of {@link ImportRequest.Row} is on one property, and a row has no class-level constraint, so a value
 * that passed (or failed) in one row passes (or fails) the same way in every row; 100,000 rows name a few channels,
 * agents and kinds and a few hundred surnames over and over. The violations found are those of validating the
 * whole request, each named {@code rows[i].field}, with the same messages and constraints.
 */
final class ImportRowChecks {

    /** One violation: the JSON path it names, its message, and whether it is ID-4's (a full number in a text). */
    record Found(String field, String message, boolean fullPhone) {
    }

    private final Validator validator;
    private final Map<String, Method> properties;

    ImportRowChecks(Validator validator) {
        this.validator = validator;
        BeanDescriptor row = validator.getConstraintsForClass(ImportRequest.Row.class);
        if (row.hasConstraints()) {
            throw new IllegalStateException("a class-level constraint on ImportRequest.Row depends on a whole row: "
                    + "its values cannot be checked one by one");
        }
        Set<String> constrained = row.getConstrainedProperties().stream().map(PropertyDescriptor::getPropertyName)
                .collect(Collectors.toSet());
        this.properties = Arrays.stream(ImportRequest.Row.class.getRecordComponents())
                .filter(component -> constrained.contains(component.getName()))
                .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getAccessor));
    }

    List<Found> check(ImportRequest request) {
        List<Found> found = new ArrayList<>();
        // the request's own properties; "rows" without its rows' properties (validateProperty does not cascade)
        for (String property : List.of("tenantId", "projectId", "rows")) {
            for (ConstraintViolation<ImportRequest> violation : validator.validateProperty(request, property)) {
                found.add(found(violation.getPropertyPath().toString(), violation));
            }
        }
        List<ImportRequest.Row> rows = request.rows() == null ? List.of() : request.rows();
        Map<String, Map<Object, Set<ConstraintViolation<ImportRequest.Row>>>> checked = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRequest.Row row = rows.get(i);
            if (row == null) {
                continue; // named rows[i] by the check of "rows" above
            }
            for (Map.Entry<String, Method> property : properties.entrySet()) {
                String name = property.getKey();
                Object value = read(property.getValue(), row);
                for (ConstraintViolation<ImportRequest.Row> violation : checked
                        .computeIfAbsent(name, n -> new HashMap<>())
                        .computeIfAbsent(value, v -> validator.validateValue(ImportRequest.Row.class, name, v))) {
                    found.add(found("rows[" + i + "]." + name, violation));
                }
            }
        }
        return found;
    }

    private static Found found(String path, ConstraintViolation<?> violation) {
        return new Found(FieldProblem.path(path), violation.getMessage(),
                violation.getConstraintDescriptor().getAnnotation() instanceof NoFullPhone);
    }

    private static Object read(Method accessor, ImportRequest.Row row) {
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
