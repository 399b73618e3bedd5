package fr.guichet.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;

/** CSV files as spreadsheets save them in France: semicolon-separated, in UTF-8 (with or without BOM) or Windows-1252. */
public final class CsvFiles {

    public static final CSVFormat FRENCH = CSVFormat.Builder.create().setDelimiter(';').setTrim(true).setIgnoreEmptyLines(true).build();

    private CsvFiles() {
    }

    /** The file's text; refuses an empty file or one over {@code maxBytes}. */
    public static String text(byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("import.empty");
        }
        if (content.length > maxBytes) {
            throw new BusinessRuleException("import.tooBig", maxBytes / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Spreadsheets on Windows still save CSV in Windows-1252.
            text = new String(content, Charset.forName("windows-1252"));
        }
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }
}
