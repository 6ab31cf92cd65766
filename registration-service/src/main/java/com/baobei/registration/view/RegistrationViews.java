package com.baobei.registration.view;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationViews extends JpaRepository<RegistrationView, String> {

    List<RegistrationView> findByProjectIdAndChannelIdOrderByRegisteredAtDesc(String projectId, String channelId,
                                                                              Pageable page);
}
