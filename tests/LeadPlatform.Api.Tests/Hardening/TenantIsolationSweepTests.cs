using System.Text.Json;
using LeadPlatform.Api.Tests.Hardening.Schema;
using LeadPlatform.Api.Tests.Hardening.Worlds;
using LeadPlatform.Api.Tests.Security;
using Xunit.Abstractions;

namespace LeadPlatform.Api.Tests.Hardening;

/// <summary>Two tenants (<see cref="TenantWorld"/> A and B, on a host of their own) with an entity of every id kind, and the live schema.</summary>
public sealed class SweepWorld : IAsyncLifetime
{
    public TenantWorld World { get; } = new();
    public SideIds A { get; private set; } = null!;
    public SideIds B { get; private set; } = null!;
    public SchemaModel Schema { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await World.InitializeAsync();
        A = await SideIds.Complete(World, World.A);
        B = await SideIds.Complete(World, World.B);
        Schema = await SchemaModel.LoadAsync(World.Host);
    }

    public Task DisposeAsync() => World.DisposeAsync();
}

/// <summary>
/// Tenant isolation, generated from the schema itself: every Query and Mutation field, and every field of an
/// object type, that takes an ID argument is called by every role of tenant A with tenant B's ids (mapped by
/// id kind), one argument at a time and all at once. Every call is refused (FORBIDDEN, NOT_FOUND, or
/// BAD_USER_INPUT naming an id argument), and no answer holds any of B's ids. Nothing is listed by hand: a new
/// field with an id argument is swept automatically, and one whose id kind cannot be told fails the test.
/// </summary>
public sealed class TenantIsolationSweepTests(SweepWorld fixture, ITestOutputHelper output) : IClassFixture<SweepWorld>
{
    private static readonly HashSet<string> Refusals = ["FORBIDDEN", "NOT_FOUND"];

    /// <summary>A field of the schema that takes at least one ID argument, and how to reach it from a root type.</summary>
    private sealed record IdField(string Operation, IReadOnlyList<PathStep> Path)
    {
        public PathStep Target => Path[^1];
        public string Name => $"{Target.ParentType}.{Target.Field.Name}";
        public Argument[] IdArguments => Target.Field.Args.Where(IdKinds.IsIdArgument).ToArray();
    }

