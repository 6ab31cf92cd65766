package com.baobei.visit.view;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PurchaseViews extends JpaRepository<PurchaseView, PurchaseView.Key> {

    List<PurchaseView> findByTenantIdAndProjectIdOrderBySubscribedAtDesc(String tenantId, String projectId,
                                                                      Pageable page);

    default Optional<PurchaseView> find(String tenantId, String purchaseId) {
        return findById(new PurchaseView.Key(tenantId, purchaseId));
    }
}
