package com.baobei.registration.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.platform.testing.TestTokens;
import com.baobei.platform.testing.UsesRealInfrastructure;
import com.baobei.registration.testing.MasterDataSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * DSP-1's evidence as files: a channel agent sends a photo and a call recording, names them in a dispute, and the site
 * manager who rules reads them back byte for byte; what is not evidence, too large, another channel's or another
 * developer's is refused, and a dispute cannot name a file that was never sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceIT {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PHOTO = jpeg(2048);
    private static final byte[] CALL = ("#!AMR\n" + "x".repeat(500)).getBytes(StandardCharsets.US_ASCII);

    private final String north = "north-" + UUID.randomUUID().toString().substring(0, 8);
    private final String south = "south-" + UUID.randomUUID().toString().substring(0, 8);
    private final String agentA1 = TOKENS.agent(north, "c1", "a1");
    private final String agentA2 = TOKENS.agent(north, "c1", "a2");
    private final String managerC1 = TOKENS.channelManager(north, "c1");
    private final String agentB1 = TOKENS.agent(north, "c2", "b1");
    private final String siteManagerP1 = TOKENS.office("SITE_MANAGER", "sm-p1", north, "p1");
    private final String siteManagerP2 = TOKENS.office("SITE_MANAGER", "sm-p2", north, "p2");
    private final String finance = TOKENS.of("FINANCE", north);
    private final String southAdmin = TOKENS.of("TENANT_ADMIN", south);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void masterData() {
        MasterDataSeed.tenant(http.getRootUri(), north).projects("p1", "p2").channel("c1", "AGENCY", "a1", "a2")
                .channel("c2", "AGENCY", "b1");
        MasterDataSeed.tenant(http.getRootUri(), south).projects("p1").channel("c1", "AGENCY", "a1");
    }

    @Test
    void anAgentSendsAPhotoAndARecordingNamesThemInADisputeAndTheSiteManagerReadsThemBack() {
        JsonNode photo = created(upload(agentA1, "p1", "现场照片.jpg", PHOTO, MediaType.IMAGE_JPEG));
        JsonNode call = created(upload(agentA1, "p1", "来电录音.amr", CALL, MediaType.APPLICATION_OCTET_STREAM));
        assertThat(photo.path("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(call.path("contentType").asText()).as("typed by content, not by the sender").isEqualTo("audio/amr");
        assertThat(photo.path("ref").asText()).isEqualTo("evidence:" + photo.path("evidenceId").asText());

        ResponseEntity<String> dispute = post("/api/v1/disputes", agentA1, dispute(photo.path("ref").asText(),
                call.path("ref").asText(), "聊天截图见群内"));
        assertThat(dispute.getStatusCode().value()).as(dispute.getBody()).isEqualTo(201);

        ResponseEntity<byte[]> read = read(photo, siteManagerP1);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getBody()).isEqualTo(PHOTO);
        assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(read.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(read.getHeaders().getContentDisposition().getFilename()).isEqualTo("现场照片.jpg");
        assertThat(read(photo, managerC1).getStatusCode().value()).isEqualTo(200);
        assertThat(read(photo, agentA1).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void onlyTheSendingChannelAndTheOfficeAtItsProjectReadAFile() {
        JsonNode photo = created(upload(agentA1, "p1", "a.jpg", PHOTO, MediaType.IMAGE_JPEG));
        assertThat(read(photo, agentA2).getStatusCode().value()).as("another agent of the channel").isEqualTo(404);
        assertThat(read(photo, agentB1).getStatusCode().value()).as("another channel").isEqualTo(404);
        assertThat(read(photo, siteManagerP2).getStatusCode().value()).as("another project's office").isEqualTo(404);
        assertThat(read(photo, southAdmin).getStatusCode().value()).as("another developer").isEqualTo(404);
        assertThat(read(photo, finance).getStatusCode().value()).isEqualTo(403);
        assertThat(read(photo, null).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void whatIsNotEvidenceOrTooLargeOrNotAChannelsIsRefusedAndNothingIsStored() {
        long before = stored();
        assertThat(status(upload(agentA1, "p1", "page.jpg", "<html><script>".getBytes(StandardCharsets.UTF_8),
                MediaType.IMAGE_JPEG))).as("a web page named .jpg").isEqualTo(415);
        assertThat(status(upload(agentA1, "p1", "x.jpg", new byte[0], MediaType.IMAGE_JPEG))).isEqualTo(400);
        assertThat(status(upload(agentA1, "p1", "big.jpg", jpeg(9 * 1024 * 1024), MediaType.IMAGE_JPEG)))
                .isEqualTo(413);
        assertThat(status(upload(agentA1, "p1", "王13812345678.jpg", PHOTO, MediaType.IMAGE_JPEG)))
                .as("a full number in the name (ID-4)").isEqualTo(422);
        assertThat(status(upload(agentA1, "p1", "a\u202e.jpg", PHOTO, MediaType.IMAGE_JPEG))).isEqualTo(400);
        assertThat(status(upload(agentA1, "nowhere", "a.jpg", PHOTO, MediaType.IMAGE_JPEG))).isEqualTo(422);
        assertThat(status(upload(siteManagerP1, "p1", "a.jpg", PHOTO, MediaType.IMAGE_JPEG))).isEqualTo(403);
        assertThat(status(upload(null, "p1", "a.jpg", PHOTO, MediaType.IMAGE_JPEG))).isEqualTo(401);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aDisputeNamesOnlyFilesItsChannelSentAtItsProject() {
        JsonNode otherChannels = created(upload(agentB1, "p1", "b.jpg", PHOTO, MediaType.IMAGE_JPEG));
        JsonNode otherProject = created(upload(agentA1, "p2", "c.jpg", PHOTO, MediaType.IMAGE_JPEG));
        for (String ref : new String[] {"evidence:" + UUID.randomUUID(), otherChannels.path("ref").asText(),
                otherProject.path("ref").asText()}) {
            ResponseEntity<String> refused = post("/api/v1/disputes", agentA1, dispute(ref, "note", "text"));
            assertThat(refused.getStatusCode().value()).as(ref + ": " + refused.getBody()).isEqualTo(422);
            assertThat(refused.getBody()).contains("evidenceRefs[0]");
        }
    }

    private ResponseEntity<String> upload(String token, String project, String name, byte[] content, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        headers.setContentType(type);
        return http.exchange("/api/v1/evidence?projectId={p}&fileName={n}", HttpMethod.POST,
                new HttpEntity<>(content, headers), String.class, project, name);
    }

    private ResponseEntity<byte[]> read(JsonNode evidence, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange("/api/v1/evidence/" + evidence.path("evidenceId").asText(), HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class);
    }

    private ResponseEntity<String> post(String path, String token, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    private String dispute(String... refs) {
        StringBuilder list = new StringBuilder();
        for (String ref : refs) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(ref).append('"');
        }
        return """
                {"tenantId":"%s","projectId":"p1","channelId":"c1","agentId":"a1","kind":"OWNERSHIP",
                 "clientSurname":"王","maskedPhone":"138****0001","evidenceRefs":[%s],"statement":"我方首先报备"}"""
                .formatted(north, list);
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from evidence_file", Long.class);
    }

    private static JsonNode created(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        try {
            return JSON.readTree(answer.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int status(ResponseEntity<String> answer) {
        return answer.getStatusCode().value();
    }

    /** A JPEG's first bytes followed by filler: the type is all the service reads of it. */
    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 0x20);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }
}
