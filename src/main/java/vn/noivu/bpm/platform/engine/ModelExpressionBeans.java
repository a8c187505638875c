package vn.noivu.bpm.platform.engine;

import java.lang.reflect.Method;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * The only Spring beans a model's expressions can reach, by name: the project's own delegates and listeners (classes
 * under {@code vn.noivu.bpm} implementing JavaDelegate, TaskListener or ExecutionListener) and the helpers marked
 * {@link ModelExpressionBean}. Given to the engine as its {@code beans} map, so {@code ${jdbcTemplate}} or a service
 * resolves to nothing. A bean's {@link LegacyBeanNames} are allowed with it. Beans are fetched from the context when
 * an expression asks for them, not before.
 */
public class ModelExpressionBeans extends AbstractMap<Object, Object> {

    public static final String PROJECT_PACKAGE = "vn.noivu.bpm.";

    private static final List<Class<?>> DELEGATE_TYPES = List.of(JavaDelegate.class, TaskListener.class,
            ExecutionListener.class);
    /** Beans of the modules below the platform, which cannot carry its annotation. */
    private static final List<Class<?>> LOWER_MODULE_BEANS = List.of(Deadlines.class);

    private final ApplicationContext context;
    private volatile Set<String> names;

    public ModelExpressionBeans(ApplicationContext context) {
        this.context = context;
    }

    /** Read from the bean definitions on first use (every definition is registered before the engine is built). */
    public Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            known = Collections.unmodifiableSet(findNames());
            names = known;
        }
        return known;
    }

    private Set<String> findNames() {
        Set<String> found = new TreeSet<>();
        for (String name : context.getBeanNamesForType(Object.class, true, false)) {
            Class<?> type = context.getType(name, false);
            if (type != null && allowed(ClassUtils.getUserClass(type))) {
                found.add(name);
                found.addAll(List.of(context.getAliases(name)));
            }
        }
        return found;
    }

    /**
     * With a null member, whether the bean is allowed; otherwise whether a model may use that member of it: a public
     * method the project wrote (or a getter for that property name), not Object's or a proxy's.
     */
    public boolean allowsMember(String bean, String member) {
        if (!names().contains(bean)) {
            return false;
        }
        if (member == null) {
            return true;
        }
        String property = member.isEmpty() ? member : Character.toUpperCase(member.charAt(0)) + member.substring(1);
        Class<?> type = ClassUtils.getUserClass(context.getType(bean, false));
        for (Method method : type.getMethods()) {
            String name = method.getName();
            boolean named = name.equals(member) || name.equals("get" + property) || name.equals("is" + property);
            if (named && method.getDeclaringClass().getName().startsWith(PROJECT_PACKAGE)) {
                return true;
            }
        }
        return false;
    }

    static boolean allowed(Class<?> type) {
        if (!type.getName().startsWith(PROJECT_PACKAGE)) {
            return false;
        }
        return AnnotatedElementUtils.hasAnnotation(type, ModelExpressionBean.class)
                || LOWER_MODULE_BEANS.contains(type)
                || DELEGATE_TYPES.stream().anyMatch(delegate -> delegate.isAssignableFrom(type));
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String && names().contains(key);
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return names().stream()
                .map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, context.getBean(name)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
