package org.strikemap.source;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads sources and claims, and the reported strikes' date range, as the last load left them. */
@Repository
class SourceRepository {

    private final JdbcClient jdbc;

    SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Source> sources() {
        return jdbc.sql("select id, file_name, outlet, headline, date_as_given, note from sources order by position")
                .query((rs, n) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    List<Claim> claims() {
        return jdbc.sql("""
                select id, subject, kind, value_text, min_value, max_value, claim_text, claimed_by, source_id, quote
                from claims order by position""")
                .query((rs, n) -> new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Integer.class), rs.getObject(6, Integer.class), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .list();
    }

    /** The earliest start and latest end of the strikes reported as attacks (open ends ignored); nulls when none. */
    LocalDate[] reportedPeriod() {
        return jdbc.sql("select min(date_from), max(date_to) from strikes where status = 'reported'")
                .query((rs, n) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                .single();
    }
}
