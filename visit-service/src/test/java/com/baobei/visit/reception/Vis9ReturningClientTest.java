package com.baobei.visit.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.contracts.masterdata.ConsultantChanged;
import com.baobei.visit.rotation.Reception;
import com.baobei.visit.shared.ConflictingStateException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * VIS-9 as 渠道联合案场管理规定 二 3 and 7 put it: a client who comes back is received by the consultant who received them
 * first (赵敏 cs-zhao of 世联); when she is not at the office today, or has left 世联's project team, by her supervisor
 * (刘芳 sm-liu, 世联's 主管). Not a new visit: never a rotation turn.
 */
class Vis9ReturningClientTest {

    static final ConsultantChanged ZHAO = new ConsultantChanged("cs-zhao", "赵敏", "sm-liu", "shilian", true);
    static final ConsultantChanged ZHAO_LEFT = new ConsultantChanged("cs-zhao", "赵敏", "sm-liu", "shilian", false);
    static final ConsultantChanged LIU = new ConsultantChanged("sm-liu", "刘芳", null, "shilian", true);

    static Reception receive(Map<String, ConsultantChanged> masterData, Set<String> onDuty) {
        return Vis9ReturningClient.receive("cs-zhao", id -> Optional.ofNullable(masterData.get(id)), onDuty);
    }

    @Test
    void vis9_a_returning_client_goes_to_their_original_consultant_and_takes_no_turn() {
        Reception r = receive(Map.of("cs-zhao", ZHAO, "sm-liu", LIU), Set.of("cs-zhao", "cs-sun"));
        assertThat(r.consultantId()).isEqualTo("cs-zhao");
        assertThat(r.turnTaken()).isFalse();
        assertThat(r.ruleIds()).containsExactly("VIS-9");
    }

    @Test
    void vis9_with_no_rotation_set_for_the_day_the_original_consultant_is_not_taken_for_away() {
        assertThat(receive(Map.of("cs-zhao", ZHAO, "sm-liu", LIU), null).consultantId()).isEqualTo("cs-zhao");
    }

    @Test
    void vis9_the_original_consultant_not_on_duty_today_their_agencys_supervisor_receives() {
        Reception r = receive(Map.of("cs-zhao", ZHAO, "sm-liu", LIU), Set.of("cs-sun", "wy-1"));
        assertThat(r.consultantId()).isEqualTo("sm-liu");
        assertThat(r.turnTaken()).isFalse();
        assertThat(r.ruleIds()).containsExactly("VIS-9");
        assertThat(r.reason()).contains("cs-zhao", "not on duty today", "sm-liu");
    }

    @Test
    void vis9_the_original_consultant_has_left_the_supervisor_receives_it_is_not_a_new_visit() {
        Reception r = receive(Map.of("cs-zhao", ZHAO_LEFT, "sm-liu", LIU), Set.of("cs-zhao"));
        assertThat(r.consultantId()).isEqualTo("sm-liu");
        assertThat(r.turnTaken()).isFalse();
        assertThat(r.reason()).contains("has left", "not a new visit");
    }

    @Test
    void vis9_a_gone_consultant_without_a_supervisor_or_with_an_inactive_one_is_the_desks_to_name() {
        ConsultantChanged alone = new ConsultantChanged("cs-zhao", "赵敏", null, "shilian", false);
        assertThatThrownBy(() -> receive(Map.of("cs-zhao", alone), Set.of()))
                .isInstanceOf(ConflictingStateException.class).hasMessageContaining("no supervisor");
        ConsultantChanged liuLeft = new ConsultantChanged("sm-liu", "刘芳", null, "shilian", false);
        assertThatThrownBy(() -> receive(Map.of("cs-zhao", ZHAO_LEFT, "sm-liu", liuLeft), Set.of()))
                .isInstanceOf(ConflictingStateException.class).hasMessageContaining("inactive");
    }
}
