using System.Text;
using System.Text.Json;

namespace LeadPlatform.Api.Tests.Robustness;

/// <summary>
/// Generated bad input (seeded, so a failure reproduces): malformed JSON, wrong types, huge strings,
/// unicode, deep nesting and alias bombs. The host never answers 5xx and keeps serving.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class FuzzTests(HostFixture fixture)
{
    private static readonly string[] Documents =
    [
        "{ recommendStyle(competence: LOW, commitment: HIGH) { style } }",
        "query($id:ID!){ employee(id:$id){ id name assessments { task } } }",
        "mutation($n:String!){ createOrganisation(name:$n){ id } }",
        "query($t:String!){ analyseQuestion(text:$t){ kind suggestion } }",
        "mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }",
        "query($c:Competence!,$m:Commitment!){ recommendStyle(competence:$c, commitment:$m){ style } }",
    ];

    private static readonly object?[] Values =
    [
        null, "", " ", "LOW", "org-a/emp-b", "💥🚀", "\u0000\u0001", "'; DROP TABLE grains; --", new string('a', 5000), 42, -1, 1e308,
        long.MaxValue, true, new[] { 1, 2 }, new { nested = new { deeper = "x" } }, "../../etc/passwd", "<script>alert(1)</script>",
    ];

    [Fact]
    public async Task Thousand_generated_requests_never_yield_a_5xx()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 1000; i++)
        {
            var (status, body) = await fixture.Host.PostRaw(Mutate(random));
            Assert.True(status is 200 or 400 or 413, $"request {i}: HTTP {status}: {body}");
            Assert.DoesNotContain("   at ", body);
        }
        var alive = await fixture.Host.Graph("{ me { role } }");
        Assert.Equal("PLATFORM_ADMIN", alive.Ok().At("me", "role").GetString());
    }

    private static string Mutate(Random random)
    {
        var document = Documents[random.Next(Documents.Length)];
        var variables = new Dictionary<string, object?>();
        foreach (var name in new[] { "id", "n", "t", "c", "m", "x" })
            if (random.Next(3) > 0) variables[name] = Values[random.Next(Values.Length)];
        var body = JsonSerializer.Serialize(new { query = CorruptDocument(document, random), variables });
        return random.Next(10) switch
        {
            0 => body[..random.Next(body.Length)],                              // truncated JSON
            1 => body.Replace("\"query\"", "\"qurey\""),                        // unknown field
            2 => JsonSerializer.Serialize(new { query = Nested(random.Next(5, 60)) }),
            3 => JsonSerializer.Serialize(new { query = "{" + string.Concat(Enumerable.Range(0, random.Next(50, 400)).Select(k => $" a{k}: me {{ role }}")) + " }" }),
            _ => body,
        };
    }

    private static string CorruptDocument(string document, Random random)
    {
        if (random.Next(4) > 0) return document;
        var chars = new StringBuilder(document);
        for (var k = 0; k < random.Next(1, 4); k++) chars[random.Next(chars.Length)] = "{}()[]:$!@\"\\#"[random.Next(13)];
        return chars.ToString();
    }

    private static string Nested(int depth) =>
        "{ team(id:\"org-a/team-b\") " + string.Concat(Enumerable.Repeat("{ organisation { teams ", depth)) + "{ id }" + string.Concat(Enumerable.Repeat(" } }", depth)) + " }";
}
