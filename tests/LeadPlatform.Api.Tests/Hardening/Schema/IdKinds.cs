namespace LeadPlatform.Api.Tests.Hardening.Schema;

/// <summary>
/// What kind of entity an ID argument names, read from the schema: <c>id</c> by the type the field returns,
/// <c>xxxId</c> by its name. An ID argument it cannot place is an error, never a guess: a new field whose id
/// nobody can map makes the generated tests fail until the mapping says what it is.
/// </summary>
public static class IdKinds
{
    public const string Consultancy = "cons";
    public const string Organisation = "org";
    public const string Team = "team";
    public const string Manager = "mgr";
    public const string Employee = "emp";
    public const string Session = "sess";
    public const string TeamSession = "tsess";
    public const string Action = "act";
    public const string Key = "key";
    public const string Programme = "prog";

    /// <summary>The id kind of the entity a type is.</summary>
    private static readonly Dictionary<string, string> ByType = new()
    {
        ["Consultancy"] = Consultancy,
        ["Organisation"] = Organisation,
        ["Team"] = Team,
        ["Manager"] = Manager,
        ["Employee"] = Employee,
        ["CoachingSession"] = Session,
        ["TeamSession"] = TeamSession,
        ["ActionItem"] = Action,
        ["ApiKey"] = Key,
        ["Programme"] = Programme,
    };

    /// <summary>The id kinds an argument named <c>{prefix}Id</c> may take. Several kinds: each one is tried.</summary>
    private static readonly Dictionary<string, string[]> ByArgumentPrefix = new(StringComparer.OrdinalIgnoreCase)
    {
        ["consultancy"] = [Consultancy],
        ["organisation"] = [Organisation],
        ["organization"] = [Organisation],
        ["client"] = [Organisation],
        ["team"] = [Team],
        ["manager"] = [Manager],
        ["employee"] = [Employee],
        ["session"] = [Session],
        ["coachingSession"] = [Session],
        ["teamSession"] = [TeamSession],
        ["action"] = [Action],
        ["key"] = [Key],
        ["apiKey"] = [Key],
        ["programme"] = [Programme],
        // The tenant of a key: an organisation or a consultancy.
        ["tenant"] = [Organisation, Consultancy],
        // A person: the manager or an employee.
        ["owner"] = [Employee, Manager],
        ["subject"] = [Employee, Manager],
        ["person"] = [Employee, Manager],
    };

    /// <summary>True for arguments that carry entity ids (the ID scalar, alone or in a list).</summary>
    public static bool IsIdArgument(Argument argument) => argument.Type.NamedType == "ID";

    /// <summary>The kinds an ID argument of <paramref name="field"/> names; throws when it cannot tell.</summary>
    public static string[] Of(string parentType, Field field, Argument argument)
    {
        if (argument.Name == "id")
        {
            if (ByType.TryGetValue(field.Type.NamedType, out var kind)) return [kind];
            throw Unmapped(parentType, field, argument, $"the field returns {field.Type.NamedType}, which has no id kind");
        }
        var name = argument.Name;
        var prefix = name.EndsWith("Ids", StringComparison.Ordinal) ? name[..^3]
            : name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2]
            : null;
        if (prefix is not null && ByArgumentPrefix.TryGetValue(prefix, out var kinds)) return kinds;
        throw Unmapped(parentType, field, argument, $"'{name}' is no known id argument name");
    }

    private static InvalidOperationException Unmapped(string parentType, Field field, Argument argument, string why) =>
        new($"{parentType}.{field.Name}({argument.Name}: {argument.Type.ToGraphQL()}) takes an id, but {why}. " +
            $"Add it to {nameof(IdKinds)} (tests/LeadPlatform.Api.Tests/Hardening/Schema/IdKinds.cs) so the tenant sweep and the fuzzer cover it.");
}
