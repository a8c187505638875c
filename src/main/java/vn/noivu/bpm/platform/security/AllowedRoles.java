package vn.noivu.bpm.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.noivu.bpm.platform.identity.Role;

/**
 * Restricts an /api endpoint (or controller) to members of these platform roles, of these groups a procedure
 * contributes, or of the contributed groups granted {@link #access}; administrators are always allowed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedRoles {
    Role[] value() default {};

    /** Ids of groups a procedure contributes ({@code ProcedureGroup}), e.g. its council. */
    String[] groups() default {};

    /** A shared endpoint's named access, which procedures grant their groups ({@code ProcedureGroup#access}). */
    String access() default "";
}
