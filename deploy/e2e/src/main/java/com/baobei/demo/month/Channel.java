package com.baobei.demo.month;

import com.baobei.contracts.registration.Registered.ChannelKind;
import java.util.List;

/** A partner company, the developer's own channel team, or the referring buyers (老带新), with its agents. */
public record Channel(String id, String name, ChannelKind kind, List<Agent> agents) {

    public Channel {
        agents = List.copyOf(agents);
    }

    public record Agent(String id, String name) {
    }
}
