package com.baobei.visit.routing;

import com.baobei.visit.rotation.Reception;
import java.util.List;
import java.util.function.Function;

/**
 * ROT-4 Reception may be routed by channel: a project can send one channel's clients to a rotation among some
 * agencies' consultants only, and another channel's clients to one agency alone; taking a client outside the
 * routing is poaching (COM-4). (12分销渠道案场管理制度 和成璟园 一: 搜房所带客户由世联和伟业轮序接待, 链家所带客户均由世联
 * 接待; 其他任何一方不得擅自获得该公司所带客户 … 罚款相关公司 10万元.) Pure: the route, the day's queue and each
 * consultant's agency decide.
 */
public final class Rot4RoutingByChannel {

    public static final String RULE = "ROT-4";
    public static final String FINES = "COM-4";

    private Rot4RoutingByChannel() {
    }

    /** Who may receive the channel's client today, in queue order: the consultants on duty of the route's agencies. */
    public static List<String> eligible(Route route, List<String> queue, Function<String, String> agencyOf) {
        return queue.stream().filter(c -> inRoute(route, agencyOf.apply(c))).toList();
    }

    /** The developer's own staff (no agency) are in no agency's route; List.of refuses to look for a null. */
    private static boolean inRoute(Route route, String agencyId) {
        return agencyId != null && route.agencies().contains(agencyId);
    }

    /**
     * The desk named the consultant. Inside the route it is ROT-4's reception; outside it the consultant's agency
     * took another's client: poaching, flagged with COM-4 so the fines can find it. Recorded either way: the office
     * records what happened, the rules judge it.
     */
    public static Reception named(Route route, String consultantId, String agencyId) {
        if (inRoute(route, agencyId)) {
            return new Reception(consultantId, false, List.of(RULE), "channel " + route.channelId()
                    + "'s clients are received by " + String.join(", ", route.agencies()) + "; " + consultantId
                    + " is of " + agencyId, false);
        }
        return new Reception(consultantId, false, List.of(RULE, FINES), "outside the routing: channel "
                + route.channelId() + "'s clients are received by " + String.join(", ", route.agencies()) + " only; "
                + consultantId + " is of " + (agencyId == null ? "no agency" : agencyId) + " (poaching)", true);
    }
}
