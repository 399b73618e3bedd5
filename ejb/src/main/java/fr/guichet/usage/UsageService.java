package fr.guichet.usage;

import fr.guichet.common.CsvFiles;
import fr.guichet.common.InvalidImportException;
import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.ServiceDirectory;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.SqlValues;
import fr.guichet.member.MemberDirectory;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Usage values entered and imported by managers. An import is all or nothing: a file with one bad
 * line, or already imported, changes nothing. A value entered by hand replaces the platform's.
 */
@Stateless
public class UsageService {

    static final String ENTITY = "usage";
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    private static final int ROWS_PER_STATEMENT = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ServiceDirectory catalogue;

    @Inject
    private MemberDirectory members;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** Reads and checks a file without keeping anything. */
    public UsageSheet preview(String fileName, byte[] content) {
        caller.requireAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
        return UsageCsv.read(CsvFiles.text(content, MAX_FILE_BYTES), references());
    }

    public ImportResult importFile(String fileName, byte[] content) {
        String who = caller.requireAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN).login();
        UsageSheet sheet = UsageCsv.read(CsvFiles.text(content, MAX_FILE_BYTES), references());
        if (!sheet.isValid()) {
            throw new InvalidImportException(sheet.problems());
        }
        String digest = sha256(content);
        List<?> earlier = em.createNativeQuery("SELECT imported_at FROM usage_import WHERE digest = ?")
                .setParameter(1, digest).getResultList();
        if (!earlier.isEmpty()) {
            throw new BusinessRuleException("usage.import.duplicate", SqlValues.timestamp(SqlValues.instant(earlier.get(0))));
        }
        Instant now = Instant.now();
        String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
        // IGNORE: the same file sent twice at the same moment waits for the first, then is refused like any duplicate.
        int recorded = em.createNativeQuery("INSERT IGNORE INTO usage_import (file_name, digest, line_count, imported_at, imported_by)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, name.length() > 255 ? name.substring(0, 255) : name).setParameter(2, digest)
                .setParameter(3, sheet.entries().size()).setParameter(4, SqlValues.timestamp(now)).setParameter(5, who).executeUpdate();
        if (recorded == 0) {
            throw new BusinessRuleException("usage.import.duplicate", SqlValues.timestamp(now));
        }
        long importId = ((Number) em.createNativeQuery("SELECT id FROM usage_import WHERE digest = ?")
                .setParameter(1, digest).getSingleResult()).longValue();
        write(sheet.entries(), "IMPORT", importId, who, now);
        audit.record("IMPORT", ENTITY, importId, null, name + ": " + sheet.entries().size() + " valeur(s)");
        return new ImportResult(importId, name, sheet.entries().size());
    }

    /** A manager enters (or corrects) one value. */
    public void enter(long memberId, long serviceId, @NotNull YearMonth month,
                      @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal value) {
        String who = caller.requireAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN).login();
        UsageReferences refs = references();
        if (!refs.isMember(memberId)) {
            throw new BusinessRuleException("usage.member.unknown");
        }
        if (!refs.isMeasured(serviceId)) {
            throw new BusinessRuleException("usage.service.unmeasured");
        }
        write(List.of(new UsageEntry(memberId, serviceId, month, value)), "MANUAL", null, who, Instant.now());
        audit.record("ENTER", ENTITY, serviceId + "/" + month, memberId, "valeur " + value.toPlainString());
    }

    /** Writes values by multi-row statements of {@link #ROWS_PER_STATEMENT} (a file may hold 100 000 lines). */
    private void write(List<UsageEntry> entries, String source, Long importId, String who, Instant now) {
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            List<UsageEntry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
            Query upsert = em.createNativeQuery("INSERT INTO usage_value (service_id, month, member_id, value, source, import_id,"
                    + " updated_at, updated_by) VALUES " + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?)"))
                    + " ON DUPLICATE KEY UPDATE value = VALUES(value), source = VALUES(source), import_id = VALUES(import_id),"
                    + " updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)");
            int position = 1;
            for (UsageEntry entry : chunk) {
                upsert.setParameter(position++, entry.serviceId()).setParameter(position++, entry.month().atDay(1))
                        .setParameter(position++, entry.memberId()).setParameter(position++, entry.value())
                        .setParameter(position++, source).setParameter(position++, importId)
                        .setParameter(position++, SqlValues.timestamp(now)).setParameter(position++, who);
            }
            upsert.executeUpdate();
        }
    }

    private UsageReferences references() {
        return new UsageReferences(members.all(), catalogue.measured());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A member's values of the year, month by month, for each measured service (scoped to the caller's member). */
    public List<UsageEntry> yearOf(long memberId, int year) {
        caller.required();
        long member = caller.scope().memberFor(memberId);
        List<Object[]> rows = em.createNativeQuery("SELECT member_id, service_id, month, value FROM usage_value"
                        + " WHERE member_id = ? AND month BETWEEN ? AND ? ORDER BY service_id, month")
                .setParameter(1, member).setParameter(2, LocalDate.of(year, 1, 1)).setParameter(3, LocalDate.of(year, 12, 1))
                .getResultList();
        return rows.stream().map(r -> new UsageEntry(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                YearMonth.from(((Date) r[2]).toLocalDate()), (BigDecimal) r[3])).toList();
    }
}
