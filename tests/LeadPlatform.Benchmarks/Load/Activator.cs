namespace LeadPlatform.Benchmarks.Load;

/// <summary>Reads every seeded employee once through GraphQL, so every employee grain is active (for the RSS figure).</summary>
public static class GrainActivator
{
    public static async Task<int> Run(Arguments args)
    {
        var ids = await File.ReadAllLinesAsync(args.Text("employees"));
        var concurrency = args.Number("concurrency", 32);
        using var graph = new GraphClient(new Uri(args.Text("url")), concurrency);
        var key = args.Text("admin-key");
        var phase = await PhaseResult.Run("activate employees", ids.Where(id => id.Length > 0).ToArray(), 1, concurrency, async (id, cancel) =>
            await graph.Run(key, "query($id: ID!) { employee(id: $id) { id } }", new { id }, cancel));
        await File.WriteAllTextAsync(args.Text("result"), $"{phase.Requests}\t{phase.Elapsed.TotalSeconds:F1}\t{phase.PerSecond:F0}\n");
        return 0;
    }
}
