package dev.aiwire.language;

import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LanguagesTests {

	@Nested
	class TheRegistry {

		@Test
		void listsFrenchFirstThenEnglish() {
			assertThat(Languages.codes()).startsWith("fr", "en");
			assertThat(Languages.defaultLanguage().code()).isEqualTo("fr");
		}

		@Test
		void readsRegionalAndUpperCaseCodesAsTheirLanguage() {
			assertThat(Languages.find("FR")).map(Language::code).hasValue("fr");
			assertThat(Languages.find("en_GB")).map(Language::code).hasValue("en");
			assertThat(Languages.find("fr-CA")).map(Language::code).hasValue("fr");
		}

		@Test
		void knowsNothingOfALanguageWithoutAFolder() {
			assertThat(Languages.find("de")).isEmpty();
			assertThat(Languages.find(" ")).isEmpty();
			assertThat(Languages.of("de").code()).isEqualTo("fr");
		}

		@Test
		void namesEachLanguageInTheInterfaceLanguage() {
			Language english = Languages.of("en");
			assertThat(english.name(Locale.FRENCH)).isEqualTo("anglais");
			assertThat(english.name(Locale.ENGLISH)).isEqualTo("English");
			assertThat(english.name(Locale.GERMAN)).isEqualTo("English");
		}

		@Test
		void givesAnEmptyListForAListTheLanguageDoesNotHave() {
			assertThat(Languages.of("fr").words("no-such-list").isEmpty()).isTrue();
		}

		@Test
		void readsTheSettingsAModuleKeepsInTheLanguageFolder() {
			assertThat(Languages.of("en").setting("search.filters")).hasValueSatisfying(
					(filters) -> assertThat(filters).startsWith("possessive_english").endsWith("porter_stem"));
			assertThat(Languages.of("en").setting("search.no-such-setting")).isEmpty();
			assertThat(Languages.of("en").setting("code")).as("the language's own keys are no settings").isEmpty();
		}

	}

	@Nested
	class AWordList {

		@Test
		void readsEntriesWithTheirAttributesAndExamples() {
			WordList.Entry entry = WordList
				.parse("fondatrice | gender=f kind=role | La fondatrice de Kuaishou a souri.", "roles.txt", 3);

			assertThat(entry.text()).isEqualTo("fondatrice");
			assertThat(entry.attribute("gender")).isEqualTo("f");
			assertThat(entry.attribute("kind")).isEqualTo("role");
			assertThat(entry.example()).isEqualTo("La fondatrice de Kuaishou a souri.");
		}

		@Test
		void looksEntriesUpWithCaseAccentsAndApostrophesIgnored() {
			WordList list = new WordList("verbs",
					java.util.List.of(WordList.parse("a déclaré | Il a déclaré : ...", "v", 1),
							WordList.parse("d’après | D'après lui, ...", "v", 2)));

			assertThat(list.contains("A DECLARE")).isTrue();
			assertThat(list.contains("d'après")).isTrue();
			assertThat(list.contains("a dit")).isFalse();
		}

		@Test
		void tellsWhetherAnEntryHoldsAnAttributeOfAValue() {
			WordList list = new WordList("organisation-nouns",
					java.util.List.of(WordList.parse("firme | kind=company | La firme a refusé.", "n", 1),
							WordList.parse("groupe | kind=private | Le groupe a confirmé.", "n", 2)));

			assertThat(list.has("Firme", "kind", "company")).isTrue();
			assertThat(list.has("groupe", "kind", "company")).isFalse();
			assertThat(list.has("ministère", "kind", "company")).isFalse();
		}

		@Test
		void skipsCommentsAndBlankLines() {
			assertThat(WordList.parse("# speech verbs", "v", 1)).isNull();
			assertThat(WordList.parse("   ", "v", 2)).isNull();
		}

		@Test
		void refusesAnEntryWithoutAnExampleNamingTheFileAndLine() {
			assertThatIllegalStateException().isThrownBy(() -> WordList.parse("a déclaré", "language/fr/verbs.txt", 7))
				.withMessage("language/fr/verbs.txt line 7: an entry needs an example after ' | '");
		}

	}

}
