package dev.aiwire.timeline;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a reader sees a date of the timeline, in each language of the interface. */
class TimexFormatTests {

	@Test
	void writesFrenchDatesAsAFrenchReaderSaysThem() {
		assertThat(TimexFormat.describe("2024-03-14", null, Locale.FRENCH)).isEqualTo("14 mars 2024");
		assertThat(TimexFormat.describe("2024-03-01", null, Locale.FRENCH)).isEqualTo("1er mars 2024");
		assertThat(TimexFormat.describe("2024-01", "END", Locale.FRENCH)).isEqualTo("fin janvier 2024");
		assertThat(TimexFormat.describe("2016", "START", Locale.FRENCH)).isEqualTo("début 2016");
		assertThat(TimexFormat.describe("2023-07", "MID", Locale.FRENCH)).isEqualTo("mi-juillet 2023");
		assertThat(TimexFormat.describe("2024-Q1", null, Locale.FRENCH)).isEqualTo("1er trimestre 2024");
		assertThat(TimexFormat.describe("2024-Q3", null, Locale.FRENCH)).isEqualTo("3e trimestre 2024");
		assertThat(TimexFormat.describe("2024-SP", null, Locale.FRENCH)).isEqualTo("printemps 2024");
		assertThat(TimexFormat.describe("2025-H1", null, Locale.FRENCH)).isEqualTo("1er semestre 2025");
	}

	@Test
	void writesEnglishDatesAsAnEnglishReaderSaysThem() {
		assertThat(TimexFormat.describe("2024-03-14", null, Locale.ENGLISH)).isEqualTo("March 14, 2024");
		assertThat(TimexFormat.describe("2024-03-01", null, Locale.ENGLISH)).isEqualTo("March 1, 2024");
		assertThat(TimexFormat.describe("2024-01", "END", Locale.ENGLISH)).isEqualTo("late January 2024");
		assertThat(TimexFormat.describe("2024-Q3", null, Locale.ENGLISH)).isEqualTo("Q3 2024");
		assertThat(TimexFormat.describe("2022-FA", "START", Locale.ENGLISH)).isEqualTo("early autumn 2022");
		assertThat(TimexFormat.describe("2025-H2", null, Locale.ENGLISH)).isEqualTo("second half of 2025");
	}

	@Test
	void writesAnyOtherInterfaceLanguageInTheSitesFirstLanguage() {
		assertThat(TimexFormat.describe("2024-03", null, Locale.GERMAN)).isEqualTo("mars 2024");
	}

}
