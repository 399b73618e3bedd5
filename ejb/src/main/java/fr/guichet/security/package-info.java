/**
 * Who is calling and what they may see: roles, the caller of the request, and member isolation
 * (scoped queries plus an entity listener that refuses any row of another member).
 */
package fr.guichet.security;
