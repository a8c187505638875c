package vn.noivu.bpm.platform.web.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the public site: HTML pages for citizens, without an account. Its errors are pages in
 * Vietnamese ({@link PublicPageAdvice}), its forms are guarded ({@link PublicFormGuard}), and its templates use the
 * one public layout ({@code templates/public/layout.html}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicPage {
}
