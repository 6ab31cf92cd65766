package com.baobei.registration.masterdata.web;

import com.baobei.registration.masterdata.MasterDataRefused;
import com.baobei.registration.masterdata.MasterDataRules;
import com.baobei.registration.masterdata.MasterKeys;
import com.baobei.registration.masterdata.Problem;
import com.baobei.registration.masterdata.References;
import com.baobei.registration.masterdata.persistence.MasterDataTable;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Master data from the developers' sheets: one kind per file, every row or none. Each row is checked as a PUT of
 * it would be, plus what a file can get wrong by itself (the same id twice); every problem names its row and column.
 */
@RestController
@RequestMapping("/api/v1/master-data")
@ApiResponse(responseCode = "401", description = "No valid bearer token")
@ApiResponse(responseCode = "403", description = "Only the tenant admin writes master data; the office reads it, channel "
        + "people their own channel, its agents and the projects it works at (docs/security.md)")
class MasterDataImportController {

    /** What an import did: rows read, and how many of them changed something (the rest were already so). */
    record ImportResult(String kind, int rows, int changed) {
    }

    private final MasterDataWrites writes;
    private final MasterDataTable table;

    MasterDataImportController(MasterDataWrites writes, MasterDataTable table) {
        this.writes = writes;
        this.table = table;
    }

    @Operation(summary = "Import projects, channels, agents or consultants from a CSV sheet with Chinese headers",
            description = "UTF-8, with or without BOM. Headers: projects 项目编号,项目名称,案场,开盘日期,销售开始,销售结束,户型,状态; "
                    + "channels 渠道编号,渠道名称,渠道类型,合作开始,合作结束,合作项目,状态; agents 渠道编号,经纪人编号,姓名,状态; "
                    + "consultants 项目编号,置业顾问编号,姓名,上级编号,状态 (optional column 代理公司编号: the agency, ROT-3/ROT-4). 状态 is 启用 or 停用 (empty: 启用); 渠道类型 is "
                    + "分销, 中介, 自有渠道 or 老带新; 户型 lists 住宅, 商业, 办公, 车位, 储藏室; 合作项目 empty means every "
                    + "project. Problems are named rows[<line>].<column>, the header being line 1.")
    @ApiResponse(responseCode = "200", description = "Every row stored; changes published")
    @ApiResponse(responseCode = "400", description = "Not a readable UTF-8 CSV, or columns missing; nothing stored")
    @ApiResponse(responseCode = "422", description = "Rows with problems, each named by row and column; nothing stored")
    @Allowed({Role.TENANT_ADMIN})
    @PostMapping(path = "/{kind}/imports", consumes = "text/csv")
    ImportResult importSheet(Caller caller, @PathVariable String kind, @RequestBody byte[] body) {
        Readers.requireWriter(caller);
        CsvMasterData.Kind sheetKind = CsvMasterData.Kind.of(kind);
        if (sheetKind == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no import of " + kind);
        }
        CsvMasterData.Sheet sheet = CsvMasterData.read(sheetKind, body);
        List<Problem> problems = new ArrayList<>(sheet.problems());
        Set<String> keys = new HashSet<>();
        for (CsvMasterData.Row row : sheet.rows()) {
            keys.add(MasterKeys.key(caller.tenant(), row.entity()));
        }
        Set<String> seen = new HashSet<>();
        for (CsvMasterData.Row row : sheet.rows()) {
            if (!seen.add(MasterKeys.key(caller.tenant(), row.entity()))) {
                problems.add(sheetKind.onRow(row.line(), new Problem(idField(sheetKind), "the same id as an earlier row")));
            }
            MasterDataRules.problems(row.entity()).forEach(p -> problems.add(sheetKind.onRow(row.line(), p)));
            References.problems(table, caller.tenant(), row.entity(), keys)
                    .forEach(p -> problems.add(sheetKind.onRow(row.line(), p)));
        }
        if (!problems.isEmpty()) {
            throw new MasterDataRefused(problems.stream().distinct().toList());
        }
        int changed = writes.defineAll(caller.tenant(), caller.subject(),
                sheet.rows().stream().map(CsvMasterData.Row::entity).toList());
        return new ImportResult(sheetKind.segment(), sheet.rows().size(), changed);
    }

    private static String idField(CsvMasterData.Kind kind) {
        return switch (kind) {
            case PROJECTS -> "projectId";
            case CHANNELS -> "channelId";
            case AGENTS -> "agentId";
            case CONSULTANTS -> "consultantId";
        };
    }
}
