namespace LeadPlatform.Benchmarks.Load;

/// <summary>
/// The population to seed: <see cref="OrganisationCount"/> organisations, the first with
/// <see cref="LargeOrganisationEmployees"/> employees in teams of <see cref="LargeTeamSize"/>, the rest sharing
/// the remaining employees in teams of <see cref="TeamSize"/>.
/// </summary>
public sealed record SeedPlan(
    int OrganisationCount,
    int Employees,
    int LargeOrganisationEmployees,
    int LargeTeamSize,
    int TeamSize,
    int Consultancies,
    int Sessions,
    int BenchManagers)
{
    public static SeedPlan From(Arguments args)
    {
        var plan = new SeedPlan(
            args.Number("organisations", 1_000),
            args.Number("employees", 100_000),
            args.Number("large-organisation", 10_000),
            args.Number("large-team-size", 50),
            args.Number("team-size", 10),
            args.Number("consultancies", 10),
            args.Number("sessions", 1_000),
            args.Number("bench-managers", 200));
        if (plan.OrganisationCount < 1 || plan.LargeOrganisationEmployees > plan.Employees || plan.LargeOrganisationEmployees < plan.LargeTeamSize)
            throw new ArgumentException($"Inconsistent plan: {plan}");
        return plan;
    }

    public SeedOrganisation[] Organisations()
    {
        var organisations = new SeedOrganisation[OrganisationCount];
        organisations[0] = new SeedOrganisation(0, LargeOrganisationEmployees, LargeTeamSize);
        var others = OrganisationCount - 1;
        var rest = others == 0 ? 0 : Employees - LargeOrganisationEmployees;
        for (var i = 1; i <= others; i++)
        {
            var size = rest / others + (i - 1 < rest % others ? 1 : 0);
            organisations[i] = new SeedOrganisation(i, Math.Max(size, 1), TeamSize);
        }
        var teamIndex = 0;
        foreach (var organisation in organisations)
            foreach (var team in organisation.Teams) team.Index = teamIndex++;
        return organisations;
    }

    public override string ToString() =>
        $"{OrganisationCount} organisations, {Employees} employees (largest organisation {LargeOrganisationEmployees} in teams of {LargeTeamSize}, others in teams of {TeamSize}), " +
        $"{Consultancies} consultancies, {Sessions} completed coaching sessions, {BenchManagers} load-script managers";
}

public sealed class SeedOrganisation
{
    public SeedOrganisation(int index, int employees, int teamSize)
    {
        Index = index;
        var teams = (employees + teamSize - 1) / teamSize;
        Teams = Enumerable.Range(0, teams).Select(t => new SeedTeam(this, Math.Min(teamSize, employees - t * teamSize))).ToArray();
    }

    public int Index { get; }
    public string Id { get; set; } = "";
    public SeedTeam[] Teams { get; }
}

public sealed class SeedTeam(SeedOrganisation organisation, int size)
{
    public SeedOrganisation Organisation { get; } = organisation;
    public int Size { get; } = size;
    public int Index { get; set; }
    public string Id { get; set; } = "";
    public string ManagerId { get; set; } = "";
    public string? ManagerKey { get; set; }
    public string[] EmployeeIds { get; } = new string[size];
}
