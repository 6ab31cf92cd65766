package com.baobei.commission.agreements;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.persistence.AgreementRepository;
import com.baobei.commission.persistence.Locks;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts and gets agreements of a tenant's projects. A change takes a new revision; if it moves money of issued
 * periods, the ledger books that on the next open statement citing the revision (COM-5). Putting the same
 * agreement again changes nothing.
 */
@Service
public class AgreementService {

    private final AgreementRepository agreements;
    private final Locks locks;
    private final Clock clock;

    public AgreementService(AgreementRepository agreements, Locks locks, Clock clock) {
        this.agreements = agreements;
        this.locks = locks;
        this.clock = clock;
    }

    /** @param proposed the agreement with any revision; the stored revision is decided here */
    @Transactional
    public AgreementRepository.Stored put(String tenantId, Agreement proposed, String actor) {
        List<Problem> problems = proposed.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        locks.channel(tenantId, proposed.projectId(), proposed.channelId());
        Optional<AgreementRepository.Stored> current = agreements.find(tenantId, proposed.projectId(),
                proposed.channelId());
        if (current.isPresent() && sameTerms(current.get().agreement(), proposed)) {
            return current.get();
        }
        int revision = current.map(s -> s.agreement().revision() + 1).orElse(1);
        Agreement stored = new Agreement(proposed.projectId(), proposed.channelId(), revision, proposed.zone(),
                proposed.firstPeriodEnd(), proposed.versions());
        agreements.save(tenantId, stored, clock.instant(), actor);
        return new AgreementRepository.Stored(stored, clock.instant(), actor);
    }

    @Transactional(readOnly = true)
    public Optional<AgreementRepository.Stored> get(String tenantId, String projectId, String channelId) {
        return agreements.find(tenantId, projectId, channelId);
    }

    private static boolean sameTerms(Agreement a, Agreement b) {
        return Objects.equals(a.zone(), b.zone()) && Objects.equals(a.firstPeriodEnd(), b.firstPeriodEnd())
                && Objects.equals(a.versions(), b.versions());
    }
}
