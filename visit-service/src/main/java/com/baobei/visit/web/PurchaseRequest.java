package com.baobei.visit.web;

import com.baobei.contracts.Texts;
import com.baobei.contracts.UnitType;
import com.baobei.contracts.visit.Purchased.Relation;
import com.baobei.contracts.visit.Purchased.Stage;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A subscription (认购) or, under the same purchaseId, the contract (签约) of one unit. */
public record PurchaseRequest(
        @Schema(description = "Optional: the tenant of your token, which is the tenant whatever this says; "
                + "another tenant is 403")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String tenantId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String projectId,
        @Schema(description = "Required for CONTRACT (the subscription's id); for SUBSCRIPTION optional, assigned when absent")
        @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String purchaseId,
        @NotNull Stage stage,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String unitId,
        @NotNull UnitType unitType,
        @Schema(description = "CNY, exact: a JSON string or number such as \"3280000.00\"; at most two decimals, "
                + "no exponent", type = "string", example = "3280000.00")
        @NotNull BigDecimal amount,
        @NotBlank @Size(max = 50) @Pattern(regexp = Patterns.SURNAME, message = Patterns.SURNAME_MESSAGE)
        String buyerSurname,
        @Schema(description = "The buyer's full number; never published (ID-4)")
        @PhoneField @NotNull @Pattern(regexp = Patterns.FULL_PHONE, message = Patterns.FULL_PHONE_MESSAGE)
        String buyerPhone,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String consultantId,
        @Valid RelatedParty relatedParty,
        @Schema(description = "REG-7: the buyer is the developer's employee or a direct relative") Boolean insider,
        @Schema(description = "Business time (deposit or signing); the server's clock when absent") Instant purchasedAt) {

    /** Numbers as NFKC has them (full-width digits are digits), before any check sees them. */
    public PurchaseRequest {
        buyerPhone = Texts.normalize(buyerPhone);
    }

    /** PUR-4/5: bought in the name of someone related to an earlier-confirmed client; evidence makes it count. */
    public record RelatedParty(
            @NotBlank @Size(max = 50) @Pattern(regexp = Patterns.SURNAME, message = Patterns.SURNAME_MESSAGE)
            String surname,
            @PhoneField @NotNull @Pattern(regexp = Patterns.FULL_PHONE, message = Patterns.FULL_PHONE_MESSAGE)
            String phone,
            @NotNull Relation relation,
            @Schema(description = "References to evidence (file ids, links), one line each")
            @Size(max = 20) List<@NotNull @Size(max = 500) @Pattern(regexp = Patterns.LINE,
                    message = Patterns.LINE_MESSAGE) String> evidenceRefs) {

        public RelatedParty {
            phone = Texts.normalize(phone);
        }
    }
}
