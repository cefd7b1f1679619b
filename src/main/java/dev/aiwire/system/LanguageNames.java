package dev.aiwire.system;

import java.text.MessageFormat;
import java.util.Locale;

import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.language.Languages;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.AbstractMessageSource;

/**
 * The names of the languages of articles in the interface's messages
 * ({@code lang.<code>}, which filters, cards and the editors' form show), answered from
 * the language registry when the bundles do not name a language: a language added as a
 * folder is named by the {@code name.<code>} entries of its {@code language.properties},
 * without a line added to the bundles.
 */
@Configuration(proxyBeanMethods = false)
class LanguageNames {

	/**
	 * Puts the registry's names behind the application's message source, as its parent.
	 */
	@Bean
	static BeanPostProcessor languageNamesBehindMessages() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(name)
						&& bean instanceof HierarchicalMessageSource messages
						&& messages.getParentMessageSource() == null) {
					messages.setParentMessageSource(new Messages(Languages.registry()));
				}
				return bean;
			}
		};
	}

	/** Answers {@code lang.<code>} for the languages of a registry, and nothing else. */
	static final class Messages extends AbstractMessageSource {

		private static final String PREFIX = "lang.";

		private final LanguageRegistry languages;

		Messages(LanguageRegistry languages) {
			this.languages = languages;
			setAlwaysUseMessageFormat(true);
		}

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			if (!code.startsWith(PREFIX)) {
				return null;
			}
			String wanted = code.substring(PREFIX.length());
			return this.languages.find(wanted)
				.filter((language) -> language.code().equals(wanted))
				.map((language) -> createMessageFormat(language.name(locale).replace("'", "''"), locale))
				.orElse(null);
		}

	}

}
