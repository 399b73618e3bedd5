package fr.guichet.demand;

import fr.guichet.attachment.AttachedTo;
import fr.guichet.attachment.Attachment;
import fr.guichet.attachment.Attachments;
import fr.guichet.audit.AuditLog;
import fr.guichet.security.AccessDeniedException;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The files of a demand, public like the demand: every logged-in user reads and downloads them; users of the
 * submitting member and managers attach them while the demand is open. Storage and checks are
 * {@link Attachments}'.
 */
@Stateless
public class DemandAttachments {

    @Inject
    private Caller caller;

    @Inject
    private DemandService demands;

    @Inject
    private Attachments attachments;

    @Inject
    private AuditLog audit;

    public Attachment attach(long id, String fileName, @NotNull byte[] content) {
        CallerIdentity who = caller.required();
        Demand demand = demands.get(id).requireOpen();
        if (!(who.hasAnyRole(Role.MANAGER, Role.ADMIN) || demand.getMemberId().equals(who.memberId()))) {
            throw new AccessDeniedException();
        }
        Attachment attachment = attachments.store(AttachedTo.demand(id), who.userId(), fileName, content);
        audit.record("ATTACH", DemandService.ENTITY, id, who.memberId(), attachment.getFileName());
        return attachment;
    }

    public List<Attachment> list(long id) {
        demands.get(id);
        return attachments.list(AttachedTo.demand(id));
    }

    public Attachments.Download download(long id, long attachmentId) {
        demands.get(id);
        return attachments.download(AttachedTo.demand(id), attachmentId);
    }
}
