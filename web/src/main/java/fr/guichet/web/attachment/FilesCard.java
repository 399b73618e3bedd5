package fr.guichet.web.attachment;

import fr.guichet.attachment.Attachment;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.Files;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/**
 * The files card of a ticket's or a demand's page ({@code WEB-INF/includes/files.xhtml}): the files shown
 * and the one being uploaded. The page bean attaches it through its own domain's service.
 */
public class FilesCard implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Attachment> files = List.of();
    private transient Part upload;

    /** Whether a file was chosen; says so on the page when none was. */
    public boolean hasUpload() {
        if (upload == null || upload.getSize() == 0) {
            FacesMessages.error("ticket.view.noFile");
            return false;
        }
        return true;
    }

    public String uploadName() {
        return upload.getSubmittedFileName();
    }

    public byte[] uploadContent() {
        return Files.read(upload);
    }

    public List<Attachment> getFiles() {
        return files;
    }

    public void show(List<Attachment> files) {
        this.files = files;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
