package com.baobei.registration.web;

import com.baobei.contracts.Ids;
import com.baobei.registration.evidence.EvidenceFiles;
import com.baobei.registration.evidence.EvidenceKinds;
import com.baobei.registration.masterdata.MasterDataLookup;
import com.baobei.registration.masterdata.RegistrationGate;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Evidence files for a dispute (DSP-1): the channel sends each file as the request body and names it in the dispute as
 * {@code evidence:<id>}. The site manager who rules, and the channel that sent it, read it back.
 */
@RestController
@RequestMapping("/api/v1/evidence")
class EvidenceController {

    /** What an office accepts as one photo, screenshot or recorded call; the input policy caps the body at 8 MB. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private final EvidenceFiles files;
    private final MasterDataLookup masterData;
    private final Clock clock;

    EvidenceController(EvidenceFiles files, MasterDataLookup masterData, Clock clock) {
        this.files = files;
        this.masterData = masterData;
        this.clock = clock;
    }

    /** The stored file as its sender and the office see it, without its bytes. */
    record EvidenceResponse(String evidenceId, String ref, String projectId, String channelId, String fileName,
                            String contentType, int size, String sha256) {
    }

    @Operation(summary = "Store one evidence file (a photo, a screenshot, a call recording, a PDF)",
            description = "The body is the file itself. Its type is read from its content: JPEG, PNG, WebP, GIF, PDF, "
                    + "MP3, M4A, AMR or WAV; anything else is 415. Name it in a dispute's evidenceRefs as the answer's "
                    + "ref (evidence:<id>).")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "400", description = "An empty body, or a file name that is not plain text")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only channel people send evidence")
    @ApiResponse(responseCode = "413", description = "Larger than 8 MB")
    @ApiResponse(responseCode = "415", description = "Not a kind of file an office accepts as evidence")
    @ApiResponse(responseCode = "422", description = "The project is not known to the tenant")
    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER})
    @PostMapping(consumes = MediaType.ALL_VALUE)
    ResponseEntity<EvidenceResponse> store(Caller caller, @RequestParam String projectId,
                                           @RequestParam(required = false) String fileName,
                                           @RequestBody(required = false) byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidRequestException(List.of(new FieldProblem("body", "the file is empty")));
        }
        if (content.length > MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "body: an evidence file is at most 8 MB");
        }
        String name = name(fileName);
        String type = EvidenceKinds.of(content).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "body: evidence is a photo or screenshot (JPEG, PNG, WebP, GIF), a PDF "
                        + "or a call recording (MP3, M4A, AMR, WAV)"));
        RegistrationGate.requireKnown(masterData, caller.tenant(), projectId, caller.channel(), null);
        EvidenceFiles.Stored stored = new EvidenceFiles.Stored(Ids.newId(), caller.tenant(), projectId,
                caller.channel(), caller.subject(), name, type, content.length, sha256(content),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), content);
        files.store(stored);
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + stored.evidenceId())).body(response(stored));
    }

    @Operation(summary = "One evidence file, as sent",
            description = "The channel that sent it (its manager; an agent only what they sent), the site managers and "
                    + "consultants of its project, the marketing manager and the tenant admin.")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment of its own type")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "A role that reads no evidence (finance, partner)")
    @ApiResponse(responseCode = "404", description = "No such file that the caller may see")
    @ApiResponse(responseCode = "410", description = "Erased with its client's personal data (ADR 0033); the problem "
            + "names the SHA-256 it had")
    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER,
            Role.TENANT_ADMIN})
    @GetMapping("/{evidenceId}")
    ResponseEntity<byte[]> read(Caller caller, @PathVariable String evidenceId) {
        EvidenceFiles.Stored file = files.find(caller.tenant(), evidenceId)
                .filter(f -> sees(caller, f))
                .orElseThrow(() -> new NotFoundException("no evidence " + evidenceId));
        if (file.content() == null) {
            // erased with its client's number (PIPL, ADR 0033): the row stays, so a ruling that cited it names what it saw
            throw new ResponseStatusException(HttpStatus.GONE, "evidence " + evidenceId + " was erased at the client's "
                    + "request (personal data); its SHA-256 was " + file.sha256());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Evidence-Sha256", file.sha256())
                .body(file.content());
    }

    private static boolean sees(Caller caller, EvidenceFiles.Stored file) {
        if (Access.wholeTenant(caller)) {
            return true;
        }
        if (Access.office(caller)) {
            return caller.worksAt(file.projectId());
        }
        if (caller.channel() == null || !caller.channel().equals(file.channelId())) {
            return false;
        }
        return caller.has(Role.CHANNEL_MANAGER) || file.uploadedBy().equals(caller.subject());
    }

    /** A name to show and to save the file under: plain text, no path, at most 100 characters. */
    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "evidence";
        }
        String name = com.baobei.contracts.Texts.normalize(fileName).strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)) {
            throw new InvalidRequestException(List.of(new FieldProblem("fileName",
                    "at most 100 characters of plain text")));
        }
        if (com.baobei.contracts.Texts.holdsFullPhone(name)) {
            throw new InvalidRequestException(List.of(new FieldProblem("fileName",
                    "holds a full phone number (ID-4): name the file without it")), true);
        }
        return name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static EvidenceResponse response(EvidenceFiles.Stored file) {
        return new EvidenceResponse(file.evidenceId(), "evidence:" + file.evidenceId(), file.projectId(),
                file.channelId(), file.fileName(), file.contentType(), file.size(), file.sha256());
    }
}
