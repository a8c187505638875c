package vn.noivu.bpm.platform.engine;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** Registers the {@link LegacyBeanNames} of the project's beans as aliases, before any bean is created. */
@Component
public class LegacyBeanNameAliases implements BeanDefinitionRegistryPostProcessor {

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        ClassLoader loader = ClassUtils.getDefaultClassLoader();
        for (String name : registry.getBeanDefinitionNames()) {
            BeanDefinition definition = registry.getBeanDefinition(name);
            String className = definition.getBeanClassName();
            if (className == null || !className.startsWith(ModelExpressionBeans.PROJECT_PACKAGE)) {
                continue;
            }
            LegacyBeanNames legacy = ClassUtils.resolveClassName(className, loader).getAnnotation(LegacyBeanNames.class);
            if (legacy != null) {
                for (String alias : legacy.value()) {
                    registry.registerAlias(name, alias);
                }
            }
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }
}
