package com.baobei.attribution.policies;

import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.attribution.policy.ValidityMode;
import com.baobei.contracts.UnitType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The eight policy documents of the seed ({@code shared/seeds/}) as presets a tenant admin starts a project's policy
 * from (ADR 0029). Each number is given with the paragraph of its document it comes from (quoted as the seed
 * writes it); what a document leaves unsaid keeps the rulebook's default, and what it says that the fold does not
 * decide is in the notes. Paragraph numbers are the documents' own.
 */
public final class PolicyPresets {

    private static final String NOT_STATED = "Not stated by the document, so the rulebook's defaults: ";
    private static final int SALES_PERIOD_DAYS = ProjectPolicy.MAX_DAYS;

    private static final List<PolicyPreset> ALL = List.of(
            xxResidence(), hechengJingyuan(), damuzhiPlaza(), tianjinZhuodaJoint(), zekeGroup(), pankeSystem(),
            ownChannelOnline(), lvdi());

    private PolicyPresets() {
    }

    public static List<PolicyPreset> all() {
        return ALL;
    }

    public static Optional<PolicyPreset> find(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(PolicyPreset::id).toList();
    }

    private static PolicyPreset xxResidence() {
        return PolicyPreset.of("xx-residence", "XX住宅渠道带客方案", "XX住宅渠道带客方案【XX项目】")
                .leadTimeMinutes(60, "二（一）3：报备时间提前一个小时以上")
                .note(NOT_STATED + "how long a registration stays valid and how long a visited client is protected "
                        + "((三) speaks of 报备有效期 without a length): same day, 30 days.")
                .note("二（一）3, (三): the earlier registration wins; one that lapsed yields to the latest valid one; "
                        + "none valid makes a natural visit (REG-4, VIS-2).")
                .note("二（一）1: registration by a WeChat template in the appointed group, the client known 'by name or "
                        + "mobile number'. Here only the system's own intake counts (REG-8), and a client is the surname "
                        + "with the masked number (ID-1, ID-2).")
                .note("二（一）2: a client already in 明源 cannot be registered: REG-2 against this system's records.")
                .note("二（二）: the developer's people rule, escalation to its marketing manager and the agency's manager "
                        + "(DSP-1, DSP-2: rulings at the visit service).")
                .note("一, 附表二: tiered commission (跳点) and a first period from signing to 2016-04-30, then natural "
                        + "months: the channels' agreements at the commission service (COM-1, COM-2), not this policy.")
                .note("二（四）: soliciting in the forbidden zone, 500 per agent, 10,000 then 50,000 per company, all "
                        + "commission forfeited, then the end of cooperation: fines at the commission service (COM-4).")
                .build();
    }

    private static PolicyPreset hechengJingyuan() {
        return PolicyPreset.of("hecheng-jingyuan", "和成璟园渠道公司管理办法", "12分销渠道案场管理制度 和成璟园渠道公司管理办法")
                .note(NOT_STATED + "every value (lead time, validity, protection, renewal): 30 minutes, same day, 30 "
                        + "days, 7 days.")
                .note("二（4）微信报备: a client the developer has not confirmed as registered is received as a walk-in "
                        + "(现场直访): a natural visit (VIS-2).")
                .note("线下带客 一: 搜房's clients go to a rotation of 世联's and 伟业's consultants, 链家's to 世联's alone: "
                        + "reception routing by channel at the visit service (ROT-4), not this policy.")
                .note("线下带客 一: taking another company's client, 100,000 per company; 三（1）: quarrels on site, 1,000 per "
                        + "agent and 5,000 per store manager: fines at the commission service (COM-4).")
                .note("二: on-site staff at least 5 days a week, material, salons, training: not modelled.")
                .build();
    }

