namespace LeadPlatform.Api.Tests.Hardening.Worlds;

/// <summary>
/// Everything a tenant holds that an operation could change, read through the API: the structure as the
/// platform admin sees it, and what only the manager sees (session texts, interaction notes). Two equal
/// snapshots mean nothing changed. Adoption figures are left out: they follow writes asynchronously.
/// </summary>
public static class TenantSnapshot
{
    private const string Structure = """
        query($c:ID!, $o:ID!) {
          consultancy(id:$c){ id name organisations { id } }
          organisation(id:$o){ id name consultancy { id } teams { id name crisis crisisReason crisisSince
            manager { id name interactionCount coachingSessions { id stage startedAt completedAt actions { id owner dueDate completed completedAt } } }
            employees { id name assessments { task competence commitment assessedAt }
              assessmentComparisons { task bySelf { competence commitment assessedAt } } coachingSessions { id } }
            pulse { energy engagement recordedAt }
            teamSessions { id topic ideas { id text ownerId } } }
            programmes { id name trainingDates tracks { manager { id } track } } }
        }
        """;

    private const string Private = """
        query($m:ID!) {
          manager(id:$m){ coachingSessions { id goal notes { stage text } questions { text stage } actions { id description needs } }
            interactions { id employeeId hat note } }
        }
        """;

    public static async Task<string> Take(TestHost host, SideIds side)
    {
        var structure = await host.Graph(Structure, new { c = side.ConsultancyId, o = side.OrganisationId });
        var personal = await host.Graph(Private, new { m = side.ManagerId }, side.Keys["MANAGER"]);
        return Normalise(structure) + "\n" + Normalise(personal);
    }

    /// <summary>The answer without error messages' trace ids, so two reads of the same data compare equal.</summary>
    private static string Normalise(GraphResponse response) =>
        response.Json.TryGetProperty("data", out var data) ? $"{response.Status} {data.GetRawText()} {Codes(response)}" : $"{response.Status} {Codes(response)}";

    private static string Codes(GraphResponse response) => response.HasErrors
        ? string.Join(",", response.Json.GetProperty("errors").EnumerateArray()
            .Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : "?"))
        : "";

    /// <summary>The first line where two snapshots differ, for a readable failure.</summary>
    public static string Difference(string before, string after)
    {
        var i = 0;
        while (i < before.Length && i < after.Length && before[i] == after[i]) i++;
        string Around(string s) => s.Substring(Math.Max(0, i - 120), Math.Min(s.Length - Math.Max(0, i - 120), 360));
        return $"before: …{Around(before)}…\nafter:  …{Around(after)}…";
    }
}
