using LeadPlatform.Api.Tests.Processes;

namespace LeadPlatform.Api.Tests.Ide;

/// <summary>
/// Keeps src/LeadPlatform.Api/schema.graphql equal to the live schema, so schema changes show up in review.
/// With UPDATE_SCHEMA=1 the test rewrites the file from the live schema instead of failing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SchemaFileTests(HostFixture fixture)
{
    private const string UpdateVariable = "UPDATE_SCHEMA";

    [Fact]
    public async Task The_checked_in_schema_file_matches_the_live_schema()
    {
        using var client = fixture.Host.CreateClient();
        var live = Normalise(await client.GetStringAsync("/graphql/schema.graphql"));
        var path = RepoPaths.SchemaFile;

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, live);
            return;
        }

        var checkedIn = File.Exists(path) ? Normalise(await File.ReadAllTextAsync(path)) : "";
        if (checkedIn == live) return;
        Assert.Fail($"""
            {Path.GetRelativePath(RepoPaths.Root, path)} differs from the live GraphQL schema ({FirstDifference(checkedIn, live)}).
            If the schema change is intended, rewrite the file and commit it:
              {UpdateVariable}=1 dotnet test tests/LeadPlatform.Api.Tests --filter "FullyQualifiedName~{nameof(SchemaFileTests)}"
            """);
    }

    // Line endings differ between checkouts (core.autocrlf); the file always ends with one newline.
    private static string Normalise(string sdl) => sdl.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var file = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var schema = i < actualLines.Length ? actualLines[i] : "<end of schema>";
            if (file != schema) return $"line {i + 1}: file has '{file}', schema has '{schema}'";
        }
        return "no line differs";
    }
}
