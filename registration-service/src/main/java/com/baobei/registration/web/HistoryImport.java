package com.baobei.registration.web;

import com.baobei.contracts.Texts;
import com.baobei.contracts.registration.Registered.Intake;
import com.baobei.registration.intake.ClientRegistered;
import com.baobei.registration.intake.InvalidRegistrationException;
import com.baobei.registration.intake.RegisterClient;
import com.baobei.registration.intake.Registration;
import com.baobei.registration.intake.persistence.NewRegistrationAppender;
import com.baobei.registration.masterdata.MasterDataLookup;
import com.baobei.registration.masterdata.MasterDataRefused;
import com.baobei.registration.masterdata.MasterEntity;
import com.baobei.registration.masterdata.Problem;
import com.baobei.registration.masterdata.RegistrationGate;
import com.baobei.registration.view.ImportBatches;
import com.baobei.registration.view.ImportedViewRows;
import com.baobei.security.Caller;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a validated history import in chunks, each its own transaction (ADR 0034). All rows are checked first (the
 * master data, then each row through the aggregate's own decision), so a refused import still stores nothing. The
 * batch's id comes from the request's fingerprint and each registration's id from the batch and the row's place, so
 * the same import sent again is the same batch with the same ids: it resumes after the last committed chunk, or,
 * finished, gets the same answer and stores nothing. A chunk appends its events to the event store (the outbox, ADR
 * 0002), its view rows and the batch's progress in one transaction; the publisher sends them after it commits.
 */
@Component
class HistoryImport {

    private final IdempotentRequests idempotent;
    private final MasterDataLookup masterData;
    private final ImportBatches batches;
    private final NewRegistrationAppender events;
    private final ImportedViewRows views;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final List<ChunkObserver> observers;
    private final int chunkRows;

    /** Told after each chunk commits; production has none (tests simulate a crash between chunks with one). */
    interface ChunkObserver {
        void committed(String batchId, int rowsDone, int rowCount);
    }

    HistoryImport(IdempotentRequests idempotent, MasterDataLookup masterData, ImportBatches batches,
                  NewRegistrationAppender events, ImportedViewRows views, TransactionTemplate transaction,
                  Clock clock, List<ChunkObserver> observers,
                  @Value("${baobei.imports.chunk-rows:1000}") int chunkRows) {
        this.idempotent = idempotent;
        this.masterData = masterData;
        this.batches = batches;
        this.events = events;
        this.views = views;
        this.transaction = transaction;
        this.clock = clock;
        this.observers = observers;
        this.chunkRows = chunkRows;
    }

    /** The request is already valid as a whole ({@code ImportController.requireValid}). */
    ResponseEntity<ImportResponse> run(String key, Caller caller, String importer, ImportRequest request) {
        String tenant = caller.tenant();
        List<ImportRequest.Row> rows = request.rows();
        List<Problem> unknown = RegistrationGate.importProblems(remembering(masterData), tenant, request.projectId(),
                rows.stream().map(r -> new RegistrationGate.Row(r.channelId(), r.channelKind(), r.agentId(),
                        r.registeredAt())).toList());
        if (!unknown.isEmpty()) {
            throw new MasterDataRefused(unknown);
        }
        String fingerprint = idempotent.fingerprint(request);
        String batchId = mintedId(tenant + "/" + fingerprint);
        List<ClientRegistered> registered = decideAll(tenant, batchId, importer, request);
        List<String> ids = registered.stream().map(ClientRegistered::registrationId).toList();
        ImportResponse answer = new ImportResponse(batchId, ids.size(), ids);
        List<Instant> times = rows.stream().map(ImportRequest.Row::registeredAt).sorted().toList();
        ImportBatches.Batch listed = transaction.execute(status -> {
            idempotent.bind(key, caller, request, HttpStatus.CREATED.value(),
                    new ImportResponse(batchId, ids.size(), List.of()));
            return batches.start(new ImportBatches.Batch(batchId, tenant, request.projectId(), importer,
                    clock.instant(), ids.size(), times.get(0), times.get(times.size() - 1), 0, null), fingerprint);
        });
        if (!listed.importedBy().equals(importer)) {
            // another admin began this same import: its rows name one importer, the one the log names
            registered = decideAll(tenant, batchId, listed.importedBy(), request);
        }
        int done = listed.rowsDone();
        while (done < registered.size()) {
            try {
                List<ClientRegistered> all = registered;
                done = transaction.execute(status -> storeChunk(batchId, all));
                for (ChunkObserver observer : observers) {
                    observer.committed(batchId, done, registered.size());
                }
            } catch (RuntimeException failure) {
                throw new ImportInterruptedException(batchId, done, registered.size(), failure);
            }
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    /** Every row through the aggregate's own decision, with the ids this import gives them (rows[i] if refused). */
    private static List<ClientRegistered> decideAll(String tenant, String batchId, String importer,
                                                    ImportRequest request) {
        List<ImportRequest.Row> rows = request.rows();
        List<ClientRegistered> registered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportRequest.Row row = rows.get(i);
            try {
                registered.add(Registration.decide(new RegisterClient(mintedId(batchId + "/" + i), tenant,
                        request.projectId(), row.channelId(), row.channelKind(), row.agentId(), row.clientSurname(),
                        row.maskedPhone(), null, List.of(), row.registeredAt(), Intake.IMPORT, importer)));
            } catch (InvalidRegistrationException broken) {
                throw new InvalidRequestException(List.of(new FieldProblem("rows[" + i + "]." + broken.field(),
                        broken.getMessage())));
            }
        }
        return registered;
    }

    /** The next chunk after what is stored (maybe by another attempt at the same import); answers the rows done. */
    private int storeChunk(String batchId, List<ClientRegistered> registered) {
        int from = batches.lockRowsDone(batchId);
        if (from >= registered.size()) {
            return from;
        }
        int to = Math.min(from + chunkRows, registered.size());
        List<ClientRegistered> chunk = registered.subList(from, to);
        Instant now = clock.instant();
        events.append(chunk, now);
        views.insert(chunk);
        batches.advance(batchId, to, to == registered.size() ? now : null);
        return to;
    }

    /**
     * A UUID made from a name, so the same import names the same batch and registrations each time; like
     * {@code Ids.newId} it never holds a run of digits shaped like a mobile number (ID-4), trying the next name if
     * it would.
     */
    static String mintedId(String name) {
        for (int attempt = 0; ; attempt++) {
            String id = UUID.nameUUIDFromBytes((attempt == 0 ? name : name + "#" + attempt)
                    .getBytes(StandardCharsets.UTF_8)).toString();
            if (!Texts.holdsFullPhone(id)) {
                return id;
            }
        }
    }

    /** The gate asks for the same tenant, project, channel and agent on every row: one query each per import. */
    private static MasterDataLookup remembering(MasterDataLookup lookup) {
        Map<List<Object>, Optional<MasterEntity>> seen = new HashMap<>();
        return (tenantId, kind, id) -> seen.computeIfAbsent(List.of(tenantId, kind, id),
                k -> lookup.find(tenantId, kind, id));
    }
}
