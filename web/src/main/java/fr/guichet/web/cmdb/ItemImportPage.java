package fr.guichet.web.cmdb;

import fr.guichet.cmdb.ConfigurationItems;
import fr.guichet.cmdb.ImportPreview;
import fr.guichet.cmdb.ImportSummary;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.Files;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * cmdb/import.xhtml: staff upload an inventory file, see what it would add and update and every bad line, then
 * confirm; the file stays in the view between the two steps and is imported whole or not at all.
 */
@Named
@ViewScoped
public class ItemImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConfigurationItems items;

    private transient Part upload;
    private String fileName;
    private byte[] content;
    private ImportSummary summary;
    private List<String> problems = List.of();

    public void check() {
        content = null;
        if (upload == null || upload.getSize() == 0) {
            FacesMessages.error("import.empty");
            return;
        }
        if (upload.getSize() > ConfigurationItems.MAX_FILE_BYTES) {
            FacesMessages.error("import.tooBig", ConfigurationItems.MAX_FILE_BYTES / (1024 * 1024));
            return;
        }
        fileName = upload.getSubmittedFileName();
        try {
            byte[] read = Files.read(upload);
            ImportPreview preview = items.preview(read);
            summary = preview.summary();
            Locale locale = FacesMessages.pageLocale();
            problems = preview.problems().stream().map(p -> Texts.get(locale, "import.line", p.line()) + " : "
                    + Texts.get(locale, p.messageKey(), p.arguments().toArray())).toList();
            content = read;
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void confirm() {
        if (content == null || !problems.isEmpty()) {
            return;
        }
        try {
            ImportSummary done = items.importFile(fileName, content);
            FacesMessages.info("cmdb.import.done", done.created(), done.updated(), fileName);
            content = null;
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public boolean isChecked() {
        return content != null;
    }

    public String getSummary() {
        return Texts.get(FacesMessages.pageLocale(), "cmdb.import.summary", fileName, summary.lines(), summary.created(), summary.updated());
    }

    public List<String> getProblems() {
        return problems;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
