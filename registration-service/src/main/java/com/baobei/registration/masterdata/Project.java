package com.baobei.registration.masterdata;

import com.baobei.contracts.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A project (项目) and its sales office (案场); days are the project's calendar days. */
public record Project(String projectId, String name, String salesOffice, LocalDate openingDate, LocalDate salesFrom,
                      LocalDate salesTo, List<UnitType> unitTypes, boolean active) implements MasterEntity {

    public Project {
        // nulls are kept for the rules to name (a body may say [null]); List.copyOf would throw instead
        unitTypes = unitTypes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(unitTypes));
    }
}
