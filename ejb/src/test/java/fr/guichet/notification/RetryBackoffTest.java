package fr.guichet.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(30));

    @Test
    void delayDoublesFromTheBase() {
        assertEquals(Duration.ofSeconds(30), backoff.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), backoff.delayAfter(2));
        assertEquals(Duration.ofSeconds(240), backoff.delayAfter(4));
    }

    @Test
    void delayNeverExceedsOneHour() {
        assertEquals(Duration.ofHours(1), backoff.delayAfter(8));
        assertEquals(Duration.ofHours(1), backoff.delayAfter(29));
    }

    @Test
    void messageIsGivenUpAfterMaxAttempts() {
        assertFalse(backoff.givesUpAfter(RetryBackoff.MAX_ATTEMPTS - 1));
        assertTrue(backoff.givesUpAfter(RetryBackoff.MAX_ATTEMPTS));
    }

    @Test
    void failedMessageWaitsThenIsGivenUp() {
        Instant now = Instant.parse("2026-05-04T10:00:00Z");
        OutboxMessage message = new OutboxMessage("a@b.fr", "Sujet", "Corps", now);
        message.recordFailure("Connection refused", now, backoff);
        assertEquals(OutboxStatus.PENDING, message.getStatus());
        assertEquals(1, message.getAttempts());
        assertEquals(now.plusSeconds(30), message.getNextAttemptAt());
        for (int attempt = 2; attempt <= RetryBackoff.MAX_ATTEMPTS; attempt++) {
            message.recordFailure("Connection refused", now, backoff);
        }
        assertEquals(OutboxStatus.FAILED, message.getStatus());
    }

    @Test
    void sentMessageKeepsItsMessageId() {
        Instant now = Instant.now();
        OutboxMessage message = new OutboxMessage("a@b.fr", "Sujet", "Corps", now);
        String id = message.getMessageId();
        message.recordFailure("down", now, backoff);
        message.markSent(now);
        assertEquals(OutboxStatus.SENT, message.getStatus());
        assertEquals(id, message.getMessageId());
        assertEquals(2, message.getAttempts());
    }
}
