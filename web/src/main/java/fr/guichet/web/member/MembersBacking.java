package fr.guichet.web.member;

import fr.guichet.member.Member;
import fr.guichet.member.MemberService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The members the caller may see, read once per request: the members page and every member select
 * (user filters and forms, service editor) use this list.
 */
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
