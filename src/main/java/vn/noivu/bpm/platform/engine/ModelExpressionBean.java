package vn.noivu.bpm.platform.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean that models may call in expressions although it is not a delegate or listener
 * (for example {@code ${deadlines.workingDays(publishedAt, 5)}). Every other bean stays out of reach of models:
 * see {@link ModelExpressionBeans}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ModelExpressionBean {
}
