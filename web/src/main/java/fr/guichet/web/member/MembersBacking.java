package fr.guichet.web.member;

import fr.guichet.member.Member;
import fr.guichet.member.MemberService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** admin/members.xhtml: the members, a hundred or so rows, listed by name. */
@Named
@RequestScoped
public class MembersBacking {

    @Inject
    private MemberService members;

    private List<Member> list;

    public List<Member> getMembers() {
        if (list == null) {
            list = members.listVisible();
        }
        return list;
    }
}
