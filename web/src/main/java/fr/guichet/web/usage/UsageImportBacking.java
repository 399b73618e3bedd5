package fr.guichet.web.usage;

import fr.guichet.usage.ImportResult;
import fr.guichet.usage.UsageService;
import fr.guichet.usage.UsageSheet;
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
 * report/usage-import.xhtml: a manager uploads a usage file, sees what it holds and every bad line,
 * then confirms; the file is kept in the view between the two steps.
 */
@Named
@ViewScoped
public class UsageImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UsageService usage;

    private transient Part upload;
    private String fileName;
    private byte[] content;
    private long lines;
    private long valid;
    private List<String> problems = List.of();

    public void check() {
        if (upload == null || upload.getSize() == 0) {
            FacesMessages.error("import.empty");
            return;
        }
        if (upload.getSize() > UsageService.MAX_FILE_BYTES) {
            FacesMessages.error("import.tooBig", UsageService.MAX_FILE_BYTES / (1024 * 1024));
            return;
        }
        fileName = upload.getSubmittedFileName();
        content = Files.read(upload);
        try {
            UsageSheet sheet = usage.preview(fileName, content);
            lines = sheet.lineCount();
            valid = sheet.entries().size();
            Locale locale = FacesMessages.pageLocale();
            problems = sheet.problems().stream().map(p -> Texts.get(locale, "import.line", p.line()) + " : "
                    + Texts.get(locale, p.messageKey(), p.arguments().toArray())).toList();
        } catch (RuntimeException refused) {
            content = null;
            FacesMessages.refusal(refused);
        }
    }

    public void confirm() {
        if (content == null || !problems.isEmpty()) {
            return;
        }
        try {
            ImportResult result = usage.importFile(fileName, content);
            FacesMessages.info("usage.import.done", result.values(), result.fileName());
            content = null;
            lines = 0;
            valid = 0;
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public boolean isChecked() {
        return content != null;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getSummary() {
        return Texts.get(FacesMessages.pageLocale(), "usage.import.summary", fileName, lines, valid);
    }

    public String getFileName() {
        return fileName;
    }

    public long getLines() {
        return lines;
    }

    public long getValid() {
        return valid;
    }

    public List<String> getProblems() {
        return problems;
    }
}
