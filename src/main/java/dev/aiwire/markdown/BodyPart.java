package dev.aiwire.markdown;

/**
 * The safe HTML of one top-level block of a section (a paragraph, a whole list, a block
 * quote...).
 *
 * @param kind the kind of its first block
 * @param firstBlock document-wide index of its first block
 * @param blockCount how many blocks of the model it holds (a list holds one per item)
 * @param html its sanitised HTML
 */
public record BodyPart(BlockKind kind, int firstBlock, int blockCount, String html) {
}
