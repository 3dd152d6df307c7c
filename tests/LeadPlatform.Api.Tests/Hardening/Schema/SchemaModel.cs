using System.Text.Json;

namespace LeadPlatform.Api.Tests.Hardening.Schema;

/// <summary>
/// The live schema as the host introspects it (Development has introspection on): every type, field, argument
/// and enum value. The fuzzer and the tenant-isolation sweep generate their operations from it, so a field
/// added to the schema is exercised without anyone listing it.
/// </summary>
public sealed class SchemaModel
{
    // Introspection is priced like any query, and its price grows with the schema (GraphQL.NET weighs __schema.types
    // and __Type.fields by what the schema holds): one request for everything crossed the gateway's MaxComplexity once
    // programmes were added, so fields and the rest come in two requests, merged by type name.
    private const string FieldsQuery = """
        query {
          __schema {
            queryType { name }
            mutationType { name }
            types { kind name fields(includeDeprecated: true) { name args { name defaultValue type { ...T } } type { ...T } } }
          }
        }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private const string InputsQuery = """
        query {
          __schema { types { name inputFields { name defaultValue type { ...T } } enumValues(includeDeprecated: true) { name } } }
        }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private SchemaModel(Dictionary<string, SchemaType> types, string queryType, string? mutationType)
    {
        Types = types;
        QueryType = queryType;
        MutationType = mutationType;
    }

    public IReadOnlyDictionary<string, SchemaType> Types { get; }

    public string QueryType { get; }

    public string? MutationType { get; }

    public SchemaType this[string name] => Types[name];

    /// <summary>The root fields: queries first, then mutations, each with its operation keyword.</summary>
    public IEnumerable<(string Operation, Field Field)> RootFields() =>
        Types[QueryType].Fields.Select(f => ("query", f))
            .Concat(MutationType is null ? [] : Types[MutationType].Fields.Select(f => ("mutation", f)));

    public static async Task<SchemaModel> LoadAsync(TestHost host)
    {
        var fields = (await host.Graph(FieldsQuery)).Ok().At("__schema");
        var inputs = (await host.Graph(InputsQuery)).Ok().At("__schema");
        return Parse(fields, inputs);
    }

    /// <param name="schema">Root types and every type's fields.</param>
    /// <param name="inputs">Every type's input fields and enum values.</param>
    public static SchemaModel Parse(JsonElement schema, JsonElement inputs)
    {
        var rest = inputs.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        var types = new Dictionary<string, SchemaType>();
        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            var more = rest[name];
            types[name] = new SchemaType(
                name,
                type.GetProperty("kind").GetString()!,
                Array(type, "fields").Select(f => new Field(f.GetProperty("name").GetString()!,
                    Array(f, "args").Select(ParseArgument).ToArray(), ParseRef(f.GetProperty("type")))).ToArray(),
                Array(more, "enumValues").Select(v => v.GetProperty("name").GetString()!).ToArray(),
                Array(more, "inputFields").Select(ParseArgument).ToArray());
        }
        var mutation = schema.GetProperty("mutationType");
        return new SchemaModel(types, schema.GetProperty("queryType").GetProperty("name").GetString()!,
            mutation.ValueKind == JsonValueKind.Null ? null : mutation.GetProperty("name").GetString());
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static Argument ParseArgument(JsonElement argument) => new(
        argument.GetProperty("name").GetString()!,
        ParseRef(argument.GetProperty("type")),
        argument.TryGetProperty("defaultValue", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null);

    private static TypeRef ParseRef(JsonElement type) => new(
        type.GetProperty("kind").GetString()!,
        type.GetProperty("name").ValueKind == JsonValueKind.String ? type.GetProperty("name").GetString() : null,
        type.TryGetProperty("ofType", out var of) && of.ValueKind == JsonValueKind.Object ? ParseRef(of) : null);
}

public sealed record SchemaType(string Name, string Kind, IReadOnlyList<Field> Fields, IReadOnlyList<string> EnumValues, IReadOnlyList<Argument> InputFields)
{
    public bool IsObject => Kind is "OBJECT" or "INTERFACE";

    public bool IsLeaf => Kind is "SCALAR" or "ENUM";
}

public sealed record Field(string Name, IReadOnlyList<Argument> Args, TypeRef Type);

public sealed record Argument(string Name, TypeRef Type, string? DefaultValue)
{
    public bool IsRequired => Type.Kind == "NON_NULL" && DefaultValue is null;
}

/// <summary>A type reference: NON_NULL and LIST wrappers around a named type.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public string NamedType => Name ?? OfType!.NamedType;

    public bool IsList => Kind == "LIST" || (Kind == "NON_NULL" && OfType!.IsList);

    /// <summary>The type as a variable definition writes it, e.g. <c>[ID!]!</c>.</summary>
    public string ToGraphQL() => Kind switch
    {
        "NON_NULL" => OfType!.ToGraphQL() + "!",
        "LIST" => "[" + OfType!.ToGraphQL() + "]",
        _ => Name!,
    };

    /// <summary>The same type without its outer NON_NULL.</summary>
    public TypeRef Nullable => Kind == "NON_NULL" ? OfType! : this;
}
