package com.baobei.commission.persistence;

import com.baobei.commission.inquiries.Inquiry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Commission inquiries of each tenant: inserted when raised, answered once (the update only moves an OPEN row). */
@Repository
public class InquiryRepository {

    private final JdbcTemplate jdbc;

    public InquiryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String tenantId, Inquiry i) {
        jdbc.update("""
                insert into inquiry (tenant_id, inquiry_id, project_id, channel_id, statement_id, line_key, question,
                                     raised_by, raised_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                tenantId, i.inquiryId(), i.projectId(), i.channelId(), i.statementId(), i.lineKey(), i.question(),
                i.raisedBy(), Sql.ts(i.raisedAt()), i.status().name());
    }

    /** Records the answer if the inquiry is still open; whether it was. */
    public boolean answer(String tenantId, Inquiry answered) {
        return jdbc.update("""
                update inquiry set status = ?, answer = ?, adjustment_id = ?, answered_by = ?, answered_at = ?
                where tenant_id = ? and inquiry_id = ? and status = 'OPEN'""",
                answered.status().name(), answered.answer(), answered.adjustmentId(), answered.answeredBy(),
                Sql.ts(answered.answeredAt()), tenantId, answered.inquiryId()) == 1;
    }

    public Optional<Inquiry> find(String tenantId, String inquiryId) {
        return jdbc.query("select * from inquiry where tenant_id = ? and inquiry_id = ?",
                InquiryRepository::inquiry, tenantId, inquiryId).stream().findFirst();
    }

    public List<Inquiry> list(String tenantId, String projectId, String channelId, Inquiry.Status status) {
        String s = status == null ? null : status.name();
        return jdbc.query("""
                select * from inquiry where tenant_id = ? and project_id = ?
                  and (?::text is null or channel_id = ?) and (?::text is null or status = ?)
                order by raised_at, inquiry_id""", InquiryRepository::inquiry, tenantId, projectId,
                channelId, channelId, s, s);
    }

    private static Inquiry inquiry(ResultSet rs, int row) throws SQLException {
        return new Inquiry(rs.getString("inquiry_id"), rs.getString("project_id"), rs.getString("channel_id"),
                rs.getString("statement_id"), rs.getString("line_key"), rs.getString("question"),
                rs.getString("raised_by"), Sql.instant(rs, "raised_at"), Inquiry.Status.valueOf(rs.getString("status")),
                rs.getString("answer"), rs.getString("adjustment_id"), rs.getString("answered_by"),
                Sql.instant(rs, "answered_at"));
    }
}
