package com.baobei.registration.view;

import com.baobei.registration.intake.ClientRegistered;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Subscribing, so the view is written in the command's own transaction: a channel reads its
 * registration back the moment the POST answers. The row goes in by JDBC, the same insert an imported chunk uses,
 * not through the entity manager: a persist and its flush at commit were Hibernate's share of every request (ADR 0034).
 */
@Component
@ProcessingGroup("registration-view")
class RegistrationProjector {

    private final ImportedViewRows rows;

    RegistrationProjector(ImportedViewRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ClientRegistered e) {
        rows.insert(List.of(e));
    }
}
