package com.baobei.attribution.policies;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A project's policy history as served.
 *
 * @param customised false while the project runs on the rulebook defaults alone
 */
@Schema(description = "All policy versions of a project, version 1 being the rulebook defaults")
public record PolicyView(String projectId, boolean customised, List<PolicySettings> versions,
                         @Schema(description = "projects (per tenant) re-folded by this change") Integer refoldedProjects) {
}
