package dev.aiwire;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * What the portal leaves off the path to its first page (issue 15, start-up); the time it
 * gains is measured by bench/startup-cds.sh, not here.
 */
@SpringBootTest
@ActiveProfiles("test")
class StartupTests {

	private final ConfigurableApplicationContext context;

	StartupTests(@Autowired ConfigurableApplicationContext context) {
		this.context = context;
	}

	@Test
	void leavesTheEditorsServicesToBeCreatedWhenFirstAskedFor() {
		assertThat(this.context.getBeanFactory().getBeanDefinition("trashService").isLazyInit()).isTrue();
		assertThat(this.context.getBeanFactory().getBeanDefinition("exportService").isLazyInit()).isTrue();
	}

	@Test
	void createsEveryBeanOnceAskedFor() {
		ConfigurableListableBeanFactory beans = this.context.getBeanFactory();
		for (String name : beans.getBeanDefinitionNames()) {
			BeanDefinition definition = beans.getBeanDefinition(name);
			if (definition.isSingleton() && !definition.isAbstract()) {
				assertThatNoException().as(name).isThrownBy(() -> beans.getBean(name));
			}
		}
	}

}
