package com.baobei.registration.view;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Every lookup names the tenant: project and channel ids are unique only inside a tenant, and a registration of
 * another tenant is never found, even by its id.
 */
public interface RegistrationViews extends JpaRepository<RegistrationView, String> {

    Optional<RegistrationView> findByTenantIdAndRegistrationId(String tenantId, String registrationId);

    List<RegistrationView> findByTenantIdAndProjectIdAndShortCodeOrderByRegisteredAtDesc(String tenantId,
                                                                                         String projectId,
                                                                                         String shortCode);

    List<RegistrationView> findByTenantIdAndProjectIdOrderByRegisteredAtDesc(String tenantId, String projectId,
                                                                             Pageable page);

    List<RegistrationView> findByTenantIdAndProjectIdAndChannelIdOrderByRegisteredAtDesc(
            String tenantId, String projectId, String channelId, Pageable page);

    List<RegistrationView> findByTenantIdAndProjectIdAndChannelIdAndAgentIdOrderByRegisteredAtDesc(
            String tenantId, String projectId, String channelId, String agentId, Pageable page);
}
