package fr.guichet.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose rows every member may read although they name a member (a demand and its
 * co-signatures are public among members): the member says who wrote, not who may read. Writing stays
 * checked by the services. Exempts the entity from {@link MemberOwned} isolation on purpose.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedAcrossMembers {
}
