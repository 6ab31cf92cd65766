package db.migration;

import com.baobei.registration.view.ShortCode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every registration's short code (ShortCode), for the desk's search. In Java because the code is a base32 of a
 * SHA-256 that SQL cannot spell as plainly; rows written before it get theirs here, in the same transaction.
 */
public class V22__short_codes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table registration_view add column short_code varchar(8)");
        }
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select registration_id from registration_view");
             PreparedStatement update = connection.prepareStatement(
                     "update registration_view set short_code = ? where registration_id = ?")) {
            while (rows.next()) {
                String id = rows.getString(1);
                update.setString(1, ShortCode.of(id));
                update.setString(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table registration_view alter column short_code set not null");
            ddl.execute("create index registration_view_by_code on registration_view (tenant_id, project_id, short_code)");
        }
    }
}
