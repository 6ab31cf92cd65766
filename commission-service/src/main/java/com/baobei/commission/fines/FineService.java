package com.baobei.commission.fines;

import com.baobei.contracts.Ids;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.agreement.Problem;
import com.baobei.commission.ledger.Com4Fines;
import com.baobei.commission.ledger.Fine;
import com.baobei.commission.ledger.FineRequest;
import com.baobei.commission.persistence.FineRepository;
import com.baobei.commission.persistence.Locks;
import com.baobei.commission.errors.UnprocessableException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records fines of a tenant. A fine id given by the caller makes the request idempotent: the same id is recorded once
 * in a tenant (another tenant may use the same id for its own fine).
 */
@Service
public class FineService {

    public record Recorded(Fine fine, boolean created) {
    }

    private final FineRepository fines;
    private final Locks locks;
    private final Clock clock;

    public FineService(FineRepository fines, Locks locks, Clock clock) {
        this.fines = fines;
        this.locks = locks;
        this.clock = clock;
    }

    @Transactional
    public Recorded record(String tenantId, FineRequest request, String actor) {
        List<Problem> problems = Com4Fines.problems(request);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String fineId = request.fineId() == null || request.fineId().isBlank() ? Ids.newId()
                : request.fineId();
        FineRequest withId = new FineRequest(fineId, request.projectId(), request.channelId(), request.reason(),
                request.target(), request.agentId(), request.amount(), request.note());
        locks.channel(tenantId, withId.projectId(), withId.channelId());
        Optional<Fine> existing = fines.find(tenantId, fineId);
        if (existing.isPresent()) {
            // idempotent like every write of the services: the same body is the first answer, another body is refused
            if (Com4Fines.sameFacts(existing.get(), withId)) {
                return new Recorded(existing.get(), false);
            }
            throw new UnprocessableException("fineId", "fine " + fineId + " was recorded with other facts; a fineId "
                    + "names one fine, so send a new fineId for another");
        }
        // in the precision PostgreSQL keeps, so that a repeated request gets the first answer to the microsecond
        Fine fine = Com4Fines.decide(withId, fines.forChannel(tenantId, withId.projectId(), withId.channelId()),
                clock.instant().truncatedTo(ChronoUnit.MICROS), actor);
        fines.insert(tenantId, fine);
        return new Recorded(fine, true);
    }

    @Transactional(readOnly = true)
    public List<Fine> list(String tenantId, String projectId, String channelId) {
        return fines.list(tenantId, projectId, channelId);
    }
}
