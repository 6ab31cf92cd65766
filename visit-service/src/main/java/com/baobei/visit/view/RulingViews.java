package com.baobei.visit.view;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RulingViews extends JpaRepository<RulingView, String> {

    List<RulingView> findByTenantIdAndDisputeIdOrderByRuledAtAsc(String tenantId, String disputeId);
}
