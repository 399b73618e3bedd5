package fr.guichet.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void countsUtf8BytesAsTheDatabaseStoresThem() {
        assertEquals(5, Utf8.length("Lyon!"));
        assertEquals(2, Utf8.length("é"));
        assertEquals(3, Utf8.length("€"));
        assertEquals(4, Utf8.length("😀"));
        assertEquals(3, Utf8.length("\ud800"), "a lone surrogate is written as a replacement character");
        String text = "é😀a€".repeat(10_000);
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, Utf8.length(text));
    }

    @Test
    void twentyThousandCharactersCanExceedATextColumn() {
        assertTrue(Utf8.length("a".repeat(20_000)) <= MaxBytes.TEXT);
        assertTrue(Utf8.length("😀".repeat(20_000)) > MaxBytes.TEXT);
        assertTrue(Utf8.length("é".repeat(40_000)) > MaxBytes.TEXT);
    }
}
