package dev.aiwire.search.lucene;

import java.util.ArrayList;
import java.util.List;

import dev.aiwire.search.Snippet;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Makes the best passages of a field into a {@link Snippet}: plain text with the matches marked. */
class PassageSnippets extends PassageFormatter {

	@Override
	public Snippet format(Passage[] passages, String content) {
		List<List<Snippet.Part>> snippet = new ArrayList<>();
		for (Passage passage : passages) {
			List<Snippet.Part> parts = new ArrayList<>();
			int position = passage.getStartOffset();
			for (int m = 0; m < passage.getNumMatches(); m++) {
				int start = passage.getMatchStarts()[m];
				int end = passage.getMatchEnds()[m];
				if (start < position) {
					continue;
				}
				if (start > position) {
					parts.add(new Snippet.Part(content.substring(position, start), false));
				}
				parts.add(new Snippet.Part(content.substring(start, end), true));
				position = end;
			}
			if (position < passage.getEndOffset()) {
				parts.add(new Snippet.Part(content.substring(position, passage.getEndOffset()), false));
			}
			snippet.add(parts);
		}
		return Snippet.ofPassages(snippet);
	}

}
