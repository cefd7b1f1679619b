package dev.aiwire.article.web;

import java.util.ArrayList;
import java.util.List;

import dev.aiwire.article.TagCount;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tags the site timeline's filter offers on a site with hundreds of them. */
class TimelineTagFilterTests {

	private static List<TagCount> tagsMostUsedFirst(int count) {
		List<TagCount> tags = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tags.add(new TagCount("theme-" + i, "Thème " + i, 1000 - i));
		}
		return tags;
	}

	@Test
	void offersTheMostUsedTagsInTheOrderOfTheirNames() {
		List<TagCount> offered = SiteController.offeredTags(tagsMostUsedFirst(300), null);

		assertThat(offered).hasSize(SiteController.FILTER_TAGS);
		assertThat(offered).allMatch((tag) -> tag.articles() > 1000 - SiteController.FILTER_TAGS);
		assertThat(offered).extracting(TagCount::name)
			.isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@Test
	void keepsARareTagTheReaderChose() {
		List<TagCount> offered = SiteController.offeredTags(tagsMostUsedFirst(300), "theme-250");

		assertThat(offered).hasSize(SiteController.FILTER_TAGS + 1).extracting(TagCount::slug).contains("theme-250");
	}

	@Test
	void offersEveryTagOfASmallSite() {
		assertThat(SiteController.offeredTags(tagsMostUsedFirst(7), "theme-3")).hasSize(7);
	}

}
