package dev.aiwire.timeline;

/**
 * The direction a date without a year is read in: before, around or after publication.
 */
enum Tense {

	PAST, PRESENT, FUTURE

}
