namespace LeadPlatform.Abstractions.Model;

/// <summary>What an onboarding import created; rows already present create nothing, bad rows are listed.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.ImportResult")]
public sealed record ImportResult(
    [property: Id(0)] int TeamsCreated,
    [property: Id(1)] int ManagersCreated,
    [property: Id(2)] int EmployeesCreated,
    [property: Id(3)] ImportRowError[] Errors)
{
    public static ImportResult Sum(IEnumerable<ImportResult> parts)
    {
        var all = parts.ToArray();
        return new(all.Sum(p => p.TeamsCreated), all.Sum(p => p.ManagersCreated), all.Sum(p => p.EmployeesCreated),
            [.. all.SelectMany(p => p.Errors).OrderBy(e => e.Line)]);
    }
}
