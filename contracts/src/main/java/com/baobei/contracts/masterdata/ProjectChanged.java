package com.baobei.contracts.masterdata;

import com.baobei.contracts.UnitType;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code masterdata.ProjectChanged.v1}: one project (项目) as it now stands; the project is the envelope's
 * {@code projectId}. Days are calendar days in the project's time zone.
 *
 * @param salesOffice the sales office (案场) where visits happen
 * @param openingDate the opening day (开盘)
 * @param salesFrom   first day of the sales period
 * @param salesTo     last day (inclusive) of the sales period
 * @param unitTypes   what the project sells, at least one
 * @param active      an inactive project takes no registrations, visits, agreements or policies
 */
public record ProjectChanged(
        String name,
        String salesOffice,
        LocalDate openingDate,
        LocalDate salesFrom,
        LocalDate salesTo,
        List<UnitType> unitTypes,
        boolean active) implements MasterDataChanged {

    public ProjectChanged {
        unitTypes = unitTypes == null ? List.of() : List.copyOf(unitTypes);
    }
}
