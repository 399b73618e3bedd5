/** Knowledge base: articles (public for members, or internal to the syndicate), searched in full text and suggested while a ticket is typed. */
package fr.guichet.kb;
