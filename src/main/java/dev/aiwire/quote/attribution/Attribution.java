package dev.aiwire.quote.attribution;

import dev.aiwire.quote.Confidence;
import dev.aiwire.quote.people.Entity;

/**
 * Who said a quotation, as one cue of the text tells it.
 *
 * @param speaker the person or organisation, or null
 * @param decided whether the cue settles the question, even with nobody: a crowd or an
 * unnamed source said it ("a ironisé un internaute"), so no later cue may give it to
 * someone
 * @param confidence how sure the cue and the reading of its reference are
 * @param reason the cue, in words an editor can check
 */
public record Attribution(Entity speaker, boolean decided, Confidence confidence, String reason) {

	static final Attribution NONE = new Attribution(null, false, Confidence.NONE, "no cue names a speaker");

	static Attribution of(Entity speaker, Confidence confidence, String reason) {
		return new Attribution(speaker, speaker != null, (speaker != null) ? confidence : Confidence.NONE, reason);
	}

	static Attribution nobody(String reason) {
		return new Attribution(null, true, Confidence.HIGH, reason);
	}

	/** Whether this cue answered, with a speaker or with nobody. */
	boolean found() {
		return this.decided;
	}

	/** The same speaker, no surer than this. */
	Attribution atMost(Confidence ceiling, String why) {
		return new Attribution(this.speaker, this.decided, this.confidence.and(ceiling), why);
	}

}
