package com.baobei.registration.masterdata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Registered.ChannelKind;
import com.baobei.registration.masterdata.Agent;
import com.baobei.registration.masterdata.Channel;
import com.baobei.registration.masterdata.Consultant;
import com.baobei.registration.masterdata.InvalidMasterDataException;
import com.baobei.registration.masterdata.Problem;
import com.baobei.registration.masterdata.Project;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvMasterDataTest {

    @Test
    void projects_with_a_bom_chinese_values_and_the_day_forms_excel_writes() {
        CsvMasterData.Sheet sheet = read(CsvMasterData.Kind.PROJECTS, "\uFEFF项目编号,项目名称,案场,开盘日期,销售开始,销售结束,户型,状态\n"
                + "binjiang,滨江花园,滨江营销中心,2026/3/1,2026-02-15,2026年12月31日,住宅、车位,启用\n"
                + "yunting,云庭,,,,,\"办公, 商业\",停用\n");

        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.rows()).extracting(CsvMasterData.Row::line).containsExactly(2, 3);
        assertThat(sheet.rows().get(0).entity()).isEqualTo(new Project("binjiang", "滨江花园", "滨江营销中心",
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-02-15"), LocalDate.parse("2026-12-31"),
                List.of(UnitType.RESIDENTIAL, UnitType.PARKING), true));
        assertThat(sheet.rows().get(1).entity()).isEqualTo(new Project("yunting", "云庭", null, null, null, null,
                List.of(UnitType.OFFICE, UnitType.COMMERCIAL), false));
    }

    @Test
    void channels_kinds_in_chinese_and_their_projects() {
        CsvMasterData.Sheet sheet = read(CsvMasterData.Kind.CHANNELS, "渠道编号,渠道名称,渠道类型,合作开始,合作结束,合作项目,状态\n"
                + "tongcheng,同城房产,分销,2026-01-01,2026-06-30,binjiang;yunting,启用\n"
                + "lianjia,链家,中介,,,,启用\n"
                + "own,自有渠道,自有渠道,,,,\n"
                + "ref,老带新,老带新,,,binjiang,停用\n");

        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.rows()).extracting(r -> ((Channel) r.entity()).kind()).containsExactly(ChannelKind.AGENCY,
                ChannelKind.BROKER, ChannelKind.OWN_CHANNEL, ChannelKind.REFERRAL);
        assertThat(((Channel) sheet.rows().get(0).entity()).projectIds()).containsExactly("binjiang", "yunting");
        assertThat(((Channel) sheet.rows().get(1).entity()).projectIds()).isEmpty();
        assertThat(sheet.rows().get(3).entity().active()).isFalse();
    }

    @Test
    void agents_and_consultants() {
        assertThat(read(CsvMasterData.Kind.AGENTS, "渠道编号,经纪人编号,姓名,状态\ntongcheng,ag-1,陈晓,启用\n").rows())
                .extracting(CsvMasterData.Row::entity).containsExactly(new Agent("tongcheng", "ag-1", "陈晓", true));
        assertThat(read(CsvMasterData.Kind.CONSULTANTS, "项目编号,置业顾问编号,姓名,上级编号,状态\nbinjiang,cs-zhao,赵敏,sm-liu,启用\n")
                .rows()).extracting(CsvMasterData.Row::entity)
                .containsExactly(new Consultant("binjiang", "cs-zhao", "赵敏", "sm-liu", null, true));
        // ROT-3, ROT-4: the optional agency column
        assertThat(read(CsvMasterData.Kind.CONSULTANTS, "项目编号,置业顾问编号,姓名,上级编号,代理公司编号,状态\n"
                + "binjiang,cs-zhao,赵敏,sm-liu,shilian,启用\n").rows()).extracting(CsvMasterData.Row::entity)
                .containsExactly(new Consultant("binjiang", "cs-zhao", "赵敏", "sm-liu", "shilian", true));
    }

    @Test
    void each_unreadable_cell_is_a_problem_of_its_line_and_column() {
        CsvMasterData.Sheet sheet = read(CsvMasterData.Kind.CHANNELS, "渠道编号,渠道名称,渠道类型,合作开始,合作结束,合作项目,状态\n"
                + "tongcheng,同城房产,分销,2026-02-30,,,启用\n"
                + "lianjia,链家,二手,,,,有时\n");

        assertThat(sheet.problems()).extracting(Problem::field)
                .containsExactly("rows[2].合作开始", "rows[3].渠道类型", "rows[3].状态");
    }

    @Test
    void a_rule_problem_is_named_by_the_column_of_its_field() {
        assertThat(CsvMasterData.Kind.CHANNELS.onRow(4, new Problem("projectIds[1]", "unknown project x")))
                .isEqualTo(new Problem("rows[4].合作项目", "unknown project x"));
        assertThat(CsvMasterData.Kind.PROJECTS.onRow(2, new Problem("salesTo", "ends before it starts")).field())
                .isEqualTo("rows[2].销售结束");
    }

    @Test
    void missing_columns_and_other_encodings_are_refused_whole() {
        assertThatThrownBy(() -> read(CsvMasterData.Kind.AGENTS, "渠道编号,姓名,状态\ntongcheng,陈晓,启用\n"))
                .isInstanceOf(InvalidMasterDataException.class).hasMessageContaining("经纪人编号");
        byte[] gbk = "渠道编号,经纪人编号,姓名,状态\ntongcheng,ag-1,陈晓,启用\n".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> CsvMasterData.read(CsvMasterData.Kind.AGENTS, gbk))
                .isInstanceOf(InvalidMasterDataException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void a_row_with_more_cells_than_the_header_is_a_problem_of_its_row() {
        CsvMasterData.Sheet sheet = read(CsvMasterData.Kind.AGENTS, "渠道编号,经纪人编号,姓名,状态\ntongcheng,ag-1,陈晓,启用,多余\n");
        assertThat(sheet.problems()).extracting(Problem::field).contains("rows[2]");
    }

    @Test
    void a_nul_in_a_cell_is_a_problem_of_its_row_and_an_unterminated_quote_an_unreadable_body() {
        CsvMasterData.Sheet sheet = read(CsvMasterData.Kind.AGENTS, "渠道编号,经纪人编号,姓名,状态\ntongcheng,ag-\u00001,陈晓,启用\n");
        assertThat(sheet.problems()).extracting(Problem::field).containsExactly(CsvMasterData.field(2, "经纪人编号"));

        assertThatThrownBy(() -> read(CsvMasterData.Kind.AGENTS, "渠道编号,经纪人编号,姓名,状态\ntongcheng,\"ag-1,陈晓,启用\n"))
                .isInstanceOf(InvalidMasterDataException.class);
    }

    private static CsvMasterData.Sheet read(CsvMasterData.Kind kind, String csv) {
        return CsvMasterData.read(kind, csv.getBytes(StandardCharsets.UTF_8));
    }
}
