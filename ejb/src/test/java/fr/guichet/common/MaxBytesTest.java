package fr.guichet.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MaxBytesTest {

    @Test
    void countsUtf8BytesAsTheDatabaseStoresThem() {
        assertEquals(5, MaxBytes.Validator.utf8Length("Lyon!"));
        assertEquals(2, MaxBytes.Validator.utf8Length("é"));
        assertEquals(3, MaxBytes.Validator.utf8Length("€"));
        assertEquals(4, MaxBytes.Validator.utf8Length("😀"));
        assertEquals(3, MaxBytes.Validator.utf8Length("\ud800"), "a lone surrogate is written as a replacement character");
        String text = "é😀a€".repeat(10_000);
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, MaxBytes.Validator.utf8Length(text));
    }

    @Test
    void twentyThousandCharactersCanExceedATextColumn() {
        assertTrue(MaxBytes.Validator.utf8Length("a".repeat(20_000)) <= MaxBytes.TEXT);
        assertTrue(MaxBytes.Validator.utf8Length("😀".repeat(20_000)) > MaxBytes.TEXT);
        assertTrue(MaxBytes.Validator.utf8Length("é".repeat(40_000)) > MaxBytes.TEXT);
    }
}
