/** Members of the syndicate: communes and partners, with population and membership period. */
package fr.guichet.member;
