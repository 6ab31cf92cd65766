package com.baobei.visit.view;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PurchaseViews extends JpaRepository<PurchaseView, PurchaseView.Key> {

    default Optional<PurchaseView> find(String tenantId, String purchaseId) {
        return findById(new PurchaseView.Key(tenantId, purchaseId));
    }
}
