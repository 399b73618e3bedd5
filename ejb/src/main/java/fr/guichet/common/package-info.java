/** Pieces every domain uses: paging, domain exceptions carrying message keys, settings, converters. */
package fr.guichet.common;