    private static PolicyPreset damuzhiPlaza() {
        return PolicyPreset.of("damuzhi-plaza", "大拇指广场渠道带客及案场管理制度", "大拇指广场渠道带客及案场管理制度")
                .leadTimeMinutes(30, "1.1 客户来访前半小时…进行报备")
                .validity(ValidityMode.SAME_DAY, 1, "1.1④ 报备仅当天有效。如果报备后客户当天没有到访，则报备自动失效")
                .protectionDays(30, "1.2③ 有30天的保护期（从客户来访当天开始计算）")
                .renewalWindowDays(7, "1.2③ 须在推介有效期满之前7天内重新带该客户到销售案场…有效期从前一次…保护期到期日的次日起开始计算")
                .referralDays(30, "3.1 已成交客户（交定金之日起30天内全归属原渠道商…）")
                .note("1.1④ adds '关于有效期也可以适当延长到三天，请领导最终决定': a project that extends it overrides "
                        + "validityMode DAYS with validityDays 3; the closing 注 says all periods are for management to confirm.")
                .note("1.1③: a client another channel registered or who came on their own is refused (REG-2); the "
                        + "document sets no end to a natural visit's protection, so the rulebook's 30 days (VIS-2).")
                .note("1.1⑤ (VIS-7), 1.2① three signatures (VIS-1), 2.1.1–2.1.4 related buyers with their evidence "
                        + "(PUR-4), 2.1.5 companions buying on the spot (PUR-5) are rules the fold applies; 2.1.6 one client "
                        + "under different numbers is linked by a ruling (ID-3); 2.2 the site manager rules and marketing "
                        + "reviews (DSP-1, DSP-2).")
                .note("4.1: no intercepting between 南龙道 and 规划一号路: no fine is stated; not modelled.")
                .build();
    }

    private static PolicyPreset tianjinZhuodaJoint() {
        return PolicyPreset.of("tianjin-zhuoda-joint", "天津卓达项目渠道联合代理现场管理制度", "渠道联合案场管理规定（天津卓达项目）")
                .note(NOT_STATED + "every value; the document governs a joint office's reception, not registrations, and "
                        + "names 有效保护期 (二 4) without a length: 30 minutes, same day, 30 days, 7 days.")
                .note("二 4: a returning client inside the protection goes to the original agency, outside it is a new "
                        + "visit in the rotation: VIS-9 and VIS-6, which the fold applies.")
                .note("二 5 1): people asking the way, vendors, job seekers, people meeting someone are no visit (VIS-8, "
                        + "the fold ignores them); 二 5 3): a market researcher goes to the last in the rotation.")
                .note("一: inbound calls rotate by day between the agencies and belong to the one that took them (ROT-3); "
                        + "二 1–3, 5 2), 7: the walk-in rotation, a declined client keeping the head of the queue, returning "
                        + "clients to their consultant or the agency's supervisor (ROT-1, ROT-2, VIS-9): the visit service's "
                        + "reception, not this policy.")
                .note("二 6, 8–11: no reception outside the sales office, no obstructing a deal, no forged records, zero "
                        + "tolerance for quarrels: conduct, fined at the commission service where the office records it (COM-4).")
                .build();
    }

    private static PolicyPreset zekeGroup() {
        return PolicyPreset.of("zeke-group", "泽科集团渠道管理规范", "泽科集团—渠道管理规范")
                .leadTimeMinutes(30, "第三条 1 提前30分钟通过专属微信群提前报备；2 1) 于客户到访前提前30分钟以上短信或微信报备")
                .validity(ValidityMode.SAME_DAY, 1, "第三条 2 2) 报备客户当天有效")
                .repeatLimit(3, "第三条 2 2) 同一客户重复报备不超过3次")
                .quality(10, 50, "第三条 2 2) 当日报备10组以上考核到访率不足50%，当日报备客户遇有争议时作无效处理")
                .note(NOT_STATED + "the protection's length ('超过客户保护期后以再次到访途径作为界定标准' names it without "
                        + "days): 30 days, renewal in the last 7.")
                .note("第三条 1: the site manager may mark a client invalid with the reason on the form: judged as a natural "
                        + "visit (VIS-1, VIS-2); after the protection, the way the client comes again decides (VIS-6).")
                .note("第三条 2 1): registered 30 minutes ahead and then coming on their own, and new clients arriving with a "
                        + "registered one, are the channel's (VIS-7, VIS-3).")
                .note("第三条 1: 'new' means no visit or registration on record in 金蝶: REG-2 against this system's records; "
                        + "统一安排A位接待: the rotation at the visit service (ROT-1).")
                .build();
    }

