package com.baobei.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.Texts;
import com.baobei.demo.feed.Users;
import com.baobei.demo.month.Channel;
import com.baobei.demo.month.Project;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
            // eight characters to type at the desk, and the registration as a QR code for its scanner (VisitCodesTest
            // reads it back)
            code = phone.text(By.id("short-code"));
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            assertThat(phone.find(By.cssSelector("#visit-qr svg path")).getAttribute("d")).startsWith("M");
            // the verdict arrives on its own (htmx asks until the attribution service has decided)
            assertThat(phone.waitFor(By.id("verdict-status")).getText()).isEqualTo("有效");
            assertThat(phone.text(By.id("verdict"))).contains("REG-").contains("保护期剩余");
            assertThat(phone.pageSource()).doesNotContain(number);
            phone.screenshots(platform.screens(), "agent-verdict");

            phone.open(platform.consoleUrl() + "/agent/registrations?status=ACCEPTED");
            assertThat(phone.waitFor(By.tagName("main")).getText()).contains("王 " + masked).contains("有效");
            phone.screenshots(platform.screens(), "agent-registrations");
            // by the office's day: today keeps it, tomorrow onwards has none
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            phone.open(platform.consoleUrl() + "/agent/registrations?from=" + today + "&to=" + today);
            assertThat(phone.waitFor(By.tagName("main")).getText()).contains("王 " + masked);
            phone.open(platform.consoleUrl() + "/agent/registrations?from=" + today.plusDays(1));
            assertThat(phone.waitFor(By.tagName("main")).getText()).doesNotContain("王 " + masked);

            // several clients at once, pasted as a chat has them: each is registered on its own, a bad line is named
            String other = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            phone.open(platform.consoleUrl() + "/agent/register/batch");
            new Select(phone.find(By.id("projectId"))).selectByValue(project.id());
            // the picture before the numbers are typed: no picture in the repository holds one (ID-4)
            phone.screenshots(platform.screens(), "agent-batch");
            phone.find(By.id("text")).sendKeys("客户姓氏,手机号\n李," + other + "\n赵,1381234\n");
            phone.find(By.id("register-batch")).click();
            assertThat(phone.waitFor(By.id("batch-summary")).getText()).isEqualTo("已提交 1 位，共 2 位；判定结果请在“我的报备”查看");
            assertThat(phone.text(By.cssSelector("li[data-line='2']"))).contains("李 137****" + other.substring(7))
                    .contains("已提交 · 到访码");
            assertThat(phone.text(By.cssSelector("li[data-line='3']"))).contains("请填写 11 位手机号或隐号");
            assertThat(phone.pageSource()).doesNotContain(other);
            phone.screenshots(platform.screens(), "agent-batch-sent");
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
            // typed as people type it: small letters, no dash
            tablet.find(By.id("code")).sendKeys(code.toLowerCase(java.util.Locale.ROOT).replace("-", ""));
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

            // the client subscribes a unit, signs the contract, then cancels: each step typed at the desk
            String unit = "9-" + ThreadLocalRandom.current().nextInt(1, 30) + "-" + (1000 + fresh());
            tablet.open(platform.consoleUrl() + "/desk/purchases?projectId=" + project.id());
            tablet.find(By.id("new-purchase")).click();
            new Select(tablet.waitFor(By.id("projectId"))).selectByValue(project.id());
            tablet.find(By.id("unitId")).sendKeys(unit);
            tablet.find(By.id("amount")).sendKeys("3,280,000");
            tablet.find(By.id("buyerSurname")).sendKeys("王");
            tablet.screenshots(platform.screens(), "desk-purchase-new");
            tablet.find(By.id("buyerPhone")).sendKeys(number);
            tablet.find(By.id("subscribe")).click();
            assertThat(tablet.waitFor(By.id("state")).getText()).isEqualTo("已认购");
            assertThat(tablet.text(By.id("buyer"))).isEqualTo("王 " + masked);
            assertThat(tablet.text(By.id("amount"))).isEqualTo("¥3,280,000.00");

            tablet.find(By.id("contract-phone")).sendKeys("13800000000");
            tablet.find(By.id("record-contract")).click();
            assertThat(tablet.waitFor(By.id("errors")).getText()).contains("手机号与认购时登记的号码不一致");
            tablet.find(By.id("contract-phone")).sendKeys(number);
            tablet.find(By.id("record-contract")).click();
            assertThat(tablet.waitFor(By.id("contracted-at")).getText()).isNotBlank();
            assertThat(tablet.text(By.id("state"))).isEqualTo("已签约");
            assertThat(tablet.pageSource()).doesNotContain(number);
            tablet.screenshots(platform.screens(), "desk-purchase");

            tablet.find(By.id("reason")).sendKeys("客户资金原因退房");
            tablet.find(By.id("cancel-purchase")).click();
            assertThat(tablet.waitFor(By.id("cancel-reason")).getText()).isEqualTo("客户资金原因退房");
            assertThat(tablet.text(By.id("state"))).isEqualTo("已退订");
            tablet.open(platform.consoleUrl() + "/desk/purchases?projectId=" + project.id());
            assertThat(tablet.waitFor(By.id("purchases")).getText()).contains(unit).contains("已退订");
            tablet.screenshots(platform.screens(), "desk-purchases");
        }
    }

    private static int fresh() {
        return ThreadLocalRandom.current().nextInt(9000);
    }

    @Test
    void a_wrong_number_is_refused_in_chinese_naming_the_field_and_english_is_one_click_away() throws Exception {
        Project project = platform.month.projects().get(0);
        String agent = agentOf(project);

        try (Browser phone = new Browser(Browser.PHONE)) {
            phone.logIn(platform.consoleUrl(), agent, Users.PASSWORD);
            phone.open(platform.consoleUrl() + "/agent/register");
            // with the keyboard alone: Tab to the project, an arrow picks the first, Tab on, Enter sends the form
            phone.tabTo("projectId");
            phone.type(Keys.ARROW_DOWN);
            assertThat(new Select(phone.find(By.id("projectId"))).getFirstSelectedOption().getAttribute("value"))
                    .isNotEmpty();
            phone.type(Keys.TAB, "李", Keys.TAB, "1234", Keys.ENTER);
            assertThat(phone.waitFor(By.id("errors")).getText()).contains("客户手机号").contains("11 位手机号");
            phone.screenshots(platform.screens(), "agent-register-refused");

            phone.find(By.id("lang-en")).click();
            assertThat(phone.waitFor(By.tagName("h1")).getText()).isEqualTo("Register a client");
            assertThat(phone.find(By.cssSelector("label[for=phone]")).getText()).isEqualTo("Client's mobile number");
        }
    }

    @Test
    void a_site_manager_sees_both_sides_of_a_dispute_rules_it_and_sees_the_decided_outcome() throws Exception {
        Project project = platform.month.projects().get(0);
        Setups setups = new Setups(platform);
        Setups.Claims claims = setups.twoChannelsClaimOneClient(project);
        // the later channel's agent disputes it from the phone, with a photo and a call recording
        byte[] photoBytes = jpeg("现场带看照片");
        Path photo = Files.write(Files.createTempDirectory("evidence").resolve("带看照片.jpg"), photoBytes);
        Path call = Files.write(photo.resolveSibling("来电录音.amr"),
                "#!AMR\n recording".getBytes(StandardCharsets.US_ASCII));
        String disputeId;
        try (Browser phone = new Browser(Browser.PHONE)) {
            phone.logIn(platform.consoleUrl(), Users.agent(project.tenantId(), claims.raisingAgent()), Users.PASSWORD);
            phone.open(platform.consoleUrl() + "/agent/registrations/" + claims.claimedRegistration());
            phone.waitFor(By.id("dispute-link")).click();
            phone.waitFor(By.id("statement")).sendKeys("客户是我方先带看的，对方报备晚于我方沟通");
            phone.find(By.id("files")).sendKeys(photo + "\n" + call);
            phone.screenshots(platform.screens(), "agent-dispute");
            phone.find(By.id("raise-dispute")).click();
            disputeId = phone.waitFor(By.id("dispute-id")).getText();
            assertThat(phone.text(By.tagName("main"))).contains("已上传 2 个证据文件");
        }
        setups.awaitDispute(project, disputeId);
        Setups.Dispute dispute = new Setups.Dispute(disputeId, project.id(), claims.ownerChannel(),
                claims.raisingChannel(), claims.phone());
        String client = "赵 " + dispute.phone().masked();

        try (Browser desktop = new Browser(Browser.DESKTOP)) {
            desktop.logIn(platform.consoleUrl(), project.siteManager(), Users.PASSWORD);
            desktop.open(platform.consoleUrl() + "/manager/disputes?projectId=" + project.id());
            assertThat(desktop.text(By.tagName("h1"))).isEqualTo("争议处理");
            String list = desktop.waitFor(By.id("disputes")).getText();
            assertThat(list).contains(dispute.disputeId()).contains(client).contains("待裁定");
            assertThat(desktop.pageSource()).doesNotContain(dispute.phone().full());
            desktop.screenshots(platform.screens(), "manager-disputes");

            desktop.find(By.linkText(dispute.disputeId())).click();
            assertThat(desktop.waitFor(By.id("raised-by")).getText()).contains(dispute.raisingChannel());
            // what the raising side said and showed, from the attribution service's copy of its claim
            assertThat(desktop.text(By.id("dispute-statement"))).contains("客户是我方先带看的")
                    .contains("证据文件 1").contains("证据文件 2");
            // the photo opens as it was sent, through the console with the site manager's own token
            String firstFile = desktop.find(By.cssSelector("#dispute-evidence a.evidence-file")).getAttribute("href");
            HttpResponse<byte[]> opened = desktop.download(firstFile);
            assertThat(opened.statusCode()).isEqualTo(200);
            assertThat(opened.body()).isEqualTo(photoBytes);
            assertThat(opened.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(desktop.text(By.id("holder"))).contains(dispute.ownerChannel());
            // both sides' registrations of the client, each with its verdict
            assertThat(desktop.text(By.id("registrations"))).contains(dispute.ownerChannel())
                    .contains(dispute.raisingChannel());
            // the rules propose the channel that holds the client; the rule ids say why
            assertThat(desktop.text(By.id("proposed"))).contains(dispute.ownerChannel()).contains("DSP-1");
            desktop.screenshots(platform.screens(), "manager-dispute");

            // no owner chosen: refused on the page, in Chinese, naming the field
            desktop.submit(By.id("rule"));
            assertThat(desktop.waitFor(By.id("errors")).getText()).contains("客户归属").contains("裁定理由");

            new Select(desktop.find(By.id("owner"))).selectByValue("CHANNEL:" + dispute.raisingChannel());
            String rationale = "经核实，客户首次到访由提出方经纪人陪同";
            desktop.find(By.id("rationale")).sendKeys(rationale);
            desktop.submit(By.id("rule"));
            // right after a dispute is raised the visit service may not have it yet: the page says to try again in
            // a few seconds, and a person would press the button again
            for (int tries = 0; tries < 30 && desktop.isPresent(By.id("errors")); tries++) {
                assertThat(desktop.text(By.id("errors"))).contains("几秒后");
                Thread.sleep(1000);
                desktop.submit(By.id("rule"));
            }
            // the services keep every text NFKC-normalized (the full-width comma comes back as ","): ID-4's checks
            String decided = desktop.waitFor(By.id("decided")).getText();
            assertThat(decided).contains("渠道 " + dispute.raisingChannel())
                    .contains(Texts.normalize(rationale)).contains("DSP-2");
            desktop.screenshots(platform.screens(), "manager-dispute-ruled");

            desktop.find(By.id("lang-en")).click();
            assertThat(desktop.waitFor(By.tagName("h1")).getText()).isEqualTo("Rule a dispute");
            assertThat(desktop.text(By.id("decided"))).contains("Channel " + dispute.raisingChannel());
            desktop.find(By.linkText("中文")).click();
            assertThat(desktop.waitFor(By.tagName("h1")).getText()).isEqualTo("裁定争议");

            desktop.find(By.id("client-history")).click();
            String history = desktop.waitFor(By.id("history")).getText();
            assertThat(desktop.text(By.id("client"))).isEqualTo(client);
            assertThat(history).contains("依据规则").contains(dispute.ownerChannel());
            assertThat(desktop.pageSource()).doesNotContain(dispute.phone().full());
            desktop.screenshots(platform.screens(), "manager-client");
        }
    }

    @Test
    void a_site_manager_tries_a_policy_on_the_recorded_events_and_the_tenant_admin_adopts_it() throws Exception {
        Project project = platform.month.projects().get(0);
        Setups.AtTheDoor atTheDoor = new Setups(platform).registeredAtTheDoor(project);
        String registrationId = atTheDoor.registrationId();
        // REG-1: no lead time makes the registration count; ten hours makes it too late
        boolean counted = atTheDoor.verdict().equals("USED");
        String leadTime = counted ? "600" : "0";

        try (Browser desktop = new Browser(Browser.DESKTOP)) {
            desktop.logIn(platform.consoleUrl(), project.siteManager(), Users.PASSWORD);
            desktop.open(platform.consoleUrl() + "/manager/policy?projectId=" + project.id());
            assertThat(desktop.text(By.tagName("h1"))).isEqualTo("项目规则与试算");
            assertThat(desktop.isPresent(By.id("adopt-button"))).as("a site manager tries, the tenant admin adopts")
                    .isFalse();
            // more than a week's lead time: the service refuses it, the page names the field in Chinese
            desktop.find(By.id("leadTimeMinutes")).clear();
            desktop.find(By.id("leadTimeMinutes")).sendKeys("99999");
            desktop.submit(By.id("preview-button"));
            assertThat(desktop.waitFor(By.id("errors")).getText()).contains("提前报备");

            desktop.find(By.id("leadTimeMinutes")).clear();
            desktop.find(By.id("leadTimeMinutes")).sendKeys(leadTime);
            desktop.submit(By.id("preview-button"));
            String counts = desktop.waitFor(By.id("preview-counts")).getText();
            assertThat(counts).contains("报备判定").contains("客户归属");
            assertThat(desktop.isPresent(By.id("preview-changes"))).as(desktop.text(By.tagName("main"))).isTrue();
            String changes = desktop.text(By.id("preview-changes"));
            assertThat(changes).contains(registrationId).contains("无效").contains("已到访").contains("REG-1");
            assertThat(desktop.pageSource()).doesNotContainPattern("1[3-9]\\d{9}");
            desktop.screenshots(platform.screens(), "manager-policy-preview");
        }
        try (Browser desktop = new Browser(Browser.DESKTOP)) {
            desktop.logIn(platform.consoleUrl(), Users.admin(project.tenantId()), Users.PASSWORD);
            desktop.open(platform.consoleUrl() + "/manager/policy?projectId=" + project.id());
            desktop.find(By.id("leadTimeMinutes")).clear();
            desktop.find(By.id("leadTimeMinutes")).sendKeys(leadTime);
            // from tomorrow: the other flows' registrations of today keep the rules they were made under
            desktop.setValue(By.id("effectiveFrom"), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                    .plusDays(1).toString());
            desktop.submit(By.id("adopt-button"));
            assertThat(desktop.waitFor(By.id("adopted")).getText()).contains("已采用");
            assertThat(desktop.find(By.id("leadTimeMinutes")).getAttribute("value")).isEqualTo(leadTime);
        }
    }

    @Test
    void finance_opens_a_statement_of_an_ended_period_issues_it_and_downloads_the_xlsx() throws Exception {
        Setups.Deal deal = new Setups(platform).dealInTheEndedPeriod();

        try (Browser desktop = new Browser(Browser.DESKTOP)) {
            desktop.logIn(platform.consoleUrl(), Users.finance(deal.tenant()), Users.PASSWORD);
            desktop.open(platform.consoleUrl() + "/finance/statements?projectId=" + deal.projectId()
                    + "&channelId=" + deal.channelId());
            assertThat(desktop.waitFor(By.id("statements")).getText()).contains(deal.channelId()).contains("未开具");
            desktop.screenshots(platform.screens(), "finance-statements");

            desktop.open(platform.consoleUrl() + "/finance/statements/" + deal.statementId());
            assertThat(desktop.waitFor(By.id("statement-id")).getText()).isEqualTo(deal.statementId());
            String deals = desktop.text(By.id("deals"));
            // 1.0 % of 2,345,678.90 yuan, in yuan with two decimals
            assertThat(deals).contains(deal.purchaseId()).contains("¥2,345,678.90").contains("¥23,456.79");
            assertThat(desktop.text(By.id("total-net"))).isEqualTo("¥23,456.79");
            desktop.screenshots(platform.screens(), "finance-statement");

            desktop.find(By.linkText(deal.purchaseId())).click();
            assertThat(desktop.waitFor(By.id("attribution-rules")).getText()).startsWith("依据规则：");
            assertThat(desktop.text(By.id("attribution-reason"))).isNotBlank();
            desktop.screenshots(platform.screens(), "finance-deal");

            desktop.open(platform.consoleUrl() + "/finance/statements/" + deal.statementId());
            desktop.waitFor(By.id("issue")).click();
            assertThat(desktop.waitFor(By.tagName("h1")).getText()).isEqualTo("确认开具结算单");
            desktop.screenshots(platform.screens(), "finance-issue");
            desktop.submit(By.id("confirm-issue"));
            assertThat(desktop.waitFor(By.id("issued-notice")).getText()).contains("已开具");
            assertThat(desktop.text(By.id("statement-state"))).isEqualTo("已开具");
            assertThat(desktop.isPresent(By.id("issue"))).isFalse();

            String link = desktop.find(By.id("download-xlsx")).getAttribute("href");
            HttpResponse<byte[]> xlsx = desktop.download(link);
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
            assertThat(Zips.text(xlsx.body())).contains(deal.statementId());
            HttpResponse<byte[]> csv = desktop.download(desktop.find(By.id("download-csv")).getAttribute("href"));
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(deal.statementId());

            // the confirmation again (the back button, a second tab): nothing left to confirm
            desktop.open(platform.consoleUrl() + "/finance/statements/" + deal.statementId() + "/issue");
            assertThat(desktop.waitFor(By.id("already-issued")).getText()).contains("已经开具过");
            assertThat(desktop.isPresent(By.id("confirm-issue"))).isFalse();

            desktop.open(platform.consoleUrl() + "/finance/fines?projectId=" + deal.projectId());
            assertThat(desktop.waitFor(By.id("fines")).getText()).contains("现场争吵").contains("-¥");
            desktop.screenshots(platform.screens(), "finance-fines");
        }

        // the channel questions the deal's line of the issued statement
        try (Browser desktop = new Browser(Browser.DESKTOP)) {
            desktop.logIn(platform.consoleUrl(), Users.channelManager(deal.tenant(), deal.channelId()), Users.PASSWORD);
            desktop.open(platform.consoleUrl() + "/finance/statements/" + deal.statementId());
            new Select(desktop.waitFor(By.id("lineKey"))).selectByValue("deal:" + deal.purchaseId());
            desktop.find(By.id("question")).sendKeys("该成交的佣金比例应为 1.2%，请核对合同约定");
            desktop.screenshots(platform.screens(), "channel-inquiry");
            desktop.submit(By.id("raise-inquiry-button"));
            assertThat(desktop.waitFor(By.id("done")).getText()).contains("质询已提交");
            assertThat(desktop.text(By.id("inquiries"))).contains("deal:" + deal.purchaseId()).contains("待答复");

            // the channel's evening report (RPT-1) of the day the deal's client was registered, and its CSV
            desktop.open(platform.consoleUrl() + "/channel/daily-report");
            new Select(desktop.waitFor(By.id("projectId"))).selectByValue(deal.projectId());
            desktop.setValue(By.id("day"), deal.registeredOn().toString());
            desktop.submit(By.cssSelector("form.filters button"));
            assertThat(desktop.waitFor(By.id("daily-report")).getText()).contains("渠道 " + deal.channelId() + " 合计");
            desktop.screenshots(platform.screens(), "channel-daily-report");
            HttpResponse<byte[]> csv = desktop.download(desktop.find(By.id("daily-csv")).getAttribute("href"));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(java.util.Arrays.copyOf(csv.body(), 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("报备");
        }
        // finance answers with an adjustment; its proposer cannot approve it, a second finance user does
        try (Browser desktop = new Browser(Browser.DESKTOP)) {
            desktop.logIn(platform.consoleUrl(), Users.finance(deal.tenant()), Users.PASSWORD);
            desktop.open(platform.consoleUrl() + "/finance/inquiries?projectId=" + deal.projectId());
            new Select(desktop.waitFor(By.cssSelector(".answer-form select[name=outcome]"))).selectByValue("ADJUSTMENT");
            desktop.find(By.cssSelector(".answer-form textarea[name=answer]")).sendKeys("经核对合同，补发差额");
            desktop.find(By.cssSelector(".answer-form input[name=amount]")).sendKeys("4,691.36");
            desktop.screenshots(platform.screens(), "finance-inquiries");
            desktop.submit(By.cssSelector(".answer-form .answer-button"));
            assertThat(desktop.waitFor(By.id("done")).getText()).contains("已答复");
            assertThat(desktop.text(By.id("inquiries"))).contains("已调整").contains("待审批");

            desktop.open(platform.consoleUrl() + "/finance/adjustments?projectId=" + deal.projectId());
            assertThat(desktop.waitFor(By.id("adjustments")).getText()).contains("¥4,691.36").contains("待审批")
                    .contains("补发差额");
            desktop.submit(By.cssSelector("#adjustments form.decide button.approve"));
            assertThat(desktop.waitFor(By.id("errors")).getText()).contains("四眼原则");
        }
        try (Browser desktop = new Browser(Browser.DESKTOP)) {
            desktop.logIn(platform.consoleUrl(), deal.tenant() + ".finance2", Users.PASSWORD);
            desktop.open(platform.consoleUrl() + "/finance/adjustments?projectId=" + deal.projectId());
            desktop.submit(By.cssSelector("#adjustments form.decide button.approve"));
            assertThat(desktop.waitFor(By.id("done")).getText()).contains("审批已记录");
            assertThat(desktop.text(By.id("adjustments"))).contains("已批准").contains("计入结算单");
            desktop.screenshots(platform.screens(), "finance-adjustments");
        }
    }

    /** The first agent of a channel that works at the project. */
    private static String agentOf(Project project) {
        Channel channel = platform.month.channels().stream().filter(c -> project.channelIds().contains(c.id()))
                .findFirst().orElseThrow();
        return Users.agent(project.tenantId(), channel.agents().get(0).id());
    }

    /** A JPEG's first bytes and a caption: what the service types the file by, and what tells it apart. */
    private static byte[] jpeg(String caption) {
        byte[] text = caption.getBytes(StandardCharsets.UTF_8);
        byte[] photo = new byte[4 + text.length];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        photo[3] = (byte) 0xE0;
        System.arraycopy(text, 0, photo, 4, text.length);
        return photo;
    }
}
