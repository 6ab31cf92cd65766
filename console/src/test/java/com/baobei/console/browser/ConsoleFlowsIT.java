package com.baobei.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.demo.feed.Users;
import com.baobei.demo.month.Channel;
import com.baobei.demo.month.Project;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's flows in a real headless Chromium, against the real services, broker, database and identity
 * provider: one platform for every flow (starting one is the slow part). Screenshots go to docs/screens/.
 */
class ConsoleFlowsIT {

    private static ConsolePlatform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = ConsolePlatform.start();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void an_agent_registers_a_client_on_the_phone_and_sees_the_verdict_arrive() throws Exception {
        Project project = platform.month.projects().get(0);
        Channel channel = platform.month.channels().stream().filter(c -> project.channelIds().contains(c.id()))
                .findFirst().orElseThrow();
        String agent = Users.agent(project.tenantId(), channel.agents().get(0).id());
        String number = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String masked = number.substring(0, 3) + "****" + number.substring(7);

        try (Browser phone = new Browser(Browser.PHONE)) {
            phone.logIn(platform.consoleUrl(), agent, Users.PASSWORD);
            phone.open(platform.consoleUrl() + "/agent/register");
            assertThat(phone.text(By.tagName("h1"))).isEqualTo("报备客户");
            new Select(phone.find(By.id("projectId"))).selectByValue(project.id());
            phone.find(By.id("surname")).sendKeys("王");
            // typed as people do, with spaces: only the masked form leaves the console
            phone.find(By.id("phone")).sendKeys(number.substring(0, 3) + " " + number.substring(3, 7) + " "
                    + number.substring(7));
            phone.screenshots(platform.screens(), "agent-register");
            phone.find(By.id("register")).click();

            assertThat(phone.waitFor(By.id("client")).getText()).isEqualTo("王 " + masked);
            assertThat(phone.text(By.id("code"))).isNotBlank();
            // the verdict arrives on its own (htmx asks until the attribution service has decided)
            assertThat(phone.waitFor(By.id("verdict-status")).getText()).isEqualTo("有效");
            assertThat(phone.text(By.id("verdict"))).contains("REG-").contains("保护期剩余");
            phone.screenshots(platform.screens(), "agent-verdict");

            phone.open(platform.consoleUrl() + "/agent/registrations?status=ACCEPTED");
            assertThat(phone.waitFor(By.tagName("main")).getText()).contains("王 " + masked).contains("有效");
            phone.screenshots(platform.screens(), "agent-registrations");
        }
    }

    @Test
    void a_wrong_number_is_refused_in_chinese_naming_the_field_and_english_is_one_click_away() {
        Project project = platform.month.projects().get(0);
        Channel channel = platform.month.channels().stream().filter(c -> project.channelIds().contains(c.id()))
                .findFirst().orElseThrow();
        String agent = Users.agent(project.tenantId(), channel.agents().get(0).id());

        try (Browser phone = new Browser(Browser.PHONE)) {
            phone.logIn(platform.consoleUrl(), agent, Users.PASSWORD);
            phone.open(platform.consoleUrl() + "/agent/register");
            new Select(phone.find(By.id("projectId"))).selectByValue(project.id());
            phone.find(By.id("surname")).sendKeys("李");
            phone.find(By.id("phone")).sendKeys("1234");
            phone.find(By.id("register")).click();
            assertThat(phone.waitFor(By.id("errors")).getText()).contains("客户手机号").contains("11 位手机号");

            phone.find(By.id("lang-en")).click();
            assertThat(phone.waitFor(By.tagName("h1")).getText()).isEqualTo("Register a client");
            assertThat(phone.find(By.cssSelector("label[for=phone]")).getText()).isEqualTo("Client's mobile number");
        }
    }
}