    private static PolicyPreset pankeSystem() {
        return PolicyPreset.of("panke-system", "房地产公司渠道案场判客制度", "房地产公司渠道案场判客制度（项目案场渠道客户确认制度）")
                .leadTimeMinutes(30, "接访和报备 2、渠道客户到访前需提前半小时报备")
                .validity(ValidityMode.DAYS, 7, "二 1) 渠道客户资源7天保护期，在客户首次到访前超过保护期且无任何跟访记录，按新客户接待")
                .protectionDays(7, "二 1) 渠道客户资源7天保护期（the only period the document names; the rulebook reads it "
                        + "as VIS-4's 7 days too）")
                .renewalWindowDays(0, "二 1) 资源分配后再次约访老客户的成交与跟进，则按后期约访的渠道、销售人员为准: no renewal, "
                        + "whoever invites the client again afterwards")
                .note("二 3): a deal inside the protection stays the channel's even when another consultant closed it (PUR-1).")
                .note("接访和报备 4: clients from calls and exhibitions are registered too; intercepted clients count only "
                        + "when the channel brings them in person and the property's 三问 confirms them: the visit form "
                        + "(VIS-1) at the visit service.")
                .note("接访和报备 1, 二 2): natural visits and channel clients share one rotation, and the concierge asks "
                        + "first: reception at the visit service (ROT-1). 二 4), 5): sabotaged deals and channels bypassing "
                        + "the concierge are staff conduct: not modelled.")
                .note(NOT_STATED + "the natural visit's protection (30 days) and the other values.")
                .build();
    }

    private static PolicyPreset ownChannelOnline() {
        return PolicyPreset.of("own-channel-online", "自有渠道案场管理制度—线上报备", "房地产项目自有渠道案场管理制度—线上报备（模板）")
                .leadTimeMinutes(30, "2.4 报备时间须提前于首次到访30分钟前以上；3.1 须提前30分钟在会中进行线上报备")
                .validity(ValidityMode.UNTIL_OPENING_PLUS_DAYS, 30, "2.3 项目未开盘的，报备保护期至首开开盘后（含开盘日）的30天；"
                        + "已进入续销期的，报备保护期为自报备之日起30天")
                .protectionDays(SALES_PERIOD_DAYS, "3.2 自到访之日起…保护期在本项目销售期内永久有效 (the whole sales period: "
                        + "the longest period a setting names, ten years)")
                .renewalWindowDays(0, "3.2 永久有效: nothing to renew")
                .naturalProtectionDays(SALES_PERIOD_DAYS, "4.2.7 报备前，销售系统内已有该客户到访（且非自有渠道人员客户报备保护期内）"
                        + "或来电记录的 → 不属于自有渠道人员有效客户")
                .referralDays(0, "4.2.4 自有渠道人员有效客户推荐第三人购买但未通过渠道人员报备到访的 → 不属于有效客户")
                .excluded(Set.of(UnitType.PARKING), "4.2.5 自有渠道人员有效客户购买车位的 → 不属于有效客户")
                .note("2.3: the opening day is the project's own: give openingDay with the preset (without it the "
                        + "policy is refused, 400).")
                .note("2.1 only the official account's registrations count (REG-8: this system's intake); 2.2 no surname "
                        + "makes a walk-in (ID-1 rejects the registration; the visit is natural); 2.4 first visit before the "
                        + "subscription (PUR-2).")
                .note("4.2.1 employees and their direct relatives (REG-7), 4.2.2 existing buyers buying again (PUR-3), "
                        + "4.2.3 inside another's validity or protection (REG-2), 4.2.8 direct relatives visiting one after "
                        + "another (PUR-4 for a purchase in a relative's name) are rules the fold applies.")
                .note("4.2.6 units outside the agreed range: the fold excludes by unit type only; a range per channel "
                        + "is not modelled. 3.1 prospecting outside 1000 m of the red line: not modelled.")
                .build();
    }

    private static PolicyPreset lvdi() {
        return PolicyPreset.of("lvdi", "绿地渠道客户报备及案场对接管理制度", "渠道客户报备及案场对接管理制度（绿地）")
                .leadTimeMinutes(30, "四 2 须至少提前半小时通过微信或短信方式与指定案场负责人进行预约报备")
                .validity(ValidityMode.DAYS, 30, "四 5 客户报备保护期：30天；渠道专员拓展的客户30天内到访案场，其他渠道专员的"
                        + "报备和确认都不予认可")
                .protectionDays(30, "四 5 30天后由其他渠道专员带至案场成交的，业绩归属为重新报备方")
                .lateClaimDays(3, "四 5 无预报备，下定后三日内须凭正式报备或有效证据至案场认领确认，逾期视为自动放弃")
                .note("四 5 names one 30-day period; this preset reads it both as the registration's validity and as "
                        + "the visited client's protection.")
                .note("四 5: a client who comes on their own while a registration is valid is that channel's (VIS-7); "
                        + "四 3 a registration after the arrival does not count (REG-1); 四 2, 4 the confirmation form "
                        + "signed on site (VIS-1).")
                .note("四 1: entering clients into 绿地房产通 and the channel manager's 17:30 report: reports (RPT-1), "
                        + "not this policy.")
                .note(NOT_STATED + "renewal in the last 7 days and the other values.")
                .build();
    }
}
