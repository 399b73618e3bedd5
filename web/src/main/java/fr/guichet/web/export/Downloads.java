package fr.guichet.web.export;

import fr.guichet.web.api.QueryParams;
import fr.guichet.web.report.TableExport;
import fr.guichet.web.shell.ContentDisposition;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends an exported list as it is written, from a page's button (straight into the HTTP response, so nothing is
 * held in memory first) or from the API.
 */
public final class Downloads {

    /** What fills the file. */
    @FunctionalInterface
    public interface Body {
        void write(TableExport.Writer out) throws IOException;
    }

    private Downloads() {
    }

    /** The {@code format} query parameter: CSV unless ODS is asked. */
    public static TableExport.Format format(String value) {
        TableExport.Format format = QueryParams.enumValue("format", TableExport.Format.class, value);
        return format == null ? TableExport.Format.CSV : format;
    }

    /** From a page action: the response becomes the file and the page is not rendered. */
    public static void fromPage(String baseName, TableExport.Format format, Body body) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(format.contentType());
        external.setResponseHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(baseName + format.extension()));
        try (TableExport.Writer out = new TableExport.Writer(format, external.getResponseOutputStream())) {
            body.write(out);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        faces.responseComplete();
    }

    /** From the API: the file streams once the resource method has returned. */
    public static Response fromApi(String baseName, TableExport.Format format, Body body) {
        StreamingOutput stream = output -> {
            try (TableExport.Writer out = new TableExport.Writer(format, output)) {
                body.write(out);
            }
        };
        return Response.ok(stream, format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(baseName + format.extension())).build();
    }
}
