package com.baobei.console;

import com.baobei.console.Services.ServiceClients;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What an agent's pages need of the master data: the channel's projects, and its kind for the registration. */
@Component
class AgentDirectory {

    private final ServiceClients services;

    AgentDirectory(ServiceClients services) {
        this.services = services;
    }

    List<JsonNode> projects() {
        JsonNode body = services.registration().get().uri("/api/v1/master-data/projects").retrieve()
                .body(JsonNode.class);
        List<JsonNode> projects = new ArrayList<>();
        body.forEach(projects::add);
        return projects;
    }

    String channelKind(Person person) {
        JsonNode channels = services.registration().get().uri("/api/v1/master-data/channels").retrieve()
                .body(JsonNode.class);
        for (JsonNode channel : channels) {
            if (person.channel().equals(channel.path("id").asText(channel.path("channelId").asText()))) {
                return channel.path("kind").asText();
            }
        }
        return null;
    }

    /** The body of one registration by this agent: the token's tenant, channel and agent, the masked number only. */
    static java.util.Map<String, Object> registration(Person person, String projectId, String channelKind,
                                                      String surname, String maskedPhone) {
        java.util.Map<String, Object> request = new java.util.LinkedHashMap<>();
        request.put("tenantId", person.tenant());
        request.put("projectId", projectId);
        request.put("channelId", person.channel());
        request.put("channelKind", channelKind);
        request.put("agentId", person.agent());
        request.put("clientSurname", surname);
        request.put("maskedPhone", maskedPhone);
        return request;
    }

    static void requireAgent(Person person) {
        if (person == null || !person.channelAgent()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
