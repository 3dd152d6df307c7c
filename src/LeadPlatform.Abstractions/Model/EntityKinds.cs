namespace LeadPlatform.Abstractions.Model;

/// <summary>Id prefixes: they make ids readable and let a key say what it names before any grain is called.</summary>
public static class EntityKinds
{
    public const string Consultancy = "cons";
    public const string Organisation = "org";
    public const string Team = "team";
    public const string Manager = "mgr";
    public const string Employee = "emp";
    public const string CoachingSession = "sess";
    public const string TeamSession = "tsess";
    public const string Programme = "prog";

    /// <summary>Not grains: ids of items inside a grain (see <see cref="CoachingIds"/>).</summary>
    public const string Action = "act";
    public const string Interaction = "int";
    public const string Idea = "idea";

    /// <summary>Kinds of the ids an idempotency key derives for items that have no id of their own (their <c>RequestId</c>).</summary>
    public const string Assessment = "asmt";
    public const string Question = "quest";
    public const string PulseReading = "pulse";
    public const string Note = "note";
}
