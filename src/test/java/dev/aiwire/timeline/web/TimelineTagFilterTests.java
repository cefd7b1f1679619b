package dev.aiwire.timeline.web;

import java.util.ArrayList;
import java.util.List;

import dev.aiwire.timeline.web.SiteTimeline.TimelineTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tags the site timeline's filter offers on a site with hundreds of them. */
class TimelineTagFilterTests {

	private static List<TimelineTag> tagsMostUsedFirst(int count) {
		List<TimelineTag> tags = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tags.add(new TimelineTag("theme-" + i, "Thème " + i, 1000 - i));
		}
		return tags;
	}

	@Test
	void offersTheMostUsedTagsInTheOrderOfTheirNames() {
		List<TimelineTag> offered = SiteTimelineController.offeredTags(tagsMostUsedFirst(300), null);

		assertThat(offered).hasSize(SiteTimelineController.FILTER_TAGS);
		assertThat(offered).allMatch((tag) -> tag.articles() > 1000 - SiteTimelineController.FILTER_TAGS);
		assertThat(offered).extracting(TimelineTag::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@Test
	void keepsARareTagTheReaderChose() {
		List<TimelineTag> offered = SiteTimelineController.offeredTags(tagsMostUsedFirst(300), "theme-250");

		assertThat(offered).hasSize(SiteTimelineController.FILTER_TAGS + 1)
			.extracting(TimelineTag::slug)
			.contains("theme-250");
	}

	@Test
	void offersEveryTagOfASmallSite() {
		assertThat(SiteTimelineController.offeredTags(tagsMostUsedFirst(7), "theme-3")).hasSize(7);
	}

}
