package dev.aiwire.search.lucene;

import dev.aiwire.search.Snippet;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassageSnippetsTests {

	private static Snippet snippet(String content, String match) {
		Passage passage = new Passage();
		passage.setStartOffset(0);
		passage.setEndOffset(content.length());
		int start = content.indexOf(match);
		passage.addMatch(start, start + match.length(), new BytesRef(match), 1);
		return new PassageSnippets().format(new Passage[] { passage }, content);
	}

	@Test
	void keepsAHeadingApartFromTheTextAfterIt() {
		Snippet snippet = snippet(
				"Jensen Huang à Pékin\nLe calendrier a voulu que Jensen Huang se trouve à Pékin jeudi.\n",
				"calendrier");
		assertThat(snippet.text())
			.isEqualTo("Jensen Huang à Pékin · Le calendrier a voulu que Jensen Huang se trouve à Pékin jeudi.");
	}

	@Test
	void joinsParagraphsThatEndASentenceWithASpace() {
		Snippet snippet = snippet("Le titre a chuté.\nLes analystes doutent.", "analystes");
		assertThat(snippet.text()).isEqualTo("Le titre a chuté. Les analystes doutent.");
	}

}
