using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadPlatform.Api.Tests.Hardening.Schema;
using LeadPlatform.Api.Tests.Hardening.Worlds;

namespace LeadPlatform.Api.Tests.Hardening.Fuzzing;

/// <summary>One generated request: the bytes, who sends it, and what was done to it (for a failure message).</summary>
public sealed record FuzzRequest(int Index, string Role, string? Authorization, byte[] Body, string ContentType, string Document,
    IReadOnlyList<string> Mutations)
{
    /// <summary>Could the request change data, if the host accepted it? (a mutation keyword anywhere in what is sent)</summary>
    public bool MayWrite => Encoding.UTF8.GetString(Body).Contains("mutation", StringComparison.Ordinal);

    public string Describe() =>
        $"#{Index} as {Role} [{string.Join(", ", Mutations)}]: {Preview(Encoding.UTF8.GetString(Body), 700)}";

    public static string Preview(string text, int length) => text.Length <= length ? text : text[..length] + $"… ({text.Length} chars)";
}

/// <summary>
/// Generates GraphQL requests from the schema and mutates them: a valid operation for a random root field
/// (arguments as variables with valid values and ids of both tenants, a random selection set), then zero to
/// three mutations: wrong types, nulls, unicode, huge numbers, long strings, unknown fields and arguments,
/// deep nesting, alias bombs, corrupted documents, fragments and cycles, directives, broken envelopes and
/// bodies, bad keys. Seeded: the same seed gives the same requests.
/// </summary>
public sealed class RequestFuzzer
{
    private const string RawMarker = "__raw__";

