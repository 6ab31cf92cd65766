package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Facts.registration;
import static com.baobei.attribution.fold.Facts.visit;
import static com.baobei.attribution.fold.Scenario.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.attribution.policy.PolicyHistory;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.attribution.preview.PolicyDiff;
import com.baobei.attribution.preview.PolicyDiff.Kind;
import com.baobei.contracts.EventEnvelope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The site manager's dry run: which decisions a policy version would change on the events already recorded. */
class PolicyPreviewDiffTest {

    static final Person WANG = Person.of("王", "13812345678");
    static final Person LI = Person.of("李", "13900001111");

    /** 王 registered 45 minutes ahead on 12 March, 李 on 2 March: both fine under REG-1's 30 minutes. */
    private final List<EventEnvelope> lastMonth = List.of(
            registration("r1").by("A").of(WANG).at("2024-03-12 09:15").envelope(),
            visit("v1").of(WANG).naming("r1").at("2024-03-12 10:00").envelope(),
            registration("r2").by("B").of(LI).at("2024-03-02 09:15").envelope(),
            visit("v2").of(LI).naming("r2").at("2024-03-02 10:00").envelope());

    @Test
    @DisplayName("REG-1 lead time raised to 60 minutes from 10 March: 王's registration would be rejected and 王 the "
            + "office's; 李's, before that day, stays")
    void longerLeadTime() {
        ProjectPolicy v2 = with(p -> p.leadTime(60).version(2, LocalDate.of(2024, 3, 10)));

        PolicyDiff.Result diff = PolicyDiff.compare(fold(ProjectPolicy.defaults()), fold(ProjectPolicy.defaults(), v2));

        assertThat(diff.counts().get(Kind.VERDICT)).isEqualTo(new PolicyDiff.Count(2, 1));
        PolicyDiff.Change verdict = only(diff, Kind.VERDICT);
        assertThat(verdict.id()).isEqualTo("r1");
        assertThat(verdict.maskedPhone()).isEqualTo(WANG.masked());
        assertThat(verdict.before().outcome()).isEqualTo("USED");
        assertThat(verdict.before().channelId()).isEqualTo("A");
        assertThat(verdict.after().outcome()).isEqualTo("REJECTED");
        assertThat(verdict.after().ruleIds()).containsExactly("REG-1");
        assertThat(verdict.after().reasonZh()).isNotBlank();

        PolicyDiff.Change owner = only(diff, Kind.OWNER);
        assertThat(owner.id()).isEqualTo(WANG.key());
        assertThat(owner.before().channelId()).isEqualTo("A");
        assertThat(owner.after().outcome()).startsWith("OFFICE/");
        assertThat(diff.counts().get(Kind.OWNER).compared()).isEqualTo(2);
    }

    @Test
    @DisplayName("A version that decides as the one in force changes nothing, though every later decision would cite "
            + "the new version number")
    void sameRulesNewNumber() {
        ProjectPolicy v2 = with(p -> p.version(2, LocalDate.of(2024, 3, 1)));

        PolicyDiff.Result diff = PolicyDiff.compare(fold(ProjectPolicy.defaults()), fold(ProjectPolicy.defaults(), v2));

        assertThat(diff.changes()).isEmpty();
        assertThat(diff.counts().get(Kind.VERDICT)).isEqualTo(new PolicyDiff.Count(2, 0));
        assertThat(diff.counts().values()).allMatch(c -> c.changed() == 0);
    }

    private PolicyDiff.Change only(PolicyDiff.Result diff, Kind kind) {
        List<PolicyDiff.Change> of = diff.changes().stream().filter(c -> c.kind() == kind).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    private Outcome fold(ProjectPolicy... versions) {
        return AttributionFold.fold(lastMonth, PolicyHistory.of(versions));
    }
}
