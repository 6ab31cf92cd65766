package com.baobei.registration.view;

import com.baobei.registration.intake.ClientRegistered;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Subscribing, so the view is written in the command's own transaction: a channel reads its
 * registration back the moment the POST answers.
 */
@Component
@ProcessingGroup("registration-view")
class RegistrationProjector {

    private final EntityManager entityManager;

    RegistrationProjector(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventHandler
    void on(ClientRegistered e) {
        entityManager.persist(new RegistrationView(e.registrationId(), e.tenantId(), e.projectId(), e.channelId(),
                e.channelKind().name(), e.agentId(), e.clientSurname(), e.maskedPhone(), e.expectedVisitAt(),
                e.companions().size(), e.registeredAt(), e.intake().name(), e.importedBy()));
    }
}
