using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Onboarding;

namespace LeadPlatform.Api.Schema.Clients;

/// <summary>Reads an onboarding file (domain rules) and hands its rows, grouped per team, to the organisation.</summary>
internal static class StructureImport
{
    public static async Task<ImportResult> Run(IOrganisationGrain organisation, string csv)
    {
        var file = StructureCsv.Parse(csv);
        var teams = file.Rows.GroupBy(row => row.Team, StringComparer.OrdinalIgnoreCase)
            .Select(group => new ImportTeamRows(group.Key, [.. group.Select(row => new ImportMemberRow(row.Line, row.Manager, row.Employee))]))
            .ToArray();
        var imported = teams.Length > 0 ? await organisation.ImportStructure(teams) : new ImportResult(0, 0, 0, []);
        return ImportResult.Sum([imported, new ImportResult(0, 0, 0, [.. file.Errors.Select(e => new ImportRowError(e.Line, e.Message))])]);
    }
}
