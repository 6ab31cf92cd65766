package com.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Problem details: Chinese when the caller prefers it, English otherwise, never a Java class name. */
class ProblemLanguageTest {

    @Test
    void chineseWhenTheCallersFirstChoiceIsChinese() {
        assertThat(ProblemLanguage.chinese("zh-CN")).isTrue();
        assertThat(ProblemLanguage.chinese("zh")).isTrue();
        assertThat(ProblemLanguage.chinese("zh-Hans")).isTrue();
        assertThat(ProblemLanguage.chinese("zh-Hans-CN,zh;q=0.9,en;q=0.8")).isTrue();
        assertThat(ProblemLanguage.chinese("en;q=0.5, zh-CN")).isTrue();
        assertThat(ProblemLanguage.chinese("en-US,en;q=0.9,zh-CN;q=0.8")).isFalse();
        assertThat(ProblemLanguage.chinese(null)).isFalse();
        assertThat(ProblemLanguage.chinese("not a ;;; header")).isFalse();
    }

    @Test
    void titlesByStatusInChineseAndTheServicesOwnInEnglish() {
        assertThat(ProblemLanguage.title(400, "Invalid request", true)).isEqualTo("请求无效");
        assertThat(ProblemLanguage.title(403, "Forbidden", true)).isEqualTo("无权访问");
        assertThat(ProblemLanguage.title(422, "Refused content", false)).isEqualTo("Refused content");
    }

    @Test
    void fieldNamesStayAndTheirMessagesAreTranslated() {
        assertThat(ProblemLanguage.text("from: must be a day such as 2026-11-26", true))
                .isEqualTo("from：须为日期，例如 2026-11-26");
        assertThat(ProblemLanguage.text("by: must be one of [channel, agent]", true)).isEqualTo("by：须为以下之一：[channel, agent]");
        assertThat(ProblemLanguage.text("body: a JSON body is required", true)).isEqualTo("body：需要 JSON 请求体");
        assertThat(ProblemLanguage.text("project p9 is not one of your projects", true)).isEqualTo("项目 p9 不在您负责的项目之中");
        assertThat(ProblemLanguage.text("something nobody translated", true)).contains("请求有误").contains("something");
    }

    @Test
    void parserMessagesLoseTheirJavaTypesInEitherLanguage() {
        String enumMessage = "Cannot deserialize value of type `com.baobei.contracts.UnitType` from String \"CASTLE\": "
                + "not one of the values accepted for Enum class: [RESIDENTIAL, PARKING]";
        String typeMessage = "Cannot deserialize value of type `java.math.BigDecimal` from String \"abc\": not a valid "
                + "representation";
        String unknown = "Unrecognized field \"colour\" (class com.baobei.visit.web.VisitBody), not marked as ignorable";
        for (boolean zh : new boolean[] {false, true}) {
            for (String message : new String[] {enumMessage, typeMessage, unknown,
                    "java.lang.IllegalStateException: boom at com.baobei.x.Y"}) {
                String text = ProblemLanguage.text("unitType: " + message, zh);
                assertThat(text).doesNotContain("java.", "com.baobei", "Exception", "`");
            }
        }
        assertThat(ProblemLanguage.text("unitType: " + enumMessage, false))
                .isEqualTo("unitType: \"CASTLE\" is not one of [RESIDENTIAL, PARKING]");
        assertThat(ProblemLanguage.text("unitType: " + enumMessage, true))
                .isEqualTo("unitType：\"CASTLE\" 不在可选值 [RESIDENTIAL, PARKING] 之中");
        assertThat(ProblemLanguage.text("amount: " + typeMessage, false))
                .isEqualTo("amount: a value of the wrong type (expected a number)");
        assertThat(ProblemLanguage.text(unknown, true)).isEqualTo("未知字段 \"colour\"");
        // a service's own wrapper around the parser's words is translated around them
        assertThat(ProblemLanguage.text("channelKind: cannot be read: " + enumMessage, true))
                .isEqualTo("channelKind：无法读取：\"CASTLE\" 不在可选值 [RESIDENTIAL, PARKING] 之中");
    }

    @Test
    void financeAdjustmentsInquiriesErasuresAndPreviewsInChinese() {
        assertThat(ProblemLanguage.text("adjustment adj-1 was proposed by huajing.finance; a second finance person "
                + "approves or rejects it (four eyes)", true))
                .isEqualTo("调整 adj-1 由 huajing.finance 提出，须由另一位财务批准或驳回（四眼原则）");
        assertThat(ProblemLanguage.text("amount: must be more than 0.00; say CREDIT or DEBIT in direction", true))
                .startsWith("amount：须大于 0.00");
        assertThat(ProblemLanguage.text("outcome: required: ADJUSTMENT or REFUSAL", true))
                .isEqualTo("outcome：必填：ADJUSTMENT 或 REFUSAL");
        assertThat(ProblemLanguage.text("lineKey: statement s-1 has no line deal:p-9", true))
                .isEqualTo("lineKey：结算单 s-1 没有明细 deal:p-9");
        assertThat(ProblemLanguage.text("phone: name the person by exactly one of phone and phoneHash", true))
                .doesNotContain("phoneHash and").contains("其中之一");
        assertThat(ProblemLanguage.text("another policy preview is running in this service; try again in a few "
                + "seconds", true)).isEqualTo("本服务正在进行另一项规则试算，请几秒后重试");
    }
}
