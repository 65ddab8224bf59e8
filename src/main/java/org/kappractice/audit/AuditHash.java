package org.kappractice.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/** The SHA-256 link of the audit chain: an entry's content and the previous entry's hash. */
final class AuditHash {
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(long id, OffsetDateTime at, String actor, String action, String recordType, Long recordId,
                     Long patientId, String detail, String prevHash) {
        var text = new StringBuilder();
        for (Object field : new Object[] {id, at.toInstant(), actor, action, recordType, recordId, patientId, detail,
                prevHash}) {
            // length-prefixed, so that no two different entries can produce the same text
            String value = field == null ? null : field.toString();
            text.append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
