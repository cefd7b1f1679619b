package dev.aiwire.search;

import java.nio.file.Path;
import java.util.List;

/**
 * Two instances, each with its embedded index, which follows the other's writes from the
 * database.
 */
class SearchOnTwoInstancesTests extends SearchOnTwoInstancesBehaviour {

	@Override
	List<String> engine(String instance, Path folder) {
		return List.of("--aiwire.search.index-dir=" + folder.resolve(instance + "-search-index"));
	}

}
