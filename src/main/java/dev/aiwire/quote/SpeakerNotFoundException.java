package dev.aiwire.quote;

/** Nobody quoted in a visible article answers to a speaker slug: the reader gets a 404. */
public class SpeakerNotFoundException extends RuntimeException {

	public SpeakerNotFoundException(String slug) {
		super("No speaker '" + slug + "'");
	}

}