    private static readonly JsonSerializerOptions Escaped = new() { MaxDepth = 10_000 };
    private static readonly JsonSerializerOptions Relaxed = new() { MaxDepth = 10_000, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Unicode =
    [
        "💥🚀🧨", "Zoë Ærøskøbing", "\u202Egnp.exe", "a\u200Db\u200Bc\uFEFF", "e" + string.Concat(Enumerable.Repeat("\u0301", 500)),
        "\u0000\u0001\u001F", "日本語のテキスト", "مرحبا بالعالم", "𝕳𝖊𝖑𝖑𝖔", "\uD800", "\uDFFF\uD800", "\t\r\n ", "'; DROP TABLE grain_state; --",
        "<script>alert(1)</script>", "../../etc/passwd", "%s%s%s%n", "${jndi:ldap://x}", "{{7*7}}", "\\u0000", "null", "undefined",
    ];

    private static readonly string[] RawNumbers =
    [
        "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "1e308", "-1e308", "1e999", "-1e999", "1e-999",
        "123456789012345678901234567890", "0.000000000000000000000000001", "-0", "3.0", "1E2", "4.9e-324",
    ];

    private static readonly string[] BadIds =
    [
        "", " ", "org-", "org-a/", "/emp-x", "org-a/emp-b/c", "ORG-A/EMP-B", "org_a/emp_b", "org-a//emp-b", "org-a/emp-b ", "platform",
        "key-", "lp.key-x.y", "cons-x/org-y", "org-a/act-b", "org-a/act-b-c-d", "org-a/sess-", new string('a', 3000), "org-\u00e9/emp-x", "*", "%", "null",
    ];

    private readonly Random random;
    private readonly SchemaModel schema;
    private readonly OperationBuilder builder;
    private readonly (string Operation, Field Field)[] roots;
    private readonly SideIds victim;
    private readonly Func<string, string> keyOf;
    private SideIds own;

    public RequestFuzzer(SchemaModel schema, SideIds own, SideIds victim, int seed)
    {
        this.schema = schema;
        this.own = own;
        this.victim = victim;
        keyOf = role => this.own.KeyOf(role);
        random = new Random(seed);
        builder = new OperationBuilder(schema);
        roots = schema.RootFields().ToArray();
    }

    /// <summary>Switches the tenant the fuzzer acts as (so its data stays small).</summary>
    public void UseOwnSide(SideIds side) => own = side;

    public FuzzRequest Next(int index)
    {
        var role = SideIds.Roles[random.Next(SideIds.Roles.Length)];
        var (operation, field) = roots[random.Next(roots.Length)];
        var generated = builder.Build(operation, field, site => Value(site, role), maxDepth: random.Next(0, 4), random);
        var state = new State(generated, role, keyOf(role)) { RawUnicode = random.Next(2) == 0 };

        var mutations = random.Next(10) switch { < 2 => 0, < 6 => 1, < 9 => 2, _ => 3 };
        for (var i = 0; i < mutations && state.RawBody is null; i++)
        {
            var (name, apply) = Operators[random.Next(Operators.Length)];
            state.Mutations.Add(name);
            apply(this, state);
        }
        var body = state.RawBody ?? Encoding.UTF8.GetBytes(state.Envelope());
        return new FuzzRequest(index, role, state.Authorization, body, state.ContentType, state.Document, state.Mutations);
    }

    /// <summary>A valid value for an argument; ids of the caller's own tenant, of the other tenant, of the wrong kind, or malformed.</summary>
    private object? Value(ArgumentSite site, string role)
    {
        if (!site.Argument.IsRequired && random.Next(3) == 0) return OperationBuilder.Omit;
        return SampleValues.For(schema, site, s => Id(s, role));
    }

    private string Id(ArgumentSite site, string role)
    {
        string[] kinds;
        try
        {
            kinds = IdKinds.Of(site.ParentType, site.Field, site.Argument);
        }
        catch (InvalidOperationException)
        {
            kinds = [IdKinds.Employee];
        }
        var kind = kinds[random.Next(kinds.Length)];
        // The platform admin may change any tenant; it is sent only the fuzzer's own ids so the other tenant stays untouched.
        var other = role == "PLATFORM_ADMIN" ? own : victim;
        return random.Next(20) switch
        {
            < 9 => own.OfKind(kind),
            < 14 => other.OfKind(kind),
            < 17 => (random.Next(2) == 0 ? own : other).OfKind(AnyKind()),
            _ => BadIds[random.Next(BadIds.Length)],
        };
    }

    private string AnyKind() => new[]
    {
        IdKinds.Consultancy, IdKinds.Organisation, IdKinds.Team, IdKinds.Manager, IdKinds.Employee, IdKinds.Session, IdKinds.Action,
        IdKinds.TeamSession, IdKinds.Key, IdKinds.Programme,
    }[random.Next(10)];

    private sealed class State(GeneratedOperation generated, string role, string key)
    {
        public string Document { get; set; } = generated.Document;
        public JsonObject Variables { get; set; } = (JsonObject)JsonSerializer.SerializeToNode(generated.Variables)!;
        public GeneratedOperation Generated { get; } = generated;
        public string Role { get; } = role;
        public string? Authorization { get; set; } = "Bearer " + key;
        public string ContentType { get; set; } = "application/json";
        public JsonObject Extra { get; } = [];
        public JsonNode? VariablesOverride { get; set; }
        public bool DropVariables { get; set; }
        public JsonNode? QueryOverride { get; set; }
        public string? OperationName { get; set; }
        public Dictionary<string, string> Raw { get; } = [];
        public byte[]? RawBody { get; set; }
        public List<string> Mutations { get; } = [];

        /// <summary>Non-ASCII text as UTF-8 bytes rather than \u escapes.</summary>
        public bool RawUnicode { get; set; }

        /// <summary>The operation's root selection (what is between the outer braces).</summary>
        public string Body
        {
            get
            {
                var start = Document.IndexOf('{');
                var end = Document.LastIndexOf('}');
                return start >= 0 && end > start ? Document[(start + 1)..end].Trim() : Document;
            }
        }

        public string Head
        {
            get
            {
                var start = Document.IndexOf('{');
                return start >= 0 ? Document[..start].Trim() : "";
            }
        }

        public string Envelope()
        {
            var envelope = new JsonObject { ["query"] = QueryOverride?.DeepClone() ?? JsonValue.Create(Document) };
            if (!DropVariables) envelope["variables"] = VariablesOverride?.DeepClone() ?? Variables.DeepClone();
            if (OperationName is not null) envelope["operationName"] = OperationName;
            foreach (var (name, value) in Extra) envelope[name] = value?.DeepClone();
            var text = envelope.ToJsonString(RawUnicode ? Relaxed : Escaped);
            foreach (var (marker, raw) in Raw) text = text.Replace($"\"{marker}\"", raw, StringComparison.Ordinal);
            return text;
        }
    }

    private string? AnyVariable(State state) =>
        state.Variables.Count == 0 ? null : state.Variables.ElementAt(random.Next(state.Variables.Count)).Key;

    private JsonNode? RandomJson(int depth = 0) => random.Next(depth > 2 ? 6 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(-1000, 1000)),
        2 => JsonValue.Create(random.NextDouble() * 1e6),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => JsonValue.Create(Unicode[random.Next(Unicode.Length)]),
        5 => JsonValue.Create(BadIds[random.Next(BadIds.Length)]),
        6 => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(depth + 1)).ToArray()),
        7 => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(i => KeyValuePair.Create("k" + i, RandomJson(depth + 1)))),
        _ => JsonValue.Create(long.MaxValue),
    };

    private string RawNumber(State state)
    {
        var marker = RawMarker + state.Raw.Count;
        state.Raw[marker] = RawNumbers[random.Next(RawNumbers.Length)];
        return marker;
    }

    /// <summary>Where the root field's name ends in the document (its arguments, if any, start there).</summary>
    private int RootFieldEnd(State state)
    {
        var brace = state.Document.IndexOf('{');
        var at = brace < 0 ? -1 : state.Document.IndexOf(state.Generated.RootField, brace, StringComparison.Ordinal);
        return at < 0 ? 0 : at + state.Generated.RootField.Length;
    }

    private static JsonNode Nest(int depth, bool arrays)
    {
        JsonNode node = JsonValue.Create("x");
        for (var i = 0; i < depth; i++) node = arrays ? new JsonArray(node) : new JsonObject { ["n"] = node };
        return node;
    }

    /// <summary>A selection that walks object fields down to <paramref name="depth"/> levels (team → organisation → teams → …).</summary>
    private string DeepSelection(string typeName, int depth)
    {
        var text = new StringBuilder();
        var closes = 0;
        for (var i = 0; i < depth; i++)
        {
            var objects = schema[typeName].Fields.Where(f => f.Args.All(a => !a.IsRequired) && schema[f.Type.NamedType].IsObject).ToArray();
            if (objects.Length == 0) break;
            var next = objects[random.Next(objects.Length)];
            text.Append(next.Name).Append(" { ");
            closes++;
            typeName = next.Type.NamedType;
        }
        text.Append("__typename");
        for (var i = 0; i < closes; i++) text.Append(" }");
        return text.ToString();
    }

    private static readonly (string Name, Action<RequestFuzzer, State> Apply)[] Operators =
    [
        ("variable-type", (f, s) =>
        {
            if (f.AnyVariable(s) is { } name) s.Variables[name] = f.RandomJson();
        }),
        ("variable-null", (f, s) =>
        {
            if (f.AnyVariable(s) is { } name) s.Variables[name] = null;
        }),
        ("unicode", (f, s) =>
        {
            var text = Unicode[f.random.Next(Unicode.Length)];
            if (f.AnyVariable(s) is { } name && f.random.Next(3) > 0) s.Variables[name] = text;
            else s.Document = s.Document.Insert(f.random.Next(s.Document.Length), text);
        }),
        ("huge-number", (f, s) =>
        {
            if (f.AnyVariable(s) is { } name && f.random.Next(2) == 0) s.Variables[name] = f.RawNumber(s);
            else if (f.RootFieldEnd(s) is var at && at < s.Document.Length && s.Document[at] == '(')
                s.Document = s.Document.Insert(at + 1, $"energy: {RawNumbers[f.random.Next(RawNumbers.Length)]}, ");
        }),
        ("long-string", (f, s) =>
        {
            var length = new[] { 2001, 10_000, 100_000, 300_000, 1_100_000 }[f.random.Next(5)];
            var text = new string("aé💥 "[f.random.Next(4)], length);
            if (f.AnyVariable(s) is { } name) s.Variables[name] = text;
            else s.Extra["padding"] = text;
        }),
        ("unknown-field", (f, s) =>
        {
            switch (f.random.Next(5))
            {
                case 0:
                    var brace = s.Document.LastIndexOf('{');
                    s.Document = s.Document.Insert(brace + 1, " notAField_" + f.random.Next(100) + " ");
                    break;
                case 1:
                    var at = f.RootFieldEnd(s);
                    s.Document = at < s.Document.Length && s.Document[at] == '('
                        ? s.Document.Insert(at + 1, "bogus: \"x\", ")
                        : s.Document.Insert(at, "(bogus: 1)");
                    break;
                case 2:
                    s.Extra["qurey"] = "{ me { role } }";
                    break;
                case 3:
                    s.Variables["undeclared"] = f.RandomJson();
                    break;
                default:
                    if (f.AnyVariable(s) is { } name) s.Variables[name] = new JsonObject { ["unknownInputField"] = 1 };
                    break;
            }
        }),
        ("deep-nesting", (f, s) =>
        {
            switch (f.random.Next(3))
            {
                case 0:
                    var root = new[] { "team(id: \"org-x/team-y\")", "organisation(id: \"org-x\")", "employee(id: \"org-x/emp-y\")", "manager(id: \"org-x/mgr-y\")" }[f.random.Next(4)];
                    var type = root.Split('(')[0] switch { "team" => "Team", "organisation" => "Organisation", "employee" => "Employee", _ => "Manager" };
                    s.Document = $"query {{ {root} {{ {f.DeepSelection(type, f.random.Next(8, 80))} }} }}";
                    s.Variables = [];
                    break;
                case 1:
                    if (f.AnyVariable(s) is { } name) s.Variables[name] = Nest(f.random.Next(10, 2000), f.random.Next(2) == 0);
                    break;
                default:
                    var depth = f.random.Next(10, 3000);
                    s.Document = "query { analyseQuestion(text: " + new string('[', depth) + "\"x\"" + new string(']', depth) + ") { kind } }";
                    break;
            }
        }),
        ("alias-bomb", (f, s) =>
        {
            var body = s.Body;
            // Bounded so a bomb of a bomb stays a request of a few MB at most.
            var count = Math.Min(f.random.Next(20, 700), 2_000_000 / Math.Max(1, body.Length));
            s.Document = $"{s.Head} {{ {string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: {body}"))} }}";
        }),
        ("corrupt", (f, s) =>
        {
            var chars = new StringBuilder(s.Document);
            for (var k = f.random.Next(1, 6); k > 0 && chars.Length > 0; k--)
            {
                var at = f.random.Next(chars.Length);
                switch (f.random.Next(3))
                {
                    case 0: chars[at] = "{}()[]:$!@\"\\#.,=|&"[f.random.Next(18)]; break;
                    case 1: chars.Remove(at, 1); break;
                    default: chars.Insert(at, "{}()[]:$!@\"\\#.,=|&"[f.random.Next(18)]); break;
                }
            }
            s.Document = f.random.Next(5) == 0 ? chars.ToString()[..f.random.Next(chars.Length)] : chars.ToString();
        }),
        ("directive", (f, s) =>
        {
            var directive = new[] { "@skip(if: true)", "@include(if: false)", "@skip(if: \"yes\")", "@include(if: $undeclared)", "@unknown", "@deprecated", "@skip", "@skip(if: true) @skip(if: false)" }[f.random.Next(8)];
            var at = f.RootFieldEnd(s);
            if (at < s.Document.Length && s.Document[at] == '(') at = s.Document.IndexOf(')', at) + 1;
            s.Document = s.Document.Insert(Math.Max(0, at), " " + directive + " ");
        }),
        ("fragment", (f, s) =>
        {
            var root = s.Generated.Operation == "mutation" ? "Mutation" : "Query";
            s.Document = f.random.Next(4) switch
            {
                0 => $"{s.Head} {{ ...F }} fragment F on {root} {{ {s.Body} }}",
                1 => $"{s.Head} {{ ...F }} fragment F on {root} {{ ...G }} fragment G on {root} {{ ...F }}",
                2 => $"{s.Head} {{ ...F }} fragment F on Team {{ {s.Body} }}",
                _ => $"{s.Head} {{ {s.Body} }} fragment Unused on {root} {{ __typename }}",
            };
        }),
        ("operations", (f, s) =>
        {
            switch (f.random.Next(4))
            {
                case 0: s.Document = s.Document + " " + s.Document; break;
                case 1:
                    if (s.Head.Length > 0) s.Document = s.Document.Replace(s.Head, s.Head.Replace(s.Generated.Operation, s.Generated.Operation + " Named"), StringComparison.Ordinal);
                    s.OperationName = "Other";
                    break;
                case 2: s.Document = "subscription { me { role } }"; break;
                default: s.Document = "query A { me { role } } query A { me { tenantId } }"; s.OperationName = "A"; break;
            }
        }),
        ("variable-definition", (f, s) =>
        {
            var start = s.Document.IndexOf('(');
            var end = start < 0 ? -1 : s.Document.IndexOf(')', start);
            if (start < 0 || end < 0 || s.Document[..start].Contains('{')) { s.Document = s.Document.Insert(s.Generated.Operation.Length, "($x: Int = \"no\")"); return; }
            var definitions = s.Document[(start + 1)..end];
            s.Document = f.random.Next(4) switch
            {
                0 => s.Document.Remove(start, end - start + 1),
                1 => s.Document.Remove(start + 1, end - start - 1).Insert(start + 1, definitions.Replace("ID", "Int").Replace("String", "Boolean")),
                2 => s.Document.Insert(end, ", " + definitions),
                _ => s.Document.Insert(end, ", $extra: [[[ID!]!]!]! = null"),
            };
        }),
        ("envelope", (f, s) =>
        {
            switch (f.random.Next(7))
            {
                case 0: s.VariablesOverride = JsonValue.Create("not an object"); break;
                case 1: s.VariablesOverride = new JsonArray(1, 2, 3); break;
                case 2: s.QueryOverride = new JsonObject { ["query"] = "{ me { role } }" }; break;
                case 3: s.QueryOverride = JsonValue.Create(42); break;
                case 4: s.Extra["operationName"] = 7; break;
                case 5: s.Extra["extensions"] = f.RandomJson(); break;
                default: s.DropVariables = true; break;
            }
        }),
        ("raw-body", (f, s) =>
        {
            var envelope = Encoding.UTF8.GetBytes(s.Envelope());
            s.RawBody = f.random.Next(8) switch
            {
                0 => envelope[..f.random.Next(envelope.Length)],
                1 => [0xC3, 0x28, 0xFF, 0xFE, .. envelope],
                2 => [0xEF, 0xBB, 0xBF, .. envelope],
                3 => Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)),
                4 => [],
                5 => Encoding.UTF8.GetBytes("null"),
                6 => Encoding.UTF8.GetBytes(new string(' ', 100_000) + s.Envelope()),
                _ => Encoding.UTF8.GetBytes("{\"query\": \"" + new string('\\', 1001) + "\"}"),
            };
        }),
        ("auth", (f, s) =>
        {
            s.Authorization = f.random.Next(8) switch
            {
                0 => null,
                1 => "Bearer",
                2 => "Bearer ",
                3 => "Basic dXNlcjpwYXNz",
                4 => "Bearer lp.key-doesnotexist.c2VjcmV0",
                5 => "Bearer " + new string('k', 10_000),
                6 => "Bearer lp.../..",
                // The scheme in lower case: of a header an earlier step may have cut to "Bearer", what there is.
                _ => "bearer " + (s.Authorization is { Length: > 7 } header ? header[7..] : ""),
            };
        }),
        ("introspection", (f, s) =>
        {
            s.Variables = [];
            s.Document = f.random.Next(3) switch
            {
                0 => "{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } args { name type { name } } } } } }",
                1 => "query($n: String!) { __type(name: $n) { name fields { name } } }",
                _ => "{ __typename a: __typename __schema { queryType { fields { type { fields { type { fields { name } } } } } } } }",
            };
            if (s.Document.Contains("$n")) s.Variables["n"] = f.random.Next(2) == 0 ? "Team" : Unicode[f.random.Next(Unicode.Length)];
        }),
        ("list-input", (f, s) =>
        {
            if (f.AnyVariable(s) is not { } name) return;
            var value = s.Variables[name]?.DeepClone();
            var size = value?.ToJsonString(Escaped).Length ?? 4;
            var count = Math.Min(f.random.Next(2, 5000), Math.Max(2, 2_000_000 / Math.Max(1, size)));
            s.Variables[name] = f.random.Next(2) == 0
                ? new JsonArray(Enumerable.Range(0, count).Select(_ => value?.DeepClone()).ToArray())
                : new JsonArray();
        }),
        ("content-type", (f, s) => s.ContentType = new[] { "text/plain", "application/graphql", "application/x-www-form-urlencoded", "application/json; charset=latin1", "" }[f.random.Next(5)]),
    ];
}
