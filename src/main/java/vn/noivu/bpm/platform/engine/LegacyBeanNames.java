package vn.noivu.bpm.platform.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a delegate had in earlier versions of the models. Process instances started on those versions still call
 * the bean by its old name, so the name stays an alias of the bean (and allowed to models) until no such instance
 * runs.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface LegacyBeanNames {

    String[] value();
}
