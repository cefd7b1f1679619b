package dev.aiwire.search;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class IndexLocationTests {

	@Test
	void placesTheIndexBesideTheH2FileItIndexes() {
		assertThat(IndexLocation.of(null, "jdbc:h2:file:./data/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
			.contains(Path.of("./data/aiwire-search-index"));
		assertThat(IndexLocation.of(null, "jdbc:h2:/srv/portal/db/aiwire"))
			.contains(Path.of("/srv/portal/db/aiwire-search-index"));
	}

	@Test
	void givesTwoDatabasesOfOneFolderTwoIndexes() {
		assertThat(IndexLocation.of(null, "jdbc:h2:file:./data/first"))
			.isNotEqualTo(IndexLocation.of(null, "jdbc:h2:file:./data/second"));
	}

	@Test
	void keepsTheIndexOfAnInMemoryDatabaseInMemory() {
		assertThat(IndexLocation.of(null, "jdbc:h2:mem:aiwire;DB_CLOSE_DELAY=-1")).isEmpty();
	}

	@Test
	void takesTheFolderGivenWhateverTheDatabase() {
		assertThat(IndexLocation.of("/var/lib/aiwire/index", "jdbc:postgresql://db/aiwire"))
			.contains(Path.of("/var/lib/aiwire/index"));
		assertThat(IndexLocation.of("", "jdbc:postgresql://db/aiwire")).isEmpty();
	}

	@Test
	void asksForAFolderBesideADatabaseThatIsNotAFile() {
		assertThatIllegalStateException().isThrownBy(() -> IndexLocation.of(null, "jdbc:postgresql://db:5432/aiwire"))
			.withMessageContaining("aiwire.search.index-dir")
			.withMessageContaining("jdbc:postgresql://db:5432/aiwire");
		assertThatIllegalStateException().isThrownBy(() -> IndexLocation.of(null, "jdbc:h2:tcp://db/aiwire"))
			.withMessageContaining("aiwire.search.index-dir");
	}

}
