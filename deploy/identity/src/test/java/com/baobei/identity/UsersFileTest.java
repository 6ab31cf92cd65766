package com.baobei.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class UsersFileTest {

    @Test
    void the_demo_month_has_everyone_of_the_cast() {
        UsersFile users = UsersFile.load("classpath:demo-users.yml");

        assertThat(users.all()).hasSize(61).allSatisfy(user -> {
            assertThat(user.password()).isEqualTo("{noop}demo");
            assertThat(user.enabled()).isTrue();
            assertThat(user.tenant()).isIn("huajing", "qinghe");
        });
        // a channel working for both developers has a user per developer
        assertThat(users.find("huajing.anju-01")).hasValueSatisfying(u -> assertThat(u.tenant()).isEqualTo("huajing"));
        assertThat(users.find("qinghe.anju-01")).hasValueSatisfying(u -> {
            assertThat(u.tenant()).isEqualTo("qinghe");
            assertThat(u.channel()).isEqualTo("anju");
            assertThat(u.agent()).isEqualTo("anju-01");
            assertThat(u.name()).isEqualTo("郑海涛");
        });
        assertThat(users.find("qinghe.jiayuan-01")).isEmpty(); // 家园 works for 华景 only
        assertThat(users.find("huajing.hengtong.manager")).isPresent();
        assertThat(users.find("hj-yt-c03")).hasValueSatisfying(u -> assertThat(u.projects()).containsExactly("hj-yunting"));
        assertThat(users.find("hj-yt-c04")).isEmpty();
        assertThat(users.find("qh-hp-sm")).hasValueSatisfying(u -> {
            assertThat(u.roles()).containsExactly("SITE_MANAGER");
            assertThat(u.projects()).containsExactly("qh-hupan");
        });
        assertThat(users.find("hj-mkt")).hasValueSatisfying(u -> {
            assertThat(u.roles()).containsExactly("MARKETING_MANAGER");
            assertThat(u.projects()).isEmpty();
        });
        for (String tenant : List.of("huajing", "qinghe")) {
            assertThat(users.find(tenant + ".finance")).isPresent();
            assertThat(users.find(tenant + ".finance2")).isPresent();
            assertThat(users.find(tenant + ".admin")).isPresent();
            assertThat(users.find(tenant + ".partner")).isPresent();
        }
        assertThat(users.all().stream().flatMap(u -> u.roles().stream()).distinct()).hasSameElementsAs(User.ROLES);
    }

    @Test
    void mistakes_are_named_and_passwords_never_shown() {
        assertThatThrownBy(() -> parse("- {username: a, password: secret-value, tenant: t, roles: [FINANCE]}"))
                .hasMessageContaining("user a: password must be stored with its encoding")
                .hasMessageNotContaining("secret-value");
        assertThatThrownBy(() -> parse("- {username: a, password: '{sha999}x', tenant: t, roles: [FINANCE]}"))
                .hasMessageContaining("known encodings");
        assertThatThrownBy(() -> parse("- {username: a, password: '{noop}x', tenant: t, roles: [BOSS]}"))
                .hasMessageContaining("unknown role BOSS");
        assertThatThrownBy(() -> parse("- {username: a, password: '{noop}x', roles: [FINANCE]}"))
                .hasMessageContaining("tenant is missing");
        assertThatThrownBy(() -> parse("- {username: 'a:b', password: '{noop}x', tenant: t, roles: [FINANCE]}"))
                .hasMessageContaining("username must be");
        assertThatThrownBy(() -> parse("- {username: a, password: '{noop}x', tenant: t, roles: [FINANCE], role: x}"))
                .hasMessageContaining("unknown field 'role'");
        assertThatThrownBy(() -> parse("- {username: a, password: '{noop}x', tenant: t, roles: [FINANCE]}\n"
                + "- {username: a, password: '{noop}y', tenant: t, roles: [FINANCE]}"))
                .hasMessageContaining("user a appears twice");
        assertThatThrownBy(() -> parse("- {username: baobei-console, password: '{noop}x', tenant: t, roles: [FINANCE]}"))
                .hasMessageContaining("console's client id");
        assertThatThrownBy(() -> UsersFile.load("/nowhere/users.yml")).hasMessageContaining("does not exist");
    }

    @Test
    void a_disabled_user_is_no_client() {
        UsersFile users = parse("- {username: a, password: '{noop}x', tenant: t, roles: [FINANCE], enabled: false}\n"
                + "- {username: b, password: '{bcrypt}$2a$10$abc', tenant: t, roles: [PARTNER]}");
        UserClients clients = new UserClients(users, java.time.Duration.ofHours(1), java.time.Duration.ofHours(8),
                List.of("http://localhost:8080/cb"));
        assertThat(clients.findByClientId("a")).isNull();
        assertThat(clients.findByClientId("b")).isNotNull();
        assertThat(clients.findByClientId("baobei-console")).isNotNull();
        assertThat(clients.size()).isEqualTo(2);
    }

    private static UsersFile parse(String usersYaml) {
        Object document = new Yaml().load("users:\n" + usersYaml.lines().map(l -> "  " + l + "\n")
                .reduce("", String::concat));
        return UsersFile.parse("test.yml", (Map<?, ?>) document);
    }
}
