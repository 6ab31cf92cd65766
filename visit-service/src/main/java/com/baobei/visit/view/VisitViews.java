package com.baobei.visit.view;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VisitViews extends JpaRepository<VisitView, String> {

    /** A visit of this tenant; another tenant's is not found. */
    Optional<VisitView> findByTenantIdAndVisitId(String tenantId, String visitId);

    /** VIS-9: the client's earliest received visits in the project, to find their original consultant. */
    @Query("select v from VisitView v where v.tenantId = ?1 and v.projectId = ?2 and v.phoneHash = ?3 "
            + "and v.consultantId is not null and v.kind <> 'NON_CLIENT' order by v.visitedAt asc")
    List<VisitView> earliestOfClient(String tenantId, String projectId, String phoneHash, Pageable page);
}
