/**
 * Files attached to tickets and demands, in one owner-typed table ({@code attachment}, bytes apart in
 * {@code attachment_content}). {@link fr.guichet.attachment.Attachments} stores, checks type and size, lists
 * and serves them; it checks no visibility: the owning domain calls it only after its own check.
 */
package fr.guichet.attachment;
