using LeadPlatform.Domain.Onboarding;

namespace LeadPlatform.Domain.Tests;

public sealed class StructureCsvTests
{
    [Fact]
    public void Comma_file_with_header_in_any_order_and_case()
    {
        var file = StructureCsv.Parse("Employee,TEAM,Manager\nJan Jansen,Support,Mila de Vries\n");
        Assert.Empty(file.Errors);
        Assert.Equal(new StructureRow(2, "Support", "Mila de Vries", "Jan Jansen"), Assert.Single(file.Rows));
    }

    [Fact]
    public void Semicolon_file_with_quotes_diacritics_bom_and_crlf()
    {
        var file = StructureCsv.Parse("\uFEFFteam;manager;employee\r\n\"Klantenservice; Noord\";\"Ömer \"\"de baas\"\" Yıldız\";Zoë Bakker\r\nSales;;Chloë\r\n");
        Assert.Empty(file.Errors);
        Assert.Equal(2, file.Rows.Count);
        Assert.Equal("Klantenservice; Noord", file.Rows[0].Team);
        Assert.Equal("Ömer \"de baas\" Yıldız", file.Rows[0].Manager);
        Assert.Equal("Zoë Bakker", file.Rows[0].Employee);
        Assert.Null(file.Rows[1].Manager);
        Assert.Equal(3, file.Rows[1].Line);
    }

    [Fact]
    public void Line_breaks_inside_quotes_are_one_cell_and_keep_line_numbers_right()
    {
        var file = StructureCsv.Parse("team,manager,employee\nSupport,\"Mila\",\"Two\nlines\"\n,M,E\nOk,,\n");
        Assert.Equal([2, 4], file.Errors.Select(e => e.Line));
        Assert.Contains("control characters", file.Errors[0].Message);
        Assert.Contains("team must not be empty", file.Errors[1].Message);
        Assert.Equal(5, Assert.Single(file.Rows).Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void An_empty_file_is_one_clear_error(string text)
    {
        var file = StructureCsv.Parse(text);
        Assert.Empty(file.Rows);
        Assert.Contains("empty", Assert.Single(file.Errors).Message);
    }

    [Fact]
    public void A_header_without_team_is_refused()
    {
        var file = StructureCsv.Parse("name,boss\nJan,Mila\n");
        Assert.Empty(file.Rows);
        Assert.Contains("team", Assert.Single(file.Errors).Message);
    }

    [Fact]
    public void Bad_rows_are_reported_and_good_rows_kept()
    {
        var longName = new string('x', 201);
        var file = StructureCsv.Parse($"team,manager,employee\nA,M,E1\nB,{longName},E2\nC,M,E3,extra\n\nD,,E4\n");
        Assert.Equal(["A", "D"], file.Rows.Select(r => r.Team));
        Assert.Equal([3, 4], file.Errors.Select(e => e.Line));
        Assert.Contains("manager must be at most 200 characters", file.Errors[0].Message);
        Assert.Contains("columns", file.Errors[1].Message);
    }

    [Fact]
    public void A_row_with_fewer_fields_than_the_header_is_reported_not_made_a_team()
    {
        // "Finance" alone, and a row written with the other separator, would each have become a team of their own.
        var file = StructureCsv.Parse("team,manager,employee\nFinance\nOps,Olga\nHR;Henk;Ilse\nSales,,\n");
        Assert.Equal([2, 3, 4], file.Errors.Select(e => e.Line));
        Assert.Equal(["Expected 3 columns, found 1.", "Expected 3 columns, found 2.", "Expected 3 columns, found 1."], file.Errors.Select(e => e.Message));
        // Empty fields are how a row says "no manager" or "no employee".
        Assert.Equal(new StructureRow(5, "Sales", null, null), Assert.Single(file.Rows));
    }

    [Fact]
    public void Cells_are_trimmed_and_blank_lines_skipped()
    {
        var file = StructureCsv.Parse("team , manager , employee\n  Support  ,  Mila ,  Jan  \n\n\n");
        Assert.Equal(new StructureRow(2, "Support", "Mila", "Jan"), Assert.Single(file.Rows));
    }

    [Fact]
    public void Ten_thousand_rows_parse()
    {
        var text = "team,manager,employee\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"Team {i % 100},Manager {i % 100},Employee {i}\n"));
        var file = StructureCsv.Parse(text);
        Assert.Equal(10_000, file.Rows.Count);
        Assert.Empty(file.Errors);
    }

    [Theory]
    [InlineData("team,manager name,employees\nSales,Ann,Bob\n", "no manager or employee column but names 'manager name', 'employees'")]
    [InlineData("Team;Leidinggevende;Medewerker\nSales;Ann;Bob\n", "no manager or employee column but names 'leidinggevende', 'medewerker'")]
    public void A_header_whose_manager_or_employee_column_is_misnamed_is_refused_instead_of_importing_no_one(string text, string message)
    {
        var file = StructureCsv.Parse(text);
        Assert.Empty(file.Rows);
        Assert.Contains(message, Assert.Single(file.Errors).Message);
    }

    [Fact]
    public void Extra_columns_beside_all_three_are_left_alone()
    {
        var file = StructureCsv.Parse("team,manager,employee,email\nSales,Ann,Bob,bob@example.com\n");
        Assert.Equal(new StructureRow(2, "Sales", "Ann", "Bob"), Assert.Single(file.Rows));
        Assert.Empty(file.Errors);
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_reported_on_its_row_and_the_rows_before_are_kept()
    {
        var file = StructureCsv.Parse("team,manager,employee\nSales,Ann,Bob\nSales,Ann,\"Chris\nSales,Ann,Dana\n");
        Assert.Equal(new StructureRow(2, "Sales", "Ann", "Bob"), Assert.Single(file.Rows));
        var error = Assert.Single(file.Errors);
        Assert.Equal((3, "A quote opened on this row is never closed: the rest of the file was not read."), (error.Line, error.Message));
    }
}
