package fr.guichet.web.report;

import java.io.Serializable;
import java.util.List;

/**
 * A table as shown on a dashboard, ready to export: a title (sheet name), column headers and rows of
 * cells (text, numbers, or null for an empty cell).
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) implements Serializable {
}
