package dev.aiwire.article.desk;

import java.util.List;

/**
 * An edit of a stored article as readers will see it once published, before anything is
 * saved, with what it changes in the quotations and the timeline of the live article.
 *
 * @param preview the edited article as it will read
 * @param liveVersion the version of the live article it was compared with
 * @param quoteChanges quotations added, removed or given another speaker, in reading
 * order
 * @param eventChanges dated events added, removed or moved to another date, in reading
 * order
 */
public record EditPreview(DeskPreview preview, long liveVersion, List<QuoteChange> quoteChanges,
		List<EventChange> eventChanges) {

	public EditPreview {
		quoteChanges = List.copyOf(quoteChanges);
		eventChanges = List.copyOf(eventChanges);
	}

	/** Whether the edit leaves the quotations and the timeline as they are. */
	public boolean extractionUnchanged() {
		return this.quoteChanges.isEmpty() && this.eventChanges.isEmpty();
	}

}
