/**
 * The web side of attached files, shared by the ticket and demand pages and resources: the API's file record
 * and the page's files card ({@code WEB-INF/includes/files.xhtml}). Uploads and downloads: {@link fr.guichet.web.shell.Files}.
 */
package fr.guichet.web.attachment;
