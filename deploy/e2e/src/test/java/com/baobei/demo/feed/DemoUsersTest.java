package com.baobei.demo.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.demo.month.MonthGenerator;
import com.baobei.platform.RepositoryRoot;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The identity provider's shipped demo users are exactly the people the demo month has act. */
class DemoUsersTest {

    @Test
    void the_shipped_users_file_is_the_demo_months_cast() throws IOException {
        Path shipped = RepositoryRoot.find().resolve("deploy/identity/src/main/resources/demo-users.yml");
        Map<String, Map<String, Object>> inFile;
        try (Reader reader = Files.newBufferedReader(shipped)) {
            Map<String, List<Map<String, Object>>> yaml = new Yaml().load(reader);
            inFile = yaml.get("users").stream().collect(Collectors.toMap(u -> (String) u.get("username"), u -> u));
        }
        List<Users.User> cast = Users.of(MonthGenerator.generate(MonthGenerator.DEFAULT_SEED,
                LocalDate.of(2026, 11, 1)));
        assertThat(inFile.keySet()).containsExactlyInAnyOrderElementsOf(cast.stream().map(Users.User::username).toList());
        for (Users.User user : cast) {
            Map<String, Object> entry = inFile.get(user.username());
            assertThat(entry.get("tenant")).as(user.username()).isEqualTo(user.tenant());
            assertThat(entry.get("roles")).as(user.username()).isEqualTo(user.roles());
            assertThat(entry.get("channel")).as(user.username()).isEqualTo(user.channel());
            assertThat(entry.get("agent")).as(user.username()).isEqualTo(user.agent());
            assertThat(entry.getOrDefault("projects", List.of())).as(user.username()).isEqualTo(user.projects());
            assertThat(entry.get("password")).isEqualTo("{noop}" + Users.PASSWORD);
        }
    }
}
