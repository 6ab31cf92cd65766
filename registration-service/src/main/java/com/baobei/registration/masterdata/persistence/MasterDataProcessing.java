package com.baobei.registration.masterdata.persistence;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Axon's default for a processing group is tracking (another thread, later); the master-data view must not be. */
@Configuration
class MasterDataProcessing {

    @Autowired
    void subscribing(EventProcessingConfigurer configurer) {
        configurer.registerSubscribingEventProcessor(MasterDataProjector.GROUP);
    }
}
