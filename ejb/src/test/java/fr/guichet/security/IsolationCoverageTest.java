package fr.guichet.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.member.Member;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the two places a new entity could be forgotten: the persistence unit's class list, and member
 * isolation (an entity referring to a member must say whose data it is).
 */
class IsolationCoverageTest {

    @Test
    void everyEntityReferringToAMemberIsMemberOwned() throws Exception {
        for (Class<?> entity : annotated(Entity.class)) {
            boolean refersToMember = false;
            for (Field field : entity.getDeclaredFields()) {
                refersToMember |= field.isAnnotationPresent(ManyToOne.class) && field.getType() == Member.class
                        || field.getName().equals("memberId");
            }
            if (refersToMember && !entity.getSimpleName().equals("AuditEntry")
                    && !entity.isAnnotationPresent(SharedAcrossMembers.class)) {
                assertTrue(MemberOwned.class.isAssignableFrom(entity), entity + " must implement MemberOwned");
            }
        }
    }

    @Test
    void everyEntityAndConverterIsListedInThePersistenceUnit() throws Exception {
        String unit = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        List<Class<?>> managed = new ArrayList<>(annotated(Entity.class));
        managed.addAll(annotated(Converter.class));
        assertTrue(managed.size() >= 5);
        for (Class<?> type : managed) {
            assertTrue(unit.contains("<class>" + type.getName() + "</class>"), type + " missing from persistence.xml");
        }
    }

    private static List<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation)
            throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, IsolationCoverageTest.class.getClassLoader());
                if (type.isAnnotationPresent(annotation)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
