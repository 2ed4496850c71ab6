package org.alliance.directory.search;

/**
 * A word or phrase people use when they look for support, and what it means in the directory's own
 * words.
 *
 * @param words what people type, one to three words in lower case ("weed", "my son")
 * @param means the directory's word for it, searched for and shown back ("cannabis")
 * @param someoneElse the words name someone else, so services for families and carers come up too
 */
public record SearchWord(String id, String words, String means, boolean someoneElse) {}
