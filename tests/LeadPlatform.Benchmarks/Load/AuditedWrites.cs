namespace LeadPlatform.Benchmarks.Load;

/// <summary>
/// Audited writes into one fresh organisation: <c>addEmployee</c> N times, timed in ten consecutive slices. Each one
/// also appends to the organisation's audit log, so the first slice runs against an empty log and the last against a
/// log of about N entries: the ratio of the last slice's rate to the first shows what a growing log costs a write.
/// </summary>
public static class AuditedWrites
{
    private const int Slices = 10;

    public static async Task<int> Run(Arguments args)
    {
        var writes = args.Number("writes", 10_000);
        var concurrency = args.Number("concurrency", 16);
        var key = args.Text("admin-key");
        using var graph = new GraphClient(new Uri(args.Text("url")), concurrency);
        var organisation = Seeder.Id(await graph.Run(key, "mutation { createOrganisation(name: \"Audited writes\") { id } }"), "createOrganisation");
        // Many small teams: a team's own member list stays short, so the audit log is what grows.
        var teams = new string[Math.Max(concurrency, writes / 50)];
        for (var t = 0; t < teams.Length; t++)
            teams[t] = Seeder.Id(await graph.Run(key, "mutation($o: ID!, $n: String!) { addTeam(organisationId: $o, name: $n) { id } }",
                new { o = organisation, n = $"Team {t + 1}" }), "addTeam");

        var slices = new List<PhaseResult>();
        var sliceSize = writes / Slices;
        for (var slice = 0; slice < Slices; slice++)
            slices.Add(await PhaseResult.Run($"audited writes {slice * sliceSize + 1}-{(slice + 1) * sliceSize}",
                Enumerable.Range(slice * sliceSize, sliceSize).ToArray(), 1, concurrency, async (i, cancel) =>
                    await graph.Run(key, "mutation($t: ID!) { addEmployee(teamId: $t, name: \"Employee\") { id } }", new { t = teams[i % teams.Length] }, cancel)));

        var first = slices[0].PerSecond;
        var last = slices[^1].PerSecond;
        Console.WriteLine($"audited writes: first slice {first:F0}/s, last slice {last:F0}/s, last/first {last / first:F2}");
        await File.WriteAllTextAsync(args.Text("result"), $"{writes}\t{first:F0}\t{last:F0}\t{last / first:F2}\n");
        return 0;
    }
}
