package com.baobei.commission.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * COM-1: the tier table of one agreement version. Tiers are contiguous: each tier ends where the
 * next one starts; an explicit {@code upTo} must say exactly that, so a table that overlaps, leaves
 * a gap or is out of order is rejected rather than guessed at.
 */
public record TierTable(TierBasis basis, TierMode mode, List<Tier> tiers) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TierTable {
        tiers = tiers == null ? null : List.copyOf(tiers);
    }

    public static TierTable retroactiveByCount(Tier... tiers) {
        return new TierTable(TierBasis.DEAL_COUNT, TierMode.RETROACTIVE, List.of(tiers));
    }

    public List<Problem> problems(String field) {
        List<Problem> problems = new ArrayList<>();
        if (basis == null) {
            problems.add(new Problem(field + ".basis", "required: DEAL_COUNT or DEAL_AMOUNT"));
        }
        if (mode == null) {
            problems.add(new Problem(field + ".mode", "required: RETROACTIVE or MARGINAL"));
        }
        if (tiers == null || tiers.isEmpty()) {
            problems.add(new Problem(field + ".tiers", "at least one tier is required"));
            return problems;
        }
        for (int i = 0; i < tiers.size(); i++) {
            tierProblems(field + ".tiers[" + i + "]", i, problems);
        }
        return problems;
    }

    private void tierProblems(String at, int i, List<Problem> problems) {
        Tier tier = tiers.get(i);
        if (tier == null) {
            problems.add(new Problem(at, "a tier cannot be null"));
            return;
        }
        if (tier.ratePercent() == null) {
            problems.add(new Problem(at + ".ratePercent", "required"));
        } else if (tier.ratePercent().signum() < 0) {
            problems.add(new Problem(at + ".ratePercent", "must not be negative"));
        } else if (tier.ratePercent().compareTo(HUNDRED) > 0) {
            problems.add(new Problem(at + ".ratePercent", "is a percentage and cannot exceed 100"));
        }
        if (tier.from() == null) {
            problems.add(new Problem(at + ".from", "required"));
            return;
        }
        if (tier.from().signum() < 0) {
            problems.add(new Problem(at + ".from", "must not be negative"));
        }
        if (basis == TierBasis.DEAL_COUNT && !isWhole(tier.from())) {
            problems.add(new Problem(at + ".from", "a deal count is a whole number"));
        }
        if (tier.upTo() != null) {
            if (basis == TierBasis.DEAL_COUNT && !isWhole(tier.upTo())) {
                problems.add(new Problem(at + ".upTo", "a deal count is a whole number"));
            }
            if (tier.upTo().compareTo(tier.from()) <= 0) {
                problems.add(new Problem(at + ".upTo", "must be greater than from"));
            }
        }
        if (i == 0) {
            BigDecimal lowest = basis == TierBasis.DEAL_COUNT ? BigDecimal.ONE : BigDecimal.ZERO;
            if (tier.from().compareTo(lowest) > 0) {
                problems.add(new Problem(at + ".from", "the first tier must start at "
                        + (basis == TierBasis.DEAL_COUNT ? "0 or 1" : "0") + " so that every deal has a rate"));
            }
        } else {
            orderProblems(at, tiers.get(i - 1), tier, problems);
        }
        if (i == tiers.size() - 1 && tier.upTo() != null) {
            problems.add(new Problem(at + ".upTo", "the last tier is open-ended: leave upTo out"));
        }
    }

    private static void orderProblems(String at, Tier previous, Tier tier, List<Problem> problems) {
        if (previous == null || previous.from() == null) {
            return;
        }
        int order = tier.from().compareTo(previous.from());
        if (order < 0) {
            problems.add(new Problem(at + ".from", "tiers are not in ascending order: " + tier.from()
                    + " comes after " + previous.from()));
        } else if (order == 0) {
            problems.add(new Problem(at + ".from", "overlaps the previous tier, which also starts at " + tier.from()));
        } else if (previous.upTo() != null) {
            int fit = previous.upTo().compareTo(tier.from());
            if (fit > 0) {
                problems.add(new Problem(at + ".from", "overlaps the previous tier, which runs up to " + previous.upTo()));
            } else if (fit < 0) {
                problems.add(new Problem(at + ".from", "leaves a gap after the previous tier, which ends at "
                        + previous.upTo()));
            }
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** Index of the tier containing {@code value}: the last tier whose {@code from} is at most the value. */
    public int indexFor(BigDecimal value) {
        int index = 0;
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).from().compareTo(value) <= 0) {
                index = i;
            }
        }
        return index;
    }

    public Tier tier(int index) {
        return tiers.get(index);
    }

    /** Where tier {@code index} ends (exclusive), or null for the last tier. */
    public BigDecimal upperBound(int index) {
        return index + 1 < tiers.size() ? tiers.get(index + 1).from() : null;
    }

    public int size() {
        return tiers.size();
    }
}
