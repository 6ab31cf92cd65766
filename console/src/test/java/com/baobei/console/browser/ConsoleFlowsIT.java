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
        Browser.requireInstalled();
        platform = ConsolePlatform.start();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void an_agent_registers_a_client_on_the_phone_and_the_desk_checks_the_client_in_by_code() throws Exception {
        Project project = platform.month.projects().get(0);
        String agent = agentOf(project);
        String number = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String masked = number.substring(0, 3) + "****" + number.substring(7);
        String code;

        try (Browser phone = new Browser(Browser.PHONE)) {
            phone.logIn(platform.consoleUrl(), agent, Users.PASSWORD);
            phone.open(platform.consoleUrl() + "/agent/register");
            assertThat(phone.text(By.tagName("h1"))).isEqualTo("报备客户");
            new Select(phone.find(By.id("projectId"))).selectByValue(project.id());
            phone.find(By.id("surname")).sendKeys("王");
            // the picture shows the masked form (no picture in the repository holds a full number, ID-4) ...
            phone.find(By.id("phone")).sendKeys(masked);
            phone.screenshots(platform.screens(), "agent-register");
            // ... the test types the full number as people do, with spaces: only the masked form leaves the console
            phone.find(By.id("phone")).clear();
            phone.find(By.id("phone")).sendKeys(number.substring(0, 3) + " " + number.substring(3, 7) + " "
                    + number.substring(7));
            phone.find(By.id("register")).click();

            assertThat(phone.waitFor(By.id("client")).getText()).isEqualTo("王 " + masked);
            code = phone.text(By.id("code"));
            assertThat(code).isNotBlank();
            // the verdict arrives on its own (htmx asks until the attribution service has decided)
            assertThat(phone.waitFor(By.id("verdict-status")).getText()).isEqualTo("有效");
            assertThat(phone.text(By.id("verdict"))).contains("REG-").contains("保护期剩余");
            assertThat(phone.pageSource()).doesNotContain(number);
            phone.screenshots(platform.screens(), "agent-verdict");

            phone.open(platform.consoleUrl() + "/agent/registrations?status=ACCEPTED");
            assertThat(phone.waitFor(By.tagName("main")).getText()).contains("王 " + masked).contains("有效");
            phone.screenshots(platform.screens(), "agent-registrations");
        }

        String consultant = project.consultants().get(0);
        try (Browser tablet = new Browser(Browser.TABLET)) {
            tablet.logIn(platform.consoleUrl(), consultant, Users.PASSWORD);
            tablet.open(platform.consoleUrl() + "/desk/check-in");
            assertThat(tablet.text(By.tagName("h1"))).isEqualTo("到访登记");
            // a client without the code on their phone: surname and the last four digits find the same registration
            new Select(tablet.find(By.id("projectId"))).selectByValue(project.id());
            tablet.find(By.id("surname")).sendKeys("王");
            tablet.find(By.id("lastFour")).sendKeys(number.substring(7));
            tablet.find(By.id("find-by-surname")).click();
            assertThat(tablet.waitFor(By.id("results")).getText()).contains("王 " + masked);

            tablet.open(platform.consoleUrl() + "/desk/check-in");
            tablet.find(By.id("code")).sendKeys(code);
            tablet.find(By.id("find-by-code")).click();
            String found = tablet.waitFor(By.id("results")).getText();
            assertThat(found).contains("王 " + masked).contains("有效");
            tablet.screenshots(platform.screens(), "desk-check-in");

            tablet.find(By.cssSelector("#results a.record-visit")).click();
            assertThat(tablet.waitFor(By.id("client")).getText()).isEqualTo("王 " + masked);
            tablet.find(By.id("agentConfirmed")).click();
            tablet.find(By.id("consultantConfirmed")).click();
            // before the full number is typed: no picture in the repository holds one (ID-4)
            tablet.screenshots(platform.screens(), "desk-visit");
            tablet.find(By.id("phone")).sendKeys(number);
            tablet.find(By.id("record-visit")).click();

            assertThat(tablet.waitFor(By.id("recorded")).getText()).isEqualTo("到访已登记");
            assertThat(tablet.text(By.id("client"))).isEqualTo("王 " + masked);
            assertThat(tablet.text(By.id("consultant"))).isEqualTo(consultant);
            assertThat(tablet.text(By.id("form-status"))).isEqualTo("待确认（尚缺签字）");
            // the full number was typed at the desk; no page shows it back
            assertThat(tablet.pageSource()).doesNotContain(number);
            tablet.screenshots(platform.screens(), "desk-visit-recorded");
        }
    }

    @Test
    void a_wrong_number_is_refused_in_chinese_naming_the_field_and_english_is_one_click_away() {
        Project project = platform.month.projects().get(0);
        String agent = agentOf(project);

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

    /** The first agent of a channel that works at the project. */
    private static String agentOf(Project project) {
        Channel channel = platform.month.channels().stream().filter(c -> project.channelIds().contains(c.id()))
                .findFirst().orElseThrow();
        return Users.agent(project.tenantId(), channel.agents().get(0).id());
    }
}
