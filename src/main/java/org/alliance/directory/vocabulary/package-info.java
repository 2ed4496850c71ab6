/** The vocabulary of the words people use, as editors look after it. */
package org.alliance.directory.vocabulary;