    [Fact]
    public async Task Every_id_argument_refuses_another_tenants_ids_for_every_role()
    {
        var schema = fixture.Schema;
        var fields = IdFields(schema).ToList();
        Assert.True(fields.Count >= 20, $"only {fields.Count} id-taking fields found: is introspection working?");
        var builder = new OperationBuilder(schema);
        var bBefore = await TenantSnapshot.Take(fixture.World.Host, fixture.B);
        var failures = new List<string>();
        var calls = 0;

        foreach (var field in fields)
        {
            // Resolve every id argument's kinds first: an id nobody can place fails here, with what to do about it.
            var kinds = field.IdArguments.ToDictionary(a => a.Name, a => IdKinds.Of(field.Target.ParentType, field.Target.Field, a));
            foreach (var combination in ForeignCombinations(field, kinds))
            {
                foreach (var role in SideIds.Roles)
                {
                    // The platform admin reaches every tenant by design; it is swept with mixed own/foreign ids only.
                    if (role == "PLATFORM_ADMIN" && combination.Values.All(c => c.Foreign)) continue;
                    var operation = builder.Build(field.Operation, field.Path, site => Value(site, field, combination), maxDepth: 2);
                    var response = await fixture.World.Host.Graph(operation.Document, operation.Variables, fixture.A.KeyOf(role));
                    calls++;
                    if (Problem(field, operation, combination, response) is { } problem)
                        failures.Add($"{field.Name} as {role} with {Describe(combination)}: {problem}\n  {operation.Document}\n  {response.Raw[..Math.Min(response.Raw.Length, 600)]}");
                }
            }
        }

        var bAfter = await TenantSnapshot.Take(fixture.World.Host, fixture.B);
        output.WriteLine($"{fields.Count} id-taking fields, {calls} foreign calls, {failures.Count} failures");
        output.WriteLine(string.Join("\n", fields.Select(f => f.Name + "(" + string.Join(", ", f.IdArguments.Select(a => a.Name)) + ")")));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(20)));
        Assert.True(bBefore == bAfter, "tenant B changed under calls that were all refused:\n" + TenantSnapshot.Difference(bBefore, bAfter));
    }

    [Fact]
    public async Task Every_id_taking_field_is_usable_with_its_own_tenants_ids()
    {
        // The control: with ids of the caller's own tenant, some role gets past authorisation on every swept field.
        // Without it, a sweep whose sample arguments were all invalid would "pass" by being refused for the wrong reason.
        // Each field gets a fresh tenant, so a destructive field (an erasure, a revocation) cannot disturb the next.
        var schema = fixture.Schema;
        var builder = new OperationBuilder(schema);
        var unusable = new List<string>();
        var n = 0;
        foreach (var field in IdFields(schema))
        {
            var kinds = field.IdArguments.ToDictionary(a => a.Name, a => IdKinds.Of(field.Target.ParentType, field.Target.Field, a));
            var own = await SideIds.Build(fixture.World.Host, $"control {++n}");
            var answers = new List<string>();
            var usable = false;
            foreach (var role in SideIds.Roles)
            {
                var operation = builder.Build(field.Operation, field.Path, site =>
                    IdKinds.IsIdArgument(site.Argument) && site.Field == field.Target.Field && site.Depth == field.Path.Count - 1
                        ? own.OfKind(kinds[site.Argument.Name][0])
                        : SampleOrOwn(schema, site, own), maxDepth: 1);
                var response = await fixture.World.Host.Graph(operation.Document, operation.Variables, own.KeyOf(role));
                var code = TargetError(field, response)?.Code;
                answers.Add($"{role}: {code ?? "ok"}");
                if (code is null or "CONFLICT") usable = true;
            }
            if (!usable) unusable.Add($"{field.Name}: {string.Join(", ", answers)}");
        }
        Assert.True(unusable.Count == 0, "no role could use these fields with its own ids (the sweep's sample arguments may be invalid):\n" + string.Join("\n", unusable));
    }

    [Fact]
    public void An_id_argument_of_an_unknown_kind_fails_the_sweep()
    {
        var field = new Field("archiveWidget", [new Argument("widgetId", new TypeRef("NON_NULL", null, new TypeRef("SCALAR", "ID", null)), null)],
            new TypeRef("SCALAR", "Boolean", null));
        var error = Assert.Throws<InvalidOperationException>(() => IdKinds.Of("Mutation", field, field.Args[0]));
        Assert.Contains("Mutation.archiveWidget(widgetId: ID!)", error.Message);
    }

    /// <summary>Every field with an ID argument: root fields directly, fields of other object types through a path from Query.</summary>
    private static IEnumerable<IdField> IdFields(SchemaModel schema)
    {
        foreach (var (operation, field) in schema.RootFields())
            if (field.Args.Any(IdKinds.IsIdArgument))
                yield return new IdField(operation, [new PathStep(operation == "mutation" ? schema.MutationType! : schema.QueryType, field)]);

        var paths = PathsFromQuery(schema);
        foreach (var type in schema.Types.Values.Where(t => t.IsObject && !t.Name.StartsWith("__", StringComparison.Ordinal)
                     && t.Name != schema.QueryType && t.Name != schema.MutationType))
        {
            foreach (var field in type.Fields.Where(f => f.Args.Any(IdKinds.IsIdArgument)))
            {
                if (!paths.TryGetValue(type.Name, out var path))
                    throw new InvalidOperationException($"{type.Name}.{field.Name} takes an id but {type.Name} cannot be reached from Query: the sweep cannot call it.");
                yield return new IdField("query", [.. path, new PathStep(type.Name, field)]);
            }
        }
    }

    /// <summary>The shortest path from Query to each object type.</summary>
    private static Dictionary<string, List<PathStep>> PathsFromQuery(SchemaModel schema)
    {
        var paths = new Dictionary<string, List<PathStep>>();
        var queue = new Queue<(string Type, List<PathStep> Path)>();
        queue.Enqueue((schema.QueryType, []));
        while (queue.Count > 0)
        {
            var (typeName, path) = queue.Dequeue();
            foreach (var field in schema[typeName].Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)))
            {
                var next = schema[field.Type.NamedType];
                if (!next.IsObject || paths.ContainsKey(next.Name) || next.Name == schema.QueryType) continue;
                var nextPath = new List<PathStep>(path) { new(typeName, field) };
                paths[next.Name] = nextPath;
                queue.Enqueue((next.Name, nextPath));
            }
        }
        return paths;
    }

    private sealed record Choice(string Kind, bool Foreign);

    /// <summary>Each id argument foreign on its own (per kind it may take) with the others own, then all foreign.</summary>
    private static IEnumerable<Dictionary<string, Choice>> ForeignCombinations(IdField field, Dictionary<string, string[]> kinds)
    {
        var names = kinds.Keys.ToArray();
        foreach (var name in names)
            foreach (var kind in kinds[name])
                yield return names.ToDictionary(n => n, n => n == name ? new Choice(kind, true) : new Choice(kinds[n][0], false));
        if (names.Length > 1)
            yield return names.ToDictionary(n => n, n => new Choice(kinds[n][0], true));
    }

    private object? Value(ArgumentSite site, IdField field, Dictionary<string, Choice> combination)
    {
        var isTarget = site.Field == field.Target.Field && site.Depth == field.Path.Count - 1;
        if (isTarget && IdKinds.IsIdArgument(site.Argument))
        {
            var choice = combination[site.Argument.Name];
            var side = choice.Foreign ? fixture.B : fixture.A;
            var id = side.OfKind(choice.Kind);
            return site.Argument.Type.IsList ? new[] { id } : id;
        }
        return SampleOrOwn(fixture.Schema, site, fixture.A);
    }

    /// <summary>Arguments off the swept one: optional ones left out, required ones a valid sample (ids of the caller's own tenant).</summary>
    private static object? SampleOrOwn(SchemaModel schema, ArgumentSite site, SideIds own)
    {
        if (!site.Argument.IsRequired) return OperationBuilder.Omit;
        return SampleValues.For(schema, site, s => own.OfKind(IdKinds.Of(s.ParentType, s.Field, s.Argument)[0]));
    }

    private string? Problem(IdField field, GeneratedOperation operation, Dictionary<string, Choice> combination, GraphResponse response)
    {
        if (response.Status >= 500) return $"HTTP {response.Status}";
        var data = response.Json.TryGetProperty("data", out var d) ? d.GetRawText() : "";
        var leaked = fixture.B.AllIds.Where(id => data.Contains(id, StringComparison.Ordinal)).ToArray();
        if (leaked.Length > 0) return "the answer holds tenant B's ids " + string.Join(", ", leaked);

        var error = TargetError(field, response);
        if (error is null)
        {
            // Below the root, an empty or null answer also refuses: nothing of B's was given out.
            if (field.Path.Count > 1 && TargetValue(field, response) is { } value
                && (value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0))) return null;
            return "not refused";
        }
        if (Refusals.Contains(error.Code ?? "")) return null;
        var idArguments = field.IdArguments.Select(a => a.Name).ToHashSet();
        if (error.Code == "BAD_USER_INPUT" && error.Field is { } named && idArguments.Contains(named)) return null;
        return $"refused with {error.Code}{(error.Field is null ? "" : $" on '{error.Field}'")}, not FORBIDDEN/NOT_FOUND";
    }

    private sealed record TargetFailure(string? Code, string? Field);

    /// <summary>The error on the swept field (or above it, or on the whole document), if any.</summary>
    private static TargetFailure? TargetError(IdField field, GraphResponse response)
    {
        if (!response.HasErrors) return null;
        foreach (var error in response.Json.GetProperty("errors").EnumerateArray())
        {
            var path = error.TryGetProperty("path", out var p) ? p.EnumerateArray().Select(x => x.ToString()).ToArray() : [];
            var names = path.Where(x => !int.TryParse(x, out _)).ToArray();
            // A document error (no path), or an error on the swept field or on one of the fields above it.
            if (names.Length <= field.Path.Count && names.SequenceEqual(field.Path.Take(names.Length).Select(s => s.Field.Name)))
            {
                var extensions = error.TryGetProperty("extensions", out var x) ? x : default;
                return new TargetFailure(
                    extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("code", out var c) ? c.GetString() : null,
                    extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("field", out var f) ? f.GetString() : null);
            }
        }
        return null;
    }

    private static JsonElement? TargetValue(IdField field, GraphResponse response)
    {
        if (!response.Json.TryGetProperty("data", out var value)) return null;
        foreach (var step in field.Path)
        {
            if (value.ValueKind == JsonValueKind.Array) value = value.EnumerateArray().FirstOrDefault();
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(step.Field.Name, out value)) return null;
        }
        return value;
    }

    private static string Describe(Dictionary<string, Choice> combination) =>
        string.Join(", ", combination.Select(c => $"{c.Key}={(c.Value.Foreign ? "B" : "A")}:{c.Value.Kind}"));
}
