/**
 * Changes and planned maintenance: a window, the services and items it touches, its risk, plan and back-out plan, an
 * approval by a manager or the direction, an announcement to the affected members' référents a number of business
 * days ahead (per service level), and its start and end, which drive the service status board. A change may close
 * the problem it fixes.
 */
package fr.guichet.change;
