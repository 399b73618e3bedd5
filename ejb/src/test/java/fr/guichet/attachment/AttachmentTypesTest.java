package fr.guichet.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentTypesTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @Test
    void documentsAndPicturesAreRecognisedByTheirBytes() {
        assertEquals("application/pdf", AttachmentTypes.accepted(PDF, "rapport.pdf"));
        assertEquals("application/pdf", AttachmentTypes.accepted(PDF, "rapport"), "no extension needed");
        assertEquals("image/png", AttachmentTypes.accepted(PNG, "capture.png"));
        assertEquals("text/plain", AttachmentTypes.accepted("Erreur 503 à 9 h".getBytes(StandardCharsets.UTF_8), "log.txt"));
        assertEquals("text/csv", AttachmentTypes.accepted("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), "export.csv"));
    }

    @Test
    void aRenamedFileIsJudgedOnItsContent() {
        assertThrows(BusinessRuleException.class, () -> AttachmentTypes.accepted(EXE, "facture.pdf"));
        assertEquals("text/plain", AttachmentTypes.accepted("juste du texte".getBytes(StandardCharsets.UTF_8), "photo.png"),
                "text named .png is stored and served as text");
    }

    @Test
    void scriptableFormatsAreRefused() {
        assertThrows(BusinessRuleException.class, () -> AttachmentTypes.accepted(
                "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "page.txt"));
        assertThrows(BusinessRuleException.class, () -> AttachmentTypes.accepted(
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>".getBytes(StandardCharsets.UTF_8),
                "logo.svg"));
    }

    @Test
    void officeContainersTakeTheirExactTypeFromTheName() throws IOException {
        assertEquals("application/vnd.oasis.opendocument.text", AttachmentTypes.accepted(openDocument(), "note.odt"));
    }

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertEquals("rapport.pdf", AttachmentTypes.safeName("C:\\Users\\agent\\rapport.pdf"));
        assertEquals("passwd", AttachmentTypes.safeName("../../etc/passwd"));
        assertEquals("ab.txt", AttachmentTypes.safeName("a\"b\u0000.txt"));
        assertEquals("piece-jointe", AttachmentTypes.safeName(".."));
    }

    /** An OpenDocument file starts with an uncompressed "mimetype" entry. */
    private static byte[] openDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
