package com.baobei.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Switching language keeps the page and its query; only lang changes. */
class LanguageLinksTest {

    @Test
    void theQueryIsKeptAndOnlyTheLanguageChanges() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/manager/disputes");
        request.setQueryString("projectId=hj-binjiang&status=OPEN&lang=zh-CN");

        assertThat(LanguageLinks.link(request, "en"))
                .isEqualTo("/manager/disputes?projectId=hj-binjiang&status=OPEN&lang=en");
    }

    @Test
    void anEncodedValueStaysAsTheBrowserSentIt() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/finance/statements");
        request.setQueryString("channelId=%E5%90%8C%E5%9F%8E");

        assertThat(LanguageLinks.link(request, "zh-CN"))
                .isEqualTo("/finance/statements?channelId=%E5%90%8C%E5%9F%8E&lang=zh-CN");
    }

    @Test
    void aPageWithoutQueryGetsOnlyTheLanguage() {
        assertThat(LanguageLinks.link(new MockHttpServletRequest("GET", "/agent/register"), "en"))
                .isEqualTo("/agent/register?lang=en");
    }
}
