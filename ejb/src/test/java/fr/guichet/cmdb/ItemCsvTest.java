package fr.guichet.cmdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.common.CsvFiles;
import fr.guichet.common.ImportProblem;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemCsvTest {

    private static final ItemCsv.References REFERENCES = new ItemCsv.References() {
        private final Map<String, Long> members = Map.of("givors", 3L, "69091", 3L, "corbas", 7L);
        private final Map<String, Long> services = Map.of("messagerie", 20L, "finances", 1L);

        @Override
        public Optional<Long> member(String code) {
            return Optional.ofNullable(members.get(code));
        }

        @Override
        public Optional<Long> service(String code) {
            return Optional.ofNullable(services.get(code));
        }
    };

    private static final String HEADER = "membre;service;type;nom;etat;attributs\n";

    @Test
    void readsItemsOfEveryKindFromAWindowsSpreadsheet() {
        String file = HEADER
                + "givors;messagerie;domaine_messagerie;Messagerie de la mairie;en_service;domain=mairie-givors.fr | mailboxes=420\n"
                + "69091;finances;application;Finances Givors;en_service;version=2024.2|url=https://finances.givors.example.fr/\n"
                + "corbas;;site;Hôtel de ville;en_service;address=Place du Général de Gaulle, Corbas\n"
                + "corbas;;lien_reseau;Fibre mairie;maintenance;operator=Orange | bandwidth_mbps=1000 | circuit=FTTO-4411\n"
                + "corbas;messagerie;serveur;mx-corbas;prevu;hostname=mx1.corbas.example.fr | ip=10.20.0.25 | os=Debian 12\n";
        ItemCsv.Sheet sheet = ItemCsv.read(CsvFiles.text(file.getBytes(Charset.forName("windows-1252")), 1 << 20), REFERENCES);
        assertTrue(sheet.isValid(), sheet.problems().toString());
        assertEquals(5, sheet.lineCount());
        ItemDraft mail = sheet.items().get(0).value();
        assertEquals(new ItemDraft(3L, 20L, ItemKind.MAIL_DOMAIN, "Messagerie de la mairie", ItemState.IN_SERVICE,
                Map.of("domain", "mairie-givors.fr", "mailboxes", "420")), mail);
        ItemDraft site = sheet.items().get(2).value();
        assertEquals("Hôtel de ville", site.name(), "Windows-1252 read as such");
        assertEquals(null, site.serviceId(), "a site serves no one service");
        assertEquals(ItemState.MAINTENANCE, sheet.items().get(3).value().state());
        assertEquals(6, sheet.items().get(4).number());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndNothingIsValid() {
        String file = HEADER
                + "givors;messagerie;domaine_messagerie;Messagerie;en_service;domain=mairie-givors.fr\n"
                + "lyon-9;cafe;imprimante;Imprimante;casse;\n"
                + "givors;messagerie;serveur;mx;en_service;hostname=-bad-|ip=300.1.1.1\n"
                + "givors;messagerie;domaine_messagerie;MESSAGERIE;en_service;mailboxes=1E-999999999\n"
                + "givors;messagerie;serveur;mx2;en_service;couleur=bleu\n"
                + "givors;messagerie;serveur;mx3;en_service;hostname\n"
                + "givors;messagerie;serveur\n"
                + "givors;messagerie;serveur;;en_service;\n";
        ItemCsv.Sheet sheet = ItemCsv.read(file, REFERENCES);
        assertFalse(sheet.isValid());
        assertEquals(List.of(
                new ImportProblem(3, "cmdb.import.member", "lyon-9"),
                new ImportProblem(3, "cmdb.import.service", "cafe"),
                new ImportProblem(3, "cmdb.import.kind", "imprimante"),
                new ImportProblem(3, "cmdb.import.state", "casse"),
                new ImportProblem(4, "cmdb.attribute.invalid.HOSTNAME", "hostname", "-bad-"),
                new ImportProblem(4, "cmdb.attribute.invalid.IP_ADDRESS", "ip", "300.1.1.1"),
                new ImportProblem(5, "cmdb.attribute.invalid.COUNT", "mailboxes", "1E-999999999"),
                new ImportProblem(6, "cmdb.attribute.unknown", "couleur", "hostname, ip, os"),
                new ImportProblem(7, "cmdb.import.attributes", "hostname"),
                new ImportProblem(8, "cmdb.import.columns", 3, 6),
                new ImportProblem(9, "cmdb.import.name")), sheet.problems());
    }

    @Test
    void aNameRepeatedForTheSameMemberIsRefusedWhateverItsCaseAndAccents() {
        String file = HEADER
                + "givors;finances;application;Hôtel de ville;en_service;\n"
                + "corbas;finances;application;Hôtel de ville;en_service;\n"
                + "givors;finances;application;HOTEL DE VILLE;en_service;\n";
        assertEquals(List.of(new ImportProblem(4, "cmdb.import.repeated", "HOTEL DE VILLE", 2L)), ItemCsv.read(file, REFERENCES).problems());
    }

    @Test
    void aFileWithoutTheHeaderOrWithoutLinesIsRefused() {
        assertEquals("cmdb.import.header", ItemCsv.read("membre;service;nom\ngivors;finances;x\n", REFERENCES).problems().get(0).messageKey());
        assertEquals("import.empty", ItemCsv.read(HEADER, REFERENCES).problems().get(0).messageKey());
        assertEquals("import.unreadable", ItemCsv.read(HEADER + "givors;\"finances;application\n", REFERENCES).problems().get(0).messageKey());
    }

    @Test
    void attributesAreStoredInTheKindsOrderAndReadBack() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("os", "Debian 12");
        given.put("hostname", "srv-1.sitiv.example.fr");
        String stored = ItemAttributes.stored(ItemKind.SERVER, given);
        assertEquals("hostname=srv-1.sitiv.example.fr\nos=Debian 12\n", stored);
        assertEquals(List.copyOf(Map.of("hostname", "srv-1.sitiv.example.fr", "os", "Debian 12").entrySet()).size(),
                ItemAttributes.read(stored).size());
        assertEquals("srv-1.sitiv.example.fr", ItemAttributes.read(stored).get("hostname"));
    }

    @Test
    void eachAttributeTypeAcceptsWhatItsNameSaysAndNothingElse() {
        assertTrue(AttributeType.COUNT.accepts("420"));
        assertFalse(AttributeType.COUNT.accepts("-4"));
        assertFalse(AttributeType.COUNT.accepts("4.2"));
        assertFalse(AttributeType.COUNT.accepts("9999999999"));
        assertTrue(AttributeType.IP_ADDRESS.accepts("192.168.1.10"));
        assertTrue(AttributeType.IP_ADDRESS.accepts("2001:db8::1"));
        assertFalse(AttributeType.IP_ADDRESS.accepts("192.168.1"));
        assertTrue(AttributeType.DOMAIN.accepts("mairie-givors.fr"));
        assertFalse(AttributeType.DOMAIN.accepts("localhost"));
        assertFalse(AttributeType.DOMAIN.accepts("a..fr"));
        assertTrue(AttributeType.HOSTNAME.accepts("srv-01"));
        assertTrue(AttributeType.URL.accepts("https://finances.givors.example.fr/login"));
        assertFalse(AttributeType.URL.accepts("javascript:alert(1)"));
        assertFalse(AttributeType.URL.accepts("https://"));
        assertTrue(AttributeType.VERSION.accepts("2024.2-rc1"));
        assertFalse(AttributeType.VERSION.accepts("5 2"));
        assertTrue(AttributeType.TEXT.accepts("Place du Général de Gaulle"));
        assertFalse(AttributeType.TEXT.accepts("ligne\nsuivante"));
        assertFalse(AttributeType.TEXT.accepts("nul\u0000"));
    }
}
