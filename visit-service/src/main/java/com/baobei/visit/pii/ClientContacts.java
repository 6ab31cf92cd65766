package com.baobei.visit.pii;

import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.Phones;
import com.baobei.visit.shared.PhoneRef;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a full number into what may be stored and published (masked + keyed hash), and keeps the
 * full number in {@code client_contact}, the one table that holds it, in the caller's transaction.
 * Nothing here logs a number.
 */
@Component
public class ClientContacts {

    private final PiiProperties properties;
    private final JdbcTemplate jdbc;

    public ClientContacts(PiiProperties properties, JdbcTemplate jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** The stored form of a number, without keeping it (for look-ups). */
    public PhoneRef refOf(String tenantId, String fullPhone) {
        return new PhoneRef(Phones.mask(fullPhone), Phones.keyedHash(properties.secretOf(tenantId), fullPhone));
    }

    /** The stored form of a number, keeping the full number for the office; call inside the command's transaction. */
    public PhoneRef keep(String tenantId, String fullPhone) {
        PhoneRef ref = refOf(tenantId, fullPhone);
        // a number named again is in use again: the retention period (ADR 0033) counts from now; a number erased
        // before comes back only because the desk typed it again for a new fact
        jdbc.update("insert into client_contact (tenant_id, phone_hash, full_phone, masked_phone) values (?, ?, ?, ?) "
                + "on conflict (tenant_id, phone_hash) do update set last_seen_at = now()", tenantId, ref.phoneHash(),
                fullPhone, ref.maskedPhone());
        return ref;
    }

    /**
     * The full number behind a stored one, for the office's own screens; empty once erased. The only way out of
     * {@code client_contact}: each number shown is written to {@code contact_read} in the same transaction, so an
     * answer that shows a number and a log without it cannot both happen.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> reveal(ContactRead read, ContactRead.Party party, PhoneRef phone, Instant at) {
        if (phone == null || phone.phoneHash() == null) {
            return Optional.empty();
        }
        List<String> found = jdbc.queryForList(
                "select full_phone from client_contact where tenant_id = ? and phone_hash = ?", String.class,
                read.tenantId(), phone.phoneHash());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("insert into contact_read (tenant_id, project_id, read_by, record_kind, record_id, party, "
                        + "client_key, phone_hash, read_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                read.tenantId(), read.projectId(), read.readBy(), read.record().name(), read.recordId(), party.name(),
                ClientKeys.clientKey(read.tenantId(), read.projectId(), phone.maskedPhone()), phone.phoneHash(),
                Timestamp.from(at));
        return Optional.of(found.get(0));
    }
}
