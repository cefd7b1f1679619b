package dev.aiwire.system;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;

import dev.aiwire.language.LanguageRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A language of articles is named in the interface by its folder when the bundles do not
 * name it: the stub Esperanto of the test resources ({@code stub-language}) gets its
 * French and English names from its {@code language.properties}, while the bundles keep
 * the last word on the languages they name.
 */
class LanguageNamesTests {

	private final URLClassLoader stub = new URLClassLoader(
			new URL[] { LanguageNamesTests.class.getClassLoader().getResource("stub-language/") },
			LanguageNamesTests.class.getClassLoader());

	@AfterEach
	void close() throws IOException {
		this.stub.close();
	}

	private MessageSource bundlesWithTheStub() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasename("messages");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		bundles.setAlwaysUseMessageFormat(true);
		bundles.setParentMessageSource(new LanguageNames.Messages(LanguageRegistry.fromClassPath(this.stub)));
		return bundles;
	}

	@Test
	void namesALanguageAddedAsAFolderInTheInterfacesLanguage() {
		MessageSource messages = bundlesWithTheStub();

		assertThat(messages.getMessage("lang.eo", null, Locale.FRENCH)).isEqualTo("espéranto");
		assertThat(messages.getMessage("lang.eo", null, Locale.ENGLISH)).isEqualTo("Esperanto");
		assertThat(messages.getMessage("lang.en", null, Locale.FRENCH)).isEqualTo("anglais");
		assertThat(messages.getMessage("lang.zh", null, Locale.ENGLISH)).isEqualTo("Chinese");
	}

	@Test
	void answersNothingButTheNamesOfTheRegistrysLanguages() {
		MessageSource messages = bundlesWithTheStub();

		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> messages.getMessage("lang.de", null, Locale.FRENCH));
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> messages.getMessage("lang.EO", null, Locale.FRENCH));
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> messages.getMessage("admin.eo", null, Locale.FRENCH));
	}

	@Test
	void standsBehindTheApplicationsMessages() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
			.withUserConfiguration(LanguageNames.class)
			.withPropertyValues("spring.messages.basename=messages")
			.run((context) -> {
				MessageSource messages = context.getBean(MessageSource.class);
				assertThat(((ResourceBundleMessageSource) messages).getParentMessageSource())
					.isInstanceOf(LanguageNames.Messages.class);
				assertThat(messages.getMessage("lang.fr", null, Locale.ENGLISH)).isEqualTo("French");
			});
	}

}
