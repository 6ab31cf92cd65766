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
                         @Schema(description = "after a change: 1 when the project had events and was re-folded under it, else 0") Integer refoldedProjects) {
}
