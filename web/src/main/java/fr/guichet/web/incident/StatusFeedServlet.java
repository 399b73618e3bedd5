package fr.guichet.web.incident;

import fr.guichet.common.Settings;
import fr.guichet.incident.ServiceState;
import fr.guichet.incident.StatusBoard;
import fr.guichet.web.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code /public/status.json} and {@code /public/status.atom}, without login, for members' intranets: each service
 * and its state and the planned interruptions' windows, and in the feed one entry per service that is not operational.
 * Services, states and windows only.
 */
@WebServlet({"/public/status.json", "/public/status.atom"})
public class StatusFeedServlet extends HttpServlet {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Looked up once: {@code Json.create*} scans the class path for a provider at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final XMLOutputFactory XML = XMLOutputFactory.newInstance();

    @Inject
    private StatusBoard board;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<StatusBoard.Line> lines = board.lines();
        List<StatusBoard.Planned> calendar = board.calendar();
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "max-age=60");
        if (request.getServletPath().endsWith(".json")) {
            response.setContentType("application/json");
            json(lines, calendar, response);
        } else {
            response.setContentType("application/atom+xml");
            try {
                atom(lines, response);
            } catch (XMLStreamException unwritable) {
                throw new IOException(unwritable);
            }
        }
    }

    private static void json(List<StatusBoard.Line> lines, List<StatusBoard.Planned> calendar, HttpServletResponse response)
            throws IOException {
        JsonArrayBuilder services = JSON.createArrayBuilder();
        for (StatusBoard.Line line : lines) {
            var service = JSON.createObjectBuilder().add("code", line.code()).add("name", line.name())
                    .add("state", line.state().name().toLowerCase(Locale.ROOT));
            if (line.since() != null) {
                service.add("since", line.since().toString());
            } else {
                service.addNull("since");
            }
            services.add(service);
        }
        // The planned interruptions: services and windows only (their summaries are for logged-in readers).
        JsonArrayBuilder maintenances = JSON.createArrayBuilder();
        for (StatusBoard.Planned planned : calendar) {
            maintenances.add(JSON.createObjectBuilder().add("services", planned.services()).add("start", planned.start().toString())
                    .add("end", planned.end().toString()).add("started", planned.started()));
        }
        JSON.createWriter(response.getWriter()).writeObject(JSON.createObjectBuilder()
                .add("updated", Instant.now().toString()).add("services", services).add("maintenances", maintenances).build());
    }

    private static void atom(List<StatusBoard.Line> lines, HttpServletResponse response) throws IOException, XMLStreamException {
        String base = Settings.publicUrl();
        XMLStreamWriter xml = XML.createXMLStreamWriter(response.getWriter());
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "title", Texts.get(Locale.FRENCH, "status.feed.title"));
        element(xml, "id", base + "/public/status.atom");
        element(xml, "updated", Instant.now().toString());
        link(xml, "self", base + "/public/status.atom");
        link(xml, "alternate", base + "/public/status.xhtml");
        xml.writeStartElement("author");
        element(xml, "name", "Guichet");
        xml.writeEndElement();
        for (StatusBoard.Line line : lines) {
            if (line.state() != ServiceState.OPERATIONAL) {
                xml.writeStartElement("entry");
                element(xml, "title", line.name() + " : " + Texts.get(Locale.FRENCH, "status.state." + line.state().name()));
                element(xml, "id", base + "/public/status.atom#" + line.code() + "-" + line.since().toEpochMilli());
                element(xml, "updated", line.since().toString());
                link(xml, "alternate", base + "/public/status.xhtml");
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
