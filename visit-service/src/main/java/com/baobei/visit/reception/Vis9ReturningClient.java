package com.baobei.visit.reception;

import com.baobei.contracts.masterdata.ConsultantChanged;
import com.baobei.visit.rotation.Reception;
import com.baobei.visit.shared.ConflictingStateException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * VIS-9 Returning client. A client who comes back is received by their original consultant, or, if that consultant
 * is away or gone, by the same agency's supervisor; it is not a new visit. (渠道联合案场管理规定 二 3: 如原跟进人员不在
 * 现场, 则交给此销售人员所属代理公司的接待人员接待; 7: 该销售人员不在或已离开其代理公司项目团队, 该客户则由原代理公司主管安排
 * 销售人员跟进, 不作新客户处理.) Pure: the master data and the day's duty decide; a return never takes a turn.
 */
public final class Vis9ReturningClient {

    public static final String RULE = "VIS-9";

    private Vis9ReturningClient() {
    }

    /**
     * @param original  the consultant who received the client first in this project
     * @param consultant the master data of a consultant of the project, by id (empty: unknown)
     * @param onDuty    the consultants of the day's rotation, or null when none is set (then nobody counts as away)
     */
    public static Reception receive(String original, Function<String, Optional<ConsultantChanged>> consultant,
                                    Set<String> onDuty) {
        Optional<ConsultantChanged> known = consultant.apply(original);
        boolean gone = known.isEmpty() || !known.get().active();
        boolean away = !gone && onDuty != null && !onDuty.contains(original);
        if (!gone && !away) {
            return Reception.by(original, false, RULE,
                    "a returning client is received by their original consultant " + original);
        }
        String why = gone ? "has left the project" : "is not on duty today";
        String supervisor = known.map(ConsultantChanged::supervisorId).orElse(null);
        if (supervisor == null) {
            throw new ConflictingStateException("consultantId", "VIS-9: the original consultant " + original + " "
                    + why + " and has no supervisor in the master data; name the consultant");
        }
        if (consultant.apply(supervisor).filter(ConsultantChanged::active).isEmpty()) {
            throw new ConflictingStateException("consultantId", "VIS-9: the original consultant " + original + " "
                    + why + " and their supervisor " + supervisor + " is inactive; name the consultant");
        }
        return Reception.by(supervisor, false, RULE, "the original consultant " + original + " " + why
                + "; their agency's supervisor " + supervisor + " receives the returning client (not a new visit)");
    }
}
