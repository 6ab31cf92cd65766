package com.baobei.visit.view;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PurchaseViews extends JpaRepository<PurchaseView, String> {
}
