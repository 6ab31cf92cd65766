package com.baobei.demo.feed;

import com.baobei.demo.month.Channel;
import com.baobei.demo.month.Month;
import com.baobei.demo.month.Project;
import com.baobei.demo.month.Tenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of a month as the identity provider knows them: who logs in as whom, and the users file that makes
 * them ({@code BAOBEI_IDENTITY_USERS}). A channel may work for two developers; its agents then log in once per
 * developer, as {@code <tenant>.<agent>}, since a token names one tenant.
 */
public final class Users {

    /** The demo's password for everyone; a real installation uses its own identity provider or bcrypt hashes. */
    public static final String PASSWORD = "demo";

    private Users() {
    }

    public static String agent(String tenant, String agentId) {
        return tenant + "." + agentId;
    }

    public static String channelManager(String tenant, String channelId) {
        return tenant + "." + channelId + ".manager";
    }

    public static String finance(String tenant) {
        return tenant + ".finance";
    }

    public static String admin(String tenant) {
        return tenant + ".admin";
    }

    public static String partner(String tenant) {
        return tenant + ".partner";
    }

    /** One user of the identity provider. */
    public record User(String username, String name, String tenant, List<String> roles, String channel, String agent,
                       List<String> projects) {
    }

    /** Everyone who acts in these months, each once. */
    public static List<User> of(Month... months) {
        Map<String, User> users = new LinkedHashMap<>();
        for (Month month : months) {
            for (Tenant tenant : month.tenants()) {
                String t = tenant.id();
                add(users, new User(finance(t), tenant.name() + "财务", t, List.of("FINANCE"), null, null, List.of()));
                add(users, new User(t + ".finance2", tenant.name() + "财务复核", t, List.of("FINANCE"), null, null,
                        List.of()));
                add(users, new User(admin(t), tenant.name() + "管理员", t, List.of("TENANT_ADMIN"), null, null,
                        List.of()));
                add(users, new User(partner(t), tenant.name() + "合作方", t, List.of("PARTNER"), null, null,
                        List.of()));
                for (Channel channel : channelsOf(month, t)) {
                    add(users, new User(channelManager(t, channel.id()), channel.name() + "渠道经理", t,
                            List.of("CHANNEL_MANAGER"), channel.id(), null, List.of()));
                    for (Channel.Agent agent : channel.agents()) {
                        add(users, new User(agent(t, agent.id()), agent.name(), t, List.of("CHANNEL_AGENT"),
                                channel.id(), agent.id(), List.of()));
                    }
                }
            }
            for (Project project : month.projects()) {
                for (String consultant : project.consultants()) {
                    add(users, new User(consultant, "置业顾问 " + consultant, project.tenantId(), List.of("CONSULTANT"),
                            null, null, List.of(project.id())));
                }
                add(users, new User(project.siteManager(), "案场经理 " + project.name(), project.tenantId(),
                        List.of("SITE_MANAGER"), null, null, List.of(project.id())));
                add(users, new User(project.marketingManager(), "营销经理", project.tenantId(),
                        List.of("MARKETING_MANAGER"), null, null, List.of()));
            }
        }
        return List.copyOf(users.values());
    }

    /**
     * Writes the identity provider's users file for these people (password {@link #PASSWORD}) and returns its
     * path.
     */
    public static Path writeFile(Path file, List<User> users) throws IOException {
        StringBuilder yaml = new StringBuilder("# The people of a generated month, for the embedded identity provider.\n")
                .append("users:\n");
        for (User u : users) {
            yaml.append("  - username: ").append(quoted(u.username())).append('\n')
                    .append("    password: ").append(quoted("{noop}" + PASSWORD)).append('\n')
                    .append("    name: ").append(quoted(u.name())).append('\n')
                    .append("    tenant: ").append(quoted(u.tenant())).append('\n')
                    .append("    roles: ").append(list(u.roles())).append('\n');
            if (u.channel() != null) {
                yaml.append("    channel: ").append(quoted(u.channel())).append('\n');
            }
            if (u.agent() != null) {
                yaml.append("    agent: ").append(quoted(u.agent())).append('\n');
            }
            if (!u.projects().isEmpty()) {
                yaml.append("    projects: ").append(list(u.projects())).append('\n');
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(Users::quoted).toList()) + "]";
    }

    private static void add(Map<String, User> users, User user) {
        users.putIfAbsent(user.username(), user);
    }

    /** The channels that work at any project of this tenant. */
    private static List<Channel> channelsOf(Month month, String tenant) {
        Set<String> ids = new LinkedHashSet<>();
        for (Project project : month.projects()) {
            if (project.tenantId().equals(tenant)) {
                ids.addAll(project.channelIds());
            }
        }
        List<Channel> channels = new ArrayList<>();
        for (String id : ids) {
            channels.add(month.channel(id));
        }
        return channels;
    }
}
