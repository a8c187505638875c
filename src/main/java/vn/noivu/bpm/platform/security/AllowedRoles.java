package vn.noivu.bpm.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.noivu.bpm.platform.identity.Role;

/** Restricts an /api endpoint (or controller) to members of these roles; administrators are always allowed. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedRoles {
    Role[] value();
}
