using System.Text.Json;
using LeadPlatform.Api.Tests.Hardening.Worlds;

namespace LeadPlatform.Api.Tests;

/// <summary>
/// Adoption facts reach the team, organisation and consultancy in the background, in paced sends. A test that reads
/// figures once, or keeps them to compare, first waits here until the facts it made have all arrived.
/// </summary>
internal static class ArrivedAdoption
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The <c>adoption { fields }</c> of <c>owner(id)</c> (<c>organisation</c> or <c>consultancy</c>), read until
    /// <paramref name="arrived"/> holds or <see cref="Patience"/> has passed; the assertions that follow report a miss.
    /// </summary>
    public static async Task<JsonElement> Of(GraphCall graph, string key, string owner, string id, string fields, Func<JsonElement, bool> arrived)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var figures = (await graph($"query($id:ID!){{ {owner}(id:$id){{ adoption {{ {fields} }} }} }}", new { id }, key)).Ok().At(owner, "adoption");
            if (arrived(figures) || DateTime.UtcNow > deadline) return figures;
            await Task.Delay(50);
        }
    }

    /// <summary>The number of assessments in <c>developmentLevels { count }</c>.</summary>
    public static long Assessments(JsonElement figures) =>
        figures.GetProperty("developmentLevels").EnumerateArray().Sum(l => l.GetProperty("count").GetInt64());
}
