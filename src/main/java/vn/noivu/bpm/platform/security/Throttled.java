package vn.noivu.bpm.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents that a public endpoint counts its requests with {@link Throttle} and answers 429 (with Retry-After) past
 * the limit: the API description lists that response. It limits nothing itself; ApiDocsTest checks that every
 * handler calling {@link Throttle} carries it, and that none carries it without.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Throttled {
}
