package dev.aiwire.quote;

import java.util.ArrayList;
import java.util.List;

import dev.aiwire.markdown.Block;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.markdown.Section;
import dev.aiwire.markdown.Sentence;
import dev.aiwire.quote.attribution.Attribution;
import dev.aiwire.quote.attribution.Attributor;
import dev.aiwire.quote.attribution.Interview;
import dev.aiwire.quote.attribution.Quotation;
import dev.aiwire.quote.attribution.QuotationFinder;
import dev.aiwire.quote.people.Cast;
import dev.aiwire.quote.people.Discourse;
import dev.aiwire.quote.reading.ArticleText;

/**
 * Finds the quotations of an article and who said them, in five named stages a newcomer
 * can follow, each in its own package:
 * <ol>
 * <li><b>reading</b> ({@link ArticleText}): the title and blocks in words, quotation
 * marks and sentences, with the words of the article's language
 * ({@code language/<code>/*.txt});</li>
 * <li><b>cast</b> ({@link Cast}): the people and organisations the article names, their
 * roles, titles and genders;</li>
 * <li><b>discourse</b> ({@link Discourse}): the article read in order, every name,
 * pronoun, role and crowd resolved to who the text is about there, by salience;</li>
 * <li><b>finding</b> ({@link QuotationFinder}, {@link Interview}): block quotations,
 * pasted ones, interview answers and words in quotation marks that are someone's
 * words;</li>
 * <li><b>attribution</b> ({@link Attributor}): the cues of the text tried in order, each
 * speaker with a confidence and the reason an editor can check.</li>
 * </ol>
 * Then the pull-quotes are chosen ({@link PullQuoteChooser}) among confident speakers
 * only.
 */
public class QuoteExtractor {

	private final PullQuoteChooser chooser;

	public QuoteExtractor() {
		this(new PullQuoteChooser());
	}

	public QuoteExtractor(PullQuoteChooser chooser) {
		this.chooser = chooser;
	}

	/** The quotations of a document in reading order, pull-quotes marked. */
	public List<ExtractedQuote> extract(ParsedDocument doc) {
		ArticleText article = ArticleText.of(doc);
		Cast cast = Cast.of(article);
		Discourse discourse = Discourse.read(article, cast);
		Interview interview = Interview.of(article, doc.frontMatter().source());
		List<Quotation> quotations = new QuotationFinder(article, interview).find();
		Attributor attributor = new Attributor(article, cast, discourse, interview);
		List<ExtractedQuote> quotes = new ArrayList<>();
		for (Quotation quotation : quotations) {
			if (quotation.text().isBlank()) {
				continue;
			}
			Attribution who = attributor.attribute(quotation);
			String speaker = (who.speaker() != null) ? who.speaker().name() : null;
			quotes.add(new ExtractedQuote(quotation.text(), speaker, quotation.kind(), false, quotation.block(),
					sentenceIndex(doc, article, quotation), anchorOf(doc, quotation.block()), who.confidence(),
					who.reason()));
		}
		return this.chooser.choose(doc, quotes, article);
	}

	/**
	 * The document-wide sentence where an inline quotation opens; -1 for a block
	 * quotation.
	 */
	private static int sentenceIndex(ParsedDocument doc, ArticleText article, Quotation quotation) {
		if (quotation.span() == null) {
			return -1;
		}
		Block block = doc.block(quotation.block());
		var text = article.block(quotation.block());
		int offset = (quotation.span().open() >= 0) ? text.token(quotation.span().open()).start()
				: quotation.span().contentStart();
		int index = block.firstSentence();
		if (block.sentenceCount() == 0) {
			return index;
		}
		for (Sentence sentence : doc.sentencesOf(block)) {
			if (sentence.start() <= offset) {
				index = sentence.index();
			}
		}
		return index;
	}

	private static String anchorOf(ParsedDocument doc, int blockIndex) {
		int section = doc.block(blockIndex).sectionIndex();
		if (section < 0 || section >= doc.sections().size()) {
			return null;
		}
		Section found = doc.section(section);
		return found.anchor();
	}

}
