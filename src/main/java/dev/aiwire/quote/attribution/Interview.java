package dev.aiwire.quote.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.aiwire.language.Words;
import dev.aiwire.markdown.Block;
import dev.aiwire.markdown.BlockKind;
import dev.aiwire.quote.reading.ArticleText;
import dev.aiwire.quote.reading.BlockText;
import dev.aiwire.quote.reading.QuoteWords;
import dev.aiwire.quote.reading.Token;

/**
 * The turns of an interview: paragraphs that open with a label and a colon ("LatePost :
 * ...", "Zhu Xiaohu : ...", "Q : ...", "R : ..."). An article is an interview when two
 * paragraphs at least open so. A turn is a question when its label is a question label
 * ("Q"), the outlet or an organisation, or when it ends with a question mark; otherwise
 * it is an answer by the person its label names ("R" and "A" name the interviewee).
 */
public final class Interview {

	/** The longest label, in words. */
	private static final int MAX_LABEL_WORDS = 5;

	/**
	 * A labelled paragraph: its label as written, where its text starts, and whether it
	 * asks.
	 */
	private record Turn(String label, int textStart, boolean question) {

	}

	private final Map<Integer, Turn> turns = new HashMap<>();

	private final ArticleText article;

	private Interview(ArticleText article) {
		this.article = article;
	}

	/** The turns of an article, none when fewer than two paragraphs open with a label. */
	public static Interview of(ArticleText article, String outlet) {
		Interview interview = new Interview(article);
		QuoteWords words = article.words();
		Map<Integer, String> labels = new HashMap<>();
		Map<Integer, Integer> starts = new HashMap<>();
		for (BlockText text : article.blocks()) {
			if (text.block().kind() != BlockKind.PARAGRAPH || !ArticleText.isNarration(text)) {
				continue;
			}
			int colon = labelColon(text, words);
			if (colon > 0) {
				labels.put(text.block().index(), text.text().substring(0, text.token(colon).start()).strip());
				starts.put(text.block().index(), colon + 1);
			}
		}
		if (labels.size() < 2) {
			interview.readUnlabelled(words);
			return interview;
		}
		String outletKey = (outlet != null) ? Words.fold(outlet).strip() : null;
		labels.forEach((block, label) -> {
			String key = Words.fold(label).strip();
			String role = words.interviewLabel(key);
			boolean question = "question".equals(role) || key.equals(outletKey) || words.isKnownOrganisation(key)
					|| (role == null && endsWithQuestion(article.block(block)));
			interview.turns.put(block, new Turn(label, starts.get(block), question));
		});
		for (BlockText text : article.blocks()) {
			if (isBoldQuestion(text)) {
				interview.turns.putIfAbsent(text.block().index(), new Turn("", 0, true));
			}
		}
		interview.readAnswersAfterLabelledQuestions(words);
		return interview;
	}

	/** The fewest labelled questions that make their unlabelled answers answers. */
	private static final int MIN_LABELLED_QUESTIONS = 2;

	/**
	 * Answers that carry no label after labelled turns ("36Kr : Pourquoi ... ?" then the
	 * answer as a plain paragraph): the paragraph right after a question is the
	 * interviewee's answer, and the paragraphs after an answer that go on in the first
	 * person are the same speaker's. A heading, another kind of block or a paragraph that
	 * no longer speaks in the first person ends the answer.
	 */
	private void readAnswersAfterLabelledQuestions(QuoteWords words) {
		long questions = this.turns.values().stream().filter(Turn::question).count();
		if (questions < MIN_LABELLED_QUESTIONS) {
			return;
		}
		Map<Integer, Turn> found = new HashMap<>();
		Turn current = null;
		for (BlockText text : this.article.blocks()) {
			int index = text.block().index();
			Turn labelled = this.turns.get(index);
			if (labelled != null) {
				current = labelled;
				continue;
			}
			if (current == null || !isProse(text) || text.block().kind() == BlockKind.HEADING) {
				current = null;
				continue;
			}
			if (current.question() && !endsWithQuestion(text)) {
				current = new Turn("", 0, false);
			}
			else if (current.question() || !speaksInFirstPerson(text, words)) {
				current = null;
				continue;
			}
			else {
				current = new Turn(current.label(), 0, false);
			}
			found.put(index, current);
		}
		this.turns.putAll(found);
	}

	/**
	 * The fewest question-and-answer pairs that make an article without labels an
	 * interview.
	 */
	private static final int MIN_UNLABELLED_PAIRS = 3;

	/** A question of an interview is short. */
	private static final int MAX_QUESTION_WORDS = 70;

