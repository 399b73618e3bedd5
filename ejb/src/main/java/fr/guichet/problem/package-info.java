/**
 * Problems: the cause behind incidents that come back, found once. The syndicate's staff group tickets and major
 * incidents under a problem, write its analysis, workaround and root cause (internal), publish the workaround as a
 * knowledge-base article and, on closing, may tell the requesters of its tickets with a public note.
 */
package fr.guichet.problem;
