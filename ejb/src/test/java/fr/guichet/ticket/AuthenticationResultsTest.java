package fr.guichet.ticket;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticationResultsTest {

    private static final String MX = "mx.guichet.test";
    private static final String FROM = "agent1@givors.example.fr";

    private static boolean authenticates(String... headers) {
        return AuthenticationResults.authenticates(List.of(headers), MX, FROM);
    }

    @Test
    void aPassOfOurServerAlignedWithTheFromDomainAuthenticates() {
        assertTrue(authenticates("mx.guichet.test; dmarc=pass (p=reject) header.from=givors.example.fr"));
        assertTrue(authenticates("mx.guichet.test 1; spf=fail smtp.mailfrom=x@autre.example;\r\n\tdkim=pass header.d=givors.example.fr header.s=s1"));
        assertTrue(authenticates("MX.Guichet.Test; dkim=pass header.i=@mail.givors.example.fr"), "a sub-domain is aligned");
        assertTrue(authenticates("mx.guichet.test; spf=pass smtp.mailfrom=agent1@givors.example.fr"));
        assertTrue(authenticates("mx.guichet.test; dmarc=pass"));
    }

    @Test
    void failuresAndUnalignedPassesDoNot() {
        assertFalse(authenticates("mx.guichet.test; dmarc=fail header.from=givors.example.fr; spf=softfail smtp.mailfrom=givors.example.fr"));
        assertFalse(authenticates("mx.guichet.test; dkim=pass header.d=pirate.example"), "signed by another domain");
        assertFalse(authenticates("mx.guichet.test; dkim=pass header.d=fr"), "never a bare top-level domain");
        assertFalse(authenticates("mx.guichet.test; spf=pass smtp.mailfrom=bounce@pirate.example"));
        assertFalse(authenticates("mx.guichet.test; dmarc=pass header.from=pirate.example"));
        assertFalse(authenticates("mx.guichet.test; none"));
        assertFalse(authenticates("mx.guichet.test; dkim=none (dkim=pass header.d=givors.example.fr)"), "a comment is not a result");
    }

    @Test
    void onlyOurServerIsBelievedAndAllItsHeadersMustPass() {
        assertFalse(authenticates(), "no header");
        assertFalse(authenticates("mx.pirate.example; dmarc=pass header.from=givors.example.fr"), "written by the sender");
        assertFalse(authenticates("mx.guichet.test; dmarc=fail header.from=givors.example.fr",
                "mx.guichet.test; dmarc=pass header.from=givors.example.fr"), "a forged pass beside our fail");
        assertTrue(authenticates("mx.guichet.test; dmarc=pass header.from=givors.example.fr",
                "mx.pirate.example; dmarc=fail"));
        assertFalse(AuthenticationResults.authenticates(List.of("mx.guichet.test; dmarc=pass"), "", FROM), "no authserv-id configured");
        assertFalse(AuthenticationResults.authenticates(List.of("mx.guichet.test; dmarc=pass"), MX, ""), "no From address");
    }
}
