package dev.aiwire.quote;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SpeakerNamesTests {

	@Test
	void foldsAccentsCaseTitlesAndSpaces() {
		assertThat(SpeakerNames.key("M.  Jensen   Huang")).isEqualTo("jensen huang");
		assertThat(SpeakerNames.key("Mme Lê Thị")).isEqualTo("le thi");
		assertThat(SpeakerNames.key("Kai-Fu Lee")).isEqualTo(SpeakerNames.key("kai fu lee"));
		assertThat(SpeakerNames.key("Dr. Tang Xiao'ou")).isEqualTo("tang xiao'ou");
		assertThat(SpeakerNames.key(null)).isNull();
		assertThat(SpeakerNames.key("M.")).isNull();
	}

	@Test
	void mapsASurnameToTheOnlyFullNameSharingIt() {
		Map<String, String> unified = SpeakerNames
			.unify(List.of("huang", "jensen huang", "liang", "liang wenfeng", "li", "robin li", "li qiang"));

		assertThat(unified).contains(entry("huang", "jensen huang"), entry("liang", "liang wenfeng"), entry("li", "li"),
				entry("robin li", "robin li"));
	}

}
