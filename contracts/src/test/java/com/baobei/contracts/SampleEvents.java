package com.baobei.contracts;

import com.baobei.contracts.attribution.DisputeDecided;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import com.baobei.contracts.commission.StatementIssued;
import com.baobei.contracts.masterdata.AgentChanged;
import com.baobei.contracts.masterdata.ChannelChanged;
import com.baobei.contracts.masterdata.ConsultantChanged;
import com.baobei.contracts.masterdata.ProjectChanged;
import com.baobei.contracts.masterdata.TenantChanged;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.ErasureRequested;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.VisitFormSigned;
import com.baobei.contracts.visit.Visited;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper (test-jar): envelopes of every published type built in Java. {@link #examples()}
 * tells one story (王 registered by 同城房产, visits, her husband 李 buys in his name, another
 * channel claims him late, the site manager rules) and is, field for field, what the example files
 * pin; {@link #variants()} covers the other shapes each type may take (minimal, imported, natural
 * visit, rejected verdict...).
 */
public final class SampleEvents {

    public static final String TENANT = "hongtai";
    public static final String PROJECT = "binjiang-garden";
    /** A tenant secret for tests only; real ones come from configuration. */
    public static final String TENANT_SECRET = "hongtai-demo-secret-2025";

    /** Full numbers: test code only, they never reach an example file or a topic. */
    public static final String WANG_PHONE = "13812345678";
    public static final String LI_PHONE = "13920462046";
    public static final String WANG_MASKED = "138****5678";
    public static final String LI_MASKED = "139****2046";

    static final String REGISTRATION_ID = "a77bca34-4c87-42b7-bb4f-df6f1dfbbf2b";
    static final String VISIT_ID = "c49e6c6b-0469-4c52-b533-10e8f9f56e28";
    static final String PURCHASE_ID = "ea342082-2b10-44e0-a2e3-6c4cff9575c3";
    static final String DISPUTE_ID = "400485ca-8f51-4bb6-a949-463817a5e5ca";
    static final String STATEMENT_ID = "2b790ca8-e357-4187-8f30-b0c328fff809";
    static final String CANCELLED_PURCHASE_ID = "841ae896-2012-453e-9dba-169167c1623e";

    static final String E_REGISTERED = "66612855-97b5-49a5-bcd7-238b0d2699d4";
    static final String E_DISPUTED = "23c86adb-6276-4449-8ae9-b7bee7041fa9";
    static final String E_VISITED = "e64e8519-59f7-47a2-a13b-2255f8eb82b2";
    static final String E_FORM_SIGNED = "27ca5672-56fc-4a37-9811-7510a25b6cc4";
    static final String E_PURCHASED = "97a6f546-3adf-4411-9d1b-b62469e64e38";
    static final String E_CANCELLED = "27ef0d3b-99d6-4a50-af8a-6cd0fb6a28f7";
    static final String E_RULED = "f3a6fbe6-7cd6-4f1b-ab12-fb715348c0dc";
    static final String E_VERDICT = "6428060b-71af-49a8-908f-947f428640c1";
    static final String E_OWNERSHIP = "8848e8f3-9f0f-4e61-b2b0-5aa94ccbd0e3";
    static final String E_ATTRIBUTED = "0a5ee1c7-ad0e-49ee-98f2-c6814b8e0f9f";
    static final String E_STATEMENT = "edcef7e8-0dec-44db-84c9-9ee5f8171732";
    static final String E_DISPUTE_DECIDED = "5b0f7a3e-2c41-4d8e-9f6a-7e3b1c9d2a40";
    static final String E_ERASURE = "3d1c6f0e-8b7a-4c52-9e1f-2a6b5c4d3e21";
    static final String ERASURE_ID = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";

    /** A named envelope, for parameterised tests. */
    public record Sample(String name, EventEnvelope envelope) {
        @Override
        public String toString() {
            return name;
        }
    }

    private SampleEvents() {
    }

    public static String wangHash() {
        return Phones.keyedHash(TENANT_SECRET, WANG_PHONE);
    }

    public static String liHash() {
        return Phones.keyedHash(TENANT_SECRET, LI_PHONE);
    }

    public static String clientKey(String maskedPhone) {
        return ClientKeys.clientKey(TENANT, PROJECT, maskedPhone);
    }

    /** The example of each type, in registry order; keys are the logical type names. */
    public static Map<String, EventEnvelope> examples() {
        Map<String, EventEnvelope> all = new LinkedHashMap<>();
        for (EventEnvelope e : List.of(registered(), disputed(), visited(), visitFormSigned(), purchased(),
                purchaseCancelled(), disputeRuled(), erasureRequested(), registrationVerdict(), ownershipChanged(), purchaseAttributed(),
                disputeDecided(),
                statementIssued(), tenantChanged(), projectChanged(), channelChanged(), agentChanged(),
                consultantChanged())) {
            all.put(e.eventType(), e);
        }
        return all;
    }

    public static EventEnvelope registered() {
        return envelope(E_REGISTERED, WANG_MASKED, "2025-03-02T01:12:05.318Z", "2025-03-02T01:12:05.341Z",
                new Registered(REGISTRATION_ID, "ch-tongcheng", Registered.ChannelKind.AGENCY, "ag-0231", "王",
                        WANG_MASKED, Instant.parse("2025-03-02T06:30:00Z"),
                        List.of(new Registered.Companion("李", LI_MASKED)), Registered.Intake.API, null, false));
    }

    public static EventEnvelope disputed() {
        return envelope(E_DISPUTED, LI_MASKED, "2025-03-10T03:20:00Z", "2025-03-10T03:20:00.127Z",
                new Disputed(DISPUTE_ID, "ch-anju", "ag-1187", Disputed.Kind.LATE_CLAIM, "李", LI_MASKED, null,
                        PURCHASE_ID, List.of("evidence/ch-anju/2025-03-05-call-record.mp3",
                        "evidence/ch-anju/2025-03-05-wechat.png"),
                        "李先生3月5日经我司经纪人电话邀约，认购时未报备，特此补充申诉（PUR-7）。"));
    }

    public static EventEnvelope visited() {
        return envelope(E_VISITED, WANG_MASKED, "2025-03-02T06:41:00Z", "2025-03-02T06:43:17.052Z",
                new Visited(VISIT_ID, Visited.Kind.CLIENT, "王", WANG_MASKED, wangHash(), "cs-zhao",
                        REGISTRATION_ID, new VisitForm("signatures/" + VISIT_ID + "/agent.png",
                        "signatures/" + VISIT_ID + "/consultant.png", null, false, null),
                        null, null, false, null));
    }

    public static EventEnvelope visitFormSigned() {
        return envelope(E_FORM_SIGNED, WANG_MASKED, "2025-03-02T07:05:00Z", "2025-03-02T07:05:02.911Z",
                new VisitFormSigned(VISIT_ID, new VisitForm("signatures/" + VISIT_ID + "/agent.png",
                        "signatures/" + VISIT_ID + "/consultant.png", "signatures/" + VISIT_ID + "/site-manager.png",
                        false, null)));
    }

    public static EventEnvelope purchased() {
        return envelope(E_PURCHASED, LI_MASKED, "2025-03-09T02:30:00Z", "2025-03-09T02:31:45.604Z",
                new Purchased(PURCHASE_ID, Purchased.Stage.SUBSCRIPTION, "3-1-1802", UnitType.RESIDENTIAL,
                        new BigDecimal("3280000.00"), "李", LI_MASKED, liHash(), "cs-zhao",
                        new Purchased.RelatedParty("王", WANG_MASKED, wangHash(), Purchased.Relation.SPOUSE,
                                List.of("evidence/" + PURCHASE_ID + "/marriage-certificate.pdf")),
                        false));
    }

    public static EventEnvelope purchaseCancelled() {
        return envelope(E_CANCELLED, "186****3391", "2025-04-20T06:00:00Z", "2025-04-20T06:02:10.455Z",
                new PurchaseCancelled(CANCELLED_PURCHASE_ID, "按揭贷款审批未通过，客户申请退房"));
    }

    public static EventEnvelope disputeRuled() {
        return envelope(E_RULED, LI_MASKED, "2025-03-11T08:00:00Z", "2025-03-11T08:01:12.730Z",
                new DisputeRuled(DISPUTE_ID, DisputeRuled.OwnerKind.CHANNEL, "ch-tongcheng", "ag-0231",
                        "李先生为王女士配偶，结婚证已核验（PUR-4）；王女士3月2日由同城房产报备并到访确认，归属同城房产，安居客补充申诉不成立。",
                        "sm-liu", DisputeRuled.Level.SITE_MANAGER, List.of()));
    }

    public static EventEnvelope erasureRequested() {
        return envelope(E_ERASURE, WANG_MASKED, "2025-06-02T02:00:00Z", "2025-06-02T02:00:00.214Z",
                new ErasureRequested(ERASURE_ID, wangHash(), ErasureRequested.Trigger.REQUEST));
    }

    public static EventEnvelope disputeDecided() {
        return envelope(E_DISPUTE_DECIDED, LI_MASKED, "2025-03-11T08:00:00Z", "2025-03-11T08:01:13.052Z",
                new DisputeDecided(DISPUTE_ID, clientKey(LI_MASKED), "ch-anju", DisputeDecided.Status.RULED, null,
                        new Explanation(List.of("DSP-1", "DSP-2", "PUR-4"), List.of(E_DISPUTED, E_RULED), 3,
                                "案场经理裁定：客户归属同城房产（配偶关系，PUR-4），安居客的申诉不成立。",
                                "Ruled by the site manager: the client is 同城房产's (spouse, PUR-4); 安居客's claim fails.",
                                E_RULED)));
    }

    public static EventEnvelope registrationVerdict() {
        return envelope(E_VERDICT, WANG_MASKED, "2025-03-02T01:12:05.318Z", "2025-03-02T01:12:05.402Z",
                new RegistrationVerdict(REGISTRATION_ID, "ch-tongcheng", "ag-0231", WANG_MASKED,
                        RegistrationVerdict.Verdict.ACCEPTED, Instant.parse("2025-03-02T16:00:00Z"),
                        new Explanation(List.of("ID-1", "REG-2", "REG-3"), List.of(E_REGISTERED), 3,
                                "报备成功：客户不在任何渠道或案场的保护期内，当日有效。",
                                "Accepted: the client is in no one's protection; valid until the end of the day.",
                                E_REGISTERED)));
    }

    public static EventEnvelope ownershipChanged() {
        return envelope(E_OWNERSHIP, WANG_MASKED, "2025-03-02T07:05:00Z", "2025-03-02T07:05:03.120Z",
                new OwnershipChanged("王", WANG_MASKED, OwnershipChanged.OwnerKind.CHANNEL, "ch-tongcheng", "ag-0231",
                        OwnershipChanged.Status.PROTECTED, LocalDate.parse("2025-03-02"), LocalDate.parse("2025-03-31"),
                        new Explanation(List.of("REG-1", "VIS-1", "VIS-4"),
                                List.of(E_REGISTERED, E_VISITED, E_FORM_SIGNED), 3,
                                "报备早于到访5小时29分钟，确认单三方签字齐全，保护期30天至3月31日。",
                                "Registered 5 h 29 min before the visit, form signed by all three: protected for 30 days until 31 March.",
                                E_FORM_SIGNED)));
    }

    public static EventEnvelope purchaseAttributed() {
        return envelope(E_ATTRIBUTED, LI_MASKED, "2025-03-09T02:30:00Z", "2025-03-09T02:31:45.880Z",
                new PurchaseAttributed(PURCHASE_ID, "3-1-1802", UnitType.RESIDENTIAL, new BigDecimal("3280000.00"),
                        Instant.parse("2025-03-09T02:30:00Z"), null, null, "ch-tongcheng", "ag-0231", 0,
                        new Explanation(List.of("PUR-1", "PUR-4"), List.of(E_PURCHASED, E_OWNERSHIP), 3,
                                "买受人为同城房产保护期内客户王女士的配偶，关系有结婚证为凭，业绩归同城房产。",
                                "The buyer is the spouse of 同城房产's protected client 王, shown by a marriage certificate: the deal is 同城房产's.",
                                E_PURCHASED)));
    }

    public static EventEnvelope statementIssued() {
        return envelope(E_STATEMENT, null, "2025-04-03T02:00:00Z", "2025-04-03T02:00:00.512Z",
                new StatementIssued(STATEMENT_ID, "ch-tongcheng", LocalDate.parse("2025-03-01"),
                        LocalDate.parse("2025-03-31"), 3, new BigDecimal("295200.00"), new BigDecimal("-98400.00"),
                        new BigDecimal("-500.00"), new BigDecimal("196300.00"), Instant.parse("2025-04-03T02:00:00Z"),
                        "fin-chen", new BigDecimal("0.00"), new BigDecimal("0.00"), List.of(
                        new StatementIssued.Line(StatementIssued.LineType.DEAL, "deal:p-1", "p-1", null, null, null,
                                "COMMISSIONABLE", null, new BigDecimal("98400.00"), List.of("VIS-4", "PUR-1", "COM-1"),
                                null),
                        new StatementIssued.Line(StatementIssued.LineType.DEAL, "deal:p-3", "p-3", null, null, null,
                                "COMMISSIONABLE", null, new BigDecimal("98400.00"), List.of("VIS-4", "PUR-1", "COM-1"),
                                null),
                        new StatementIssued.Line(StatementIssued.LineType.DEAL, "deal:p-4", "p-4", null, null, null,
                                "COMMISSIONABLE", null, new BigDecimal("98400.00"), List.of("VIS-5", "PUR-1", "COM-1"),
                                null),
                        new StatementIssued.Line(StatementIssued.LineType.ADJUSTMENT, "deal:p-2", "p-2", null, null,
                                LocalDate.parse("2025-02-01"), "CANCELLED", "CANCELLED", new BigDecimal("-98400.00"),
                                List.of("PUR-8", "COM-5"), "退房/退订，冲回 2025-02 已结佣金"),
                        new StatementIssued.Line(StatementIssued.LineType.FINE, "fine:f-1:1", null, "f-1", null, null,
                                null, "FORBIDDEN_ZONE", new BigDecimal("-500.00"), List.of("COM-4"), "禁区拉客"))));
    }

    public static EventEnvelope tenantChanged() {
        return masterData("3f1b7c2e-5a0d-4c1e-9b7a-2d4e6f8a0b1c", null, "2025-02-10T01:00:00Z",
                "2025-02-10T01:00:00.214Z", new TenantChanged("鸿泰地产", true));
    }

    public static EventEnvelope projectChanged() {
        return masterData("8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e4f", PROJECT, "2025-02-10T01:05:00Z",
                "2025-02-10T01:05:00.388Z", new ProjectChanged("滨江花园", "滨江花园营销中心", LocalDate.parse("2025-03-01"),
                        LocalDate.parse("2025-02-15"), LocalDate.parse("2025-12-31"),
                        List.of(UnitType.RESIDENTIAL, UnitType.PARKING), true));
    }

    public static EventEnvelope channelChanged() {
        return masterData("b4e6f8a0-2c4d-4e6f-a8b0-c2d4e6f8a0b2", null, "2025-02-12T02:00:00Z",
                "2025-02-12T02:00:00.105Z", new ChannelChanged("ch-tongcheng", "同城房产", Registered.ChannelKind.AGENCY,
                        LocalDate.parse("2025-02-15"), LocalDate.parse("2025-08-14"), List.of(PROJECT), true));
    }

    public static EventEnvelope agentChanged() {
        return masterData("d6f8a0b2-4e6f-4a8b-b0c2-e4f6a8b0c2d4", null, "2025-02-12T02:10:00Z",
                "2025-02-12T02:10:00.732Z", new AgentChanged("ch-tongcheng", "ag-0231", "陈晓", true));
    }

    public static EventEnvelope consultantChanged() {
        return masterData("e8a0b2c4-6f8a-4b0c-82d4-f6a8b0c2d4e6", PROJECT, "2025-02-14T03:00:00Z",
                "2025-02-14T03:00:00.051Z", new ConsultantChanged("cs-zhao", "赵敏", "sm-liu", "shilian", true));
    }

    /** Master data: no client; tenant-wide kinds have no project (ADR 0014). */
    private static EventEnvelope masterData(String eventId, String projectId, String occurredAt, String recordedAt,
                                            EventData data) {
        return EventEnvelope.of(eventId, TENANT, projectId, null, Instant.parse(occurredAt), Instant.parse(recordedAt),
                data);
    }

    /** Other legitimate shapes of every type: what the schemas must accept besides the examples. */
    public static List<Sample> variants() {
        List<Sample> all = new ArrayList<>();
        Explanation why = new Explanation(List.of("REG-2"), List.of(E_REGISTERED), 1,
                "客户在其他渠道保护期内，报备失败。", "Rejected: the client is inside another channel's protection.", null);
        VisitForm signed = new VisitForm("sig-a", "sig-c", "sig-m", false, null);

        all.add(sample("Registered minimal", "6ce24ede-1466-4805-9cb7-ae4e597fb5e0", WANG_MASKED,
                new Registered("reg-2", "ch-tongcheng", Registered.ChannelKind.BROKER, "ag-0231", "王", WANG_MASKED,
                        null, null, Registered.Intake.API, null)));
        all.add(sample("Registered imported, companion without phone", "b5221364-7e8c-48e5-aa85-6701247c924c",
                LI_MASKED, new Registered("legacy-00917", "ch-own", Registered.ChannelKind.OWN_CHANNEL, "ag-own-7",
                        "李晓梅", LI_MASKED, Instant.parse("2024-11-02T02:00:00Z"),
                        List.of(new Registered.Companion("张", null)), Registered.Intake.IMPORT, "imp-zhou", true)));
        all.add(sample("Registered by a referring buyer", "0f228ffb-df6c-4cc7-8cd8-a8a591082c59", WANG_MASKED,
                new Registered("reg-3", "ref-buyer-liu", Registered.ChannelKind.REFERRAL, "buyer-liu", "王",
                        WANG_MASKED, null, List.of(), Registered.Intake.API, null)));
        all.add(sample("Disputed ownership, minimal", "5b33628a-2490-42f6-bd04-e041f3483f6b", WANG_MASKED,
                new Disputed("dsp-2", "ch-tongcheng", "ag-0231", Disputed.Kind.OWNERSHIP, "王", WANG_MASKED,
                        null, null, null, null)));
        all.add(sample("Visited natural, no form, referred", "9cb6153f-f1a9-430d-bb97-58e47306101b", WANG_MASKED,
                new Visited("v-2", Visited.Kind.CLIENT, "王", WANG_MASKED, wangHash(), "cs-sun", null, null, null,
                        liHash(), false, null)));
        all.add(sample("Visited with the empty form", "a88c2c7f-5b5e-4cf2-920e-06a711abb674", WANG_MASKED,
                new Visited("v-3", Visited.Kind.RETURN, "王", WANG_MASKED, wangHash(), "cs-zhao", null,
                        VisitForm.NONE, null, null, false, null)));
        all.add(sample("Visited companion", "6bca78f3-8f55-43ed-aed2-d5f7cf0ec016", LI_MASKED,
                new Visited("v-4", Visited.Kind.COMPANION, "李", LI_MASKED, liHash(), "cs-zhao", REGISTRATION_ID,
                        signed, VISIT_ID, null, false, null)));
        all.add(sample("Visited insider", "0180dcef-771a-4830-85c5-0b6705290094", LI_MASKED,
                new Visited("v-5", Visited.Kind.CLIENT, "李", LI_MASKED, liHash(), "cs-zhao", null, null, null, null,
                        true, null)));
        all.add(sample("Visited market researcher, no phone", "ec960224-d119-4e63-a8cd-b2b233cd9eef", null,
                new Visited("v-6", Visited.Kind.NON_CLIENT, null, null, null, "cs-last", null, null, null, null,
                        false, Visited.NonClientReason.MARKET_RESEARCHER)));
        all.add(sample("Visited asking the way, nobody receives", "db83c752-f879-4f88-8928-4f8d01138f3f", null,
                new Visited("v-7", Visited.Kind.NON_CLIENT, null, null, null, null, null, null, null, null, false,
                        Visited.NonClientReason.ASKING_THE_WAY)));
        all.add(sample("VisitFormSigned invalid", "f5279fb3-e210-4db7-a021-09febdcd1c91", WANG_MASKED,
                new VisitFormSigned("v-2", new VisitForm("sig-a", null, null, true, "经纪人未陪同到访，确认单无效"))));
        all.add(sample("Purchased contract of a parking space by an insider", "0574496f-6623-478f-81fd-59b4c0785438",
                WANG_MASKED, new Purchased("p-2", Purchased.Stage.CONTRACT, "B2-117", UnitType.PARKING,
                        new BigDecimal("180000"), "王", WANG_MASKED, wangHash(), "cs-zhao", null, true)));
        all.add(sample("Purchased, relation without evidence", "cec0d072-0cf5-4ced-b369-cc7be9bd36ea", LI_MASKED,
                new Purchased("p-3", Purchased.Stage.SUBSCRIPTION, "5-2-0601", UnitType.RESIDENTIAL,
                        new BigDecimal("2150000.50"), "李", LI_MASKED, liHash(), "cs-zhao",
                        new Purchased.RelatedParty("王", WANG_MASKED, null, Purchased.Relation.SIBLING, null), false)));
        all.add(sample("PurchaseCancelled without reason", "4a6e3f35-ae8f-4719-a7db-8780d7fbb33a", LI_MASKED,
                new PurchaseCancelled("p-3", null)));
        all.add(sample("ErasureRequested at the end of the retention period", "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e",
                LI_MASKED, new ErasureRequested("e-retention-1", liHash(), ErasureRequested.Trigger.RETENTION)));
        all.add(sample("DisputeRuled for the office on escalation, linking a number, no client key",
                "c934aa9c-6135-486d-bafb-a75ebc81f218", null,
                new DisputeRuled("dsp-2", DisputeRuled.OwnerKind.OFFICE, null, null, "客户首访为自然到访（VIS-2）。",
                        "mm-gao", DisputeRuled.Level.MARKETING_MANAGER, List.of("186****0417"))));
        all.add(sample("RegistrationVerdict rejected", "065663ae-7dfc-43ec-9b4a-1aecc196fab4", WANG_MASKED,
                new RegistrationVerdict("reg-2", "ch-tongcheng", "ag-0231", WANG_MASKED,
                        RegistrationVerdict.Verdict.REJECTED, null, why)));
        all.add(sample("OwnershipChanged to public", "09f7b2fd-74f7-4b1c-b9df-3833be716697", WANG_MASKED,
                new OwnershipChanged("王", WANG_MASKED, OwnershipChanged.OwnerKind.NONE, null, null,
                        OwnershipChanged.Status.PUBLIC, null, null,
                        new Explanation(List.of("VIS-6"), List.of(), 1, "保护期届满未成交，转为公共客户。",
                                "Protection ended without a purchase: a public client.", null))));
        all.add(sample("OwnershipChanged to the office", "9b0060aa-83e4-48fe-b57e-dbcf89b9a496", WANG_MASKED,
                new OwnershipChanged("王", WANG_MASKED, OwnershipChanged.OwnerKind.OFFICE, null, null,
                        OwnershipChanged.Status.PROTECTED, LocalDate.parse("2025-03-02"),
                        LocalDate.parse("2025-03-31"), why)));
        all.add(sample("DisputeDecided open, the rules proposing a channel", "2e9d4c1a-7b3f-4e2a-8c5d-1f6a9b0e3d72",
                LI_MASKED, new DisputeDecided("dsp-2", clientKey(LI_MASKED), "ch-anju", DisputeDecided.Status.OPEN,
                        "ch-tongcheng", why)));
        all.add(sample("DisputeDecided voided, about no client", "7c1e5a9d-3b2f-4d6e-a8c0-9e4b2d1f5a63", null,
                new DisputeDecided("dsp-3", null, "ch-anju", DisputeDecided.Status.REJECTED, null, why)));
        all.add(sample("PurchaseAttributed to no channel, contracted then cancelled", "fdee986e-2344-427c-a68f-3fe4ed9c9e9c",
                WANG_MASKED, new PurchaseAttributed("p-2", "B2-117", UnitType.PARKING, new BigDecimal("180000"),
                        Instant.parse("2025-03-09T02:30:00Z"), Instant.parse("2025-03-20T07:15:30.250Z"),
                        Instant.parse("2025-04-20T06:00:00Z"), null, null, 2,
                        new Explanation(List.of("PUR-3", "PUR-8"), List.of(E_PURCHASED), 3, "车位不计渠道佣金。",
                                "No channel commission for parking spaces.", null))));
        all.add(sample("StatementIssued with fines above the gross", "18c72264-07e4-4f2d-9b6f-04a068202d01", null,
                new StatementIssued("st-2", "ch-anju", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"), 0,
                        new BigDecimal("0.00"), new BigDecimal("0"), new BigDecimal("-10000.00"),
                        new BigDecimal("0.00"), Instant.parse("2025-04-03T02:00:00Z"), "fin-chen",
                        new BigDecimal("0.00"), new BigDecimal("-10000.00"), List.of(
                        new StatementIssued.Line(StatementIssued.LineType.FINE, "fine:f-9:1", null, "f-9", null, null,
                                null, "POACHING", new BigDecimal("-10000.00"), List.of("COM-4"), null)))));
        all.add(new Sample("TenantChanged, deactivated", masterData("7a9c1e3f-5b7d-4f9a-8c1e-3a5b7c9d1e3f", null,
                "2025-03-15T02:00:00Z", "2025-03-15T02:00:01.5Z", new TenantChanged("鸿泰地产（停业）", false))));
        all.add(new Sample("ProjectChanged, minimal", masterData("1c3e5a7b-9d1f-4b3d-a5f7-9b1d3f5a7c9e", "yunting",
                "2025-03-15T02:00:00Z", "2025-03-15T02:00:01.5Z", new ProjectChanged("云庭", null, null, null, null,
                        List.of(UnitType.OFFICE), false))));
        all.add(new Sample("ChannelChanged, own channel at every project, open-ended",
                masterData("2d4f6b8c-0e2a-4c4e-b6a8-0c2e4a6b8d0f", null, "2025-03-15T02:00:00Z",
                        "2025-03-15T02:00:01.5Z", new ChannelChanged("ch-own", "自有渠道", Registered.ChannelKind.OWN_CHANNEL,
                                null, null, List.of(), true))));
        all.add(new Sample("AgentChanged, left the channel", masterData("3e5a7c9d-1f3b-4d5f-87b9-1d3f5b7c9e1a", null,
                "2025-03-15T02:00:00Z", "2025-03-15T02:00:01.5Z", new AgentChanged("ch-anju", "ag-1187", "刘强", false))));
        all.add(new Sample("ConsultantChanged without supervisor", masterData("4f6b8d0e-2a4c-4e6a-98ca-2e4a6c8d0f2b",
                PROJECT, "2025-03-15T02:00:00Z", "2025-03-15T02:00:01.5Z",
                new ConsultantChanged("sm-liu", "刘芳", null, null, true))));
        return all;
    }

    private static Sample sample(String name, String eventId, String maskedPhone, EventData data) {
        return new Sample(name, envelope(eventId, maskedPhone, "2025-03-15T02:00:00Z", "2025-03-15T02:00:01.5Z", data));
    }

    private static EventEnvelope envelope(String eventId, String maskedPhone, String occurredAt, String recordedAt,
                                          EventData data) {
        return EventEnvelope.of(eventId, TENANT, PROJECT, maskedPhone == null ? null : clientKey(maskedPhone),
                Instant.parse(occurredAt), Instant.parse(recordedAt), data);
    }
}