	/**
	 * An interview without labels: short paragraphs ending with a question mark, each
	 * followed by paragraphs that answer in the first person. Three such pairs at least;
	 * the answers are the interviewee's (their label is empty). When every question is
	 * set in bold, the layout itself marks the exchange, and answers need not say "I".
	 */
	private void readUnlabelled(QuoteWords words) {
		Map<Integer, Turn> found = new HashMap<>();
		int pairs = 0;
		int firstPerson = 0;
		int answers = 0;
		boolean allBold = true;
		List<BlockText> blocks = this.article.blocks();
		for (int i = 0; i < blocks.size(); i++) {
			BlockText text = blocks.get(i);
			boolean asks = (isProse(text) && endsWithQuestion(text)) || isBoldQuestion(text);
			if (!asks || words(text) > MAX_QUESTION_WORDS) {
				continue;
			}
			found.put(i, new Turn("", 0, true));
			allBold &= isBoldQuestion(text);
			int j = i + 1;
			boolean answered = false;
			// a paragraph ending with a colon introduces a quotation of its own: "Sun's
			// lab is not alone. Wei Hong ... said:" after the last answer is the
			// article's narration again, and so is what follows it
			while (j < blocks.size() && isProse(blocks.get(j)) && !endsWithQuestion(blocks.get(j))
					&& !blocks.get(j).endsWithColon()) {
				found.put(j, new Turn("", 0, false));
				answers++;
				firstPerson += speaksInFirstPerson(blocks.get(j), words) ? 1 : 0;
				answered = true;
				j++;
			}
			pairs += answered ? 1 : 0;
			i = j - 1;
		}
		if (pairs >= MIN_UNLABELLED_PAIRS && (firstPerson * 2 >= answers || allBold)) {
			this.turns.putAll(found);
		}
	}

	private static boolean isProse(BlockText text) {
		return text.block().kind() == BlockKind.PARAGRAPH && ArticleText.isNarration(text);
	}

	private static int words(BlockText text) {
		int count = 0;
		for (Token token : text.tokens()) {
			count += token.isWord() ? 1 : 0;
		}
		return count;
	}

	/**
	 * Whether a paragraph says "I", "we", "je", "nous" outside quotation marks; "US" in
	 * capitals is the country.
	 */
	private static boolean speaksInFirstPerson(BlockText text, QuoteWords words) {
		for (Token token : text.tokens()) {
			if (!text.isQuoted(token.index()) && words.isFirstPerson(token)) {
				return true;
			}
		}
		return false;
	}

	/** The colon ending a label at the start of a paragraph, or -1. */
	private static int labelColon(BlockText text, QuoteWords words) {
		int wordsSeen = 0;
		for (int i = 0; i < text.size() && i <= MAX_LABEL_WORDS + 1; i++) {
			Token token = text.token(i);
			if (token.is(":")) {
				return (wordsSeen > 0 && i + 1 < text.size()) ? i : -1;
			}
			if (!token.isWord() && !token.is(".")) {
				return -1;
			}
			if (token.isWord()) {
				// a label is a name: capitalised words and the particles inside names
				// ("Bruno Le Maire")
				boolean nameWord = Character.isUpperCase(token.text().charAt(0))
						|| Character.isDigit(token.text().charAt(0))
						|| wordsSeen > 0 && words.isNameParticle(token.key());
				if (!nameWord) {
					return -1;
				}
				wordsSeen++;
			}
		}
		return -1;
	}

	/**
	 * A paragraph set wholly in bold that ends with a question mark: the way an outlet
	 * sets its interviewer's questions ("**Why open the model?**").
	 */
	private static boolean isBoldQuestion(BlockText text) {
		return text.block().kind() == BlockKind.PARAGRAPH && text.block().hasClass(Block.STRONG)
				&& endsWithQuestion(text);
	}

	private static boolean endsWithQuestion(BlockText text) {
		String stripped = text.text().strip();
		return stripped.endsWith("?") || stripped.endsWith("?*") || stripped.endsWith("?**");
	}

	/** The first block that is a turn of the interview, or -1. */
	public int firstTurn() {
		return this.turns.keySet().stream().mapToInt(Integer::intValue).min().orElse(-1);
	}

	public boolean isInterview() {
		return !this.turns.isEmpty();
	}

	/** Whether a block is the interviewer's turn. */
	public boolean isQuestion(int block) {
		Turn turn = this.turns.get(block);
		return turn != null && turn.question();
	}

	/**
	 * The label of an answer ("Zhu Xiaohu", "R"), or null when the block is no answer.
	 */
	public String answerLabel(int block) {
		Turn turn = this.turns.get(block);
		return (turn != null && !turn.question()) ? turn.label() : null;
	}

	/** The first token of an answer's own words, after its label. */
	public int answerStart(int block) {
		Turn turn = this.turns.get(block);
		return (turn != null) ? turn.textStart() : 0;
	}

	/** An answer's own words, its label left out. */
	public String answerText(int block) {
		BlockText text = this.article.block(block);
		int start = answerStart(block);
		return (start < text.size()) ? QuotationFinder.stripMarks(text.text().substring(text.token(start).start()))
				: "";
	}

	/**
	 * Whether a label stands for the interviewee without naming them ("R", "A", or no
	 * label at all).
	 */
	public boolean namesTheInterviewee(String label, QuoteWords words) {
		return label.isBlank() || "answer".equals(words.interviewLabel(Words.fold(label).strip()));
	}

}
