package fr.guichet.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyTokenTest {

    private static final ReplyToken TOKENS = new ReplyToken("un secret de serveur assez long".getBytes(StandardCharsets.UTF_8));
    private static final String MAILBOX = "support@guichet.test";

    @Test
    void aTokenNamesItsTicketAndVerifies() {
        String token = TOKENS.of(42);
        assertTrue(token.matches("42-[0-9a-f]{24}"), token);
        assertEquals(Optional.of(42L), TOKENS.ticketOf(token));
        assertEquals(Optional.of(42L), TOKENS.ticketOf(token.toUpperCase()), "mail servers may change the case");
        assertEquals(token, TOKENS.of(42), "the same ticket always has the same token");
    }

    @Test
    void tamperedForeignOrMalformedTokensAreRefused() {
        String token = TOKENS.of(42);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0');
        assertEquals(Optional.empty(), TOKENS.ticketOf(tampered));
        // The token of ticket 42 used for ticket 43: the key binds it to 42.
        assertEquals(Optional.empty(), TOKENS.ticketOf("43" + token.substring(2)));
        assertEquals(Optional.empty(), TOKENS.ticketOf("042" + token.substring(2)), "one ticket, one token");
        ReplyToken otherServer = new ReplyToken("le secret d'un autre serveur".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), otherServer.ticketOf(token));
        assertNotEquals(token, otherServer.of(42));
        for (String malformed : new String[] {"", "42", "42-", "abc-" + token.substring(3), token + "0", null}) {
            assertEquals(Optional.empty(), TOKENS.ticketOf(malformed), String.valueOf(malformed));
        }
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReplyToken("court".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theReplyAddressCarriesTheTokenAsSubAddress() {
        String address = ReplyAddress.of(MAILBOX, TOKENS.of(7));
        assertEquals("support+" + TOKENS.of(7) + "@guichet.test", address);
        assertEquals(new ReplyAddress.Link(ReplyAddress.Link.Kind.VALID, 7L),
                ReplyAddress.linkOf(MAILBOX, List.of("agent@givors.example.fr", address.toUpperCase()), TOKENS));
        assertEquals(new ReplyAddress.Link(ReplyAddress.Link.Kind.VALID, 7L),
                ReplyAddress.linkOf(MAILBOX, List.of(address, address), TOKENS), "To and Delivered-To alike");
    }

    @Test
    void recipientsWithoutReplyAddressOrWithABadOneAreTold() {
        assertEquals(ReplyAddress.Link.Kind.NONE, ReplyAddress.linkOf(MAILBOX, List.of(MAILBOX), TOKENS).kind());
        assertEquals(ReplyAddress.Link.Kind.NONE,
                ReplyAddress.linkOf(MAILBOX, List.of("support+" + TOKENS.of(7) + "@ailleurs.example"), TOKENS).kind(),
                "another domain is not our mailbox");
        assertEquals(ReplyAddress.Link.Kind.INVALID,
                ReplyAddress.linkOf(MAILBOX, List.of("support+8" + TOKENS.of(7).substring(1) + "@guichet.test"), TOKENS).kind());
        assertEquals(ReplyAddress.Link.Kind.INVALID,
                ReplyAddress.linkOf(MAILBOX, List.of("support+n-importe-quoi@guichet.test"), TOKENS).kind());
        assertEquals(ReplyAddress.Link.Kind.INVALID, ReplyAddress.linkOf(MAILBOX,
                List.of(ReplyAddress.of(MAILBOX, TOKENS.of(7)), ReplyAddress.of(MAILBOX, TOKENS.of(8))), TOKENS).kind(),
                "two tickets at once");
    }
}
