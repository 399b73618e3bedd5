package fr.guichet.common;

/**
 * Sizes of texts as the database stores them (utf8mb4): TEXT columns are limited in bytes, and 20 000
 * characters of "é" or emoji exceed what 20 000 ASCII characters fit in.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The UTF-8 length of a text, counted without encoding it (a lone surrogate is written as 3 bytes). */
    public static long length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            bytes += size(codePoint);
            i += Character.charCount(codePoint);
        }
        return bytes;
    }

    /** At most {@code maxBytes} bytes once encoded, cut between two characters; null stays null. */
    public static String cut(String text, int maxBytes) {
        if (text == null) {
            return null;
        }
        long size = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            size += size(codePoint);
            if (size > maxBytes) {
                return text.substring(0, i);
            }
            i += Character.charCount(codePoint);
        }
        return text;
    }

    private static int size(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
