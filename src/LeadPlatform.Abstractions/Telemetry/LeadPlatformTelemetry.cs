using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LeadPlatform.Abstractions.Telemetry;

/// <summary>
/// The one <see cref="Meter"/> and <see cref="ActivitySource"/> named <c>LeadPlatform</c>, with the
/// instruments of DESIGN.md §4. Attributes are bounded (kind, hat, style, crisis); never a person id.
/// The tenant is added only when <see cref="IncludeTenant"/> is switched on (small installations).
/// </summary>
public static class LeadPlatformTelemetry
{
    public const string Name = "LeadPlatform";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> SessionsStarted =
        Meter.CreateCounter<long>("leadplatform.coaching.sessions.started", "{session}", "GROW coaching sessions started.");

    public static readonly Counter<long> SessionsCompleted =
        Meter.CreateCounter<long>("leadplatform.coaching.sessions.completed", "{session}", "GROW coaching sessions completed.");

    public static readonly Histogram<double> SessionDuration =
        Meter.CreateHistogram<double>("leadplatform.coaching.session.duration", "s", "Time from the start of a coaching session to its completion.");

    public static readonly Counter<long> Questions =
        Meter.CreateCounter<long>("leadplatform.coaching.questions", "{question}", "Questions managers asked in coaching sessions, by kind (open|closed).");

    public static readonly Counter<long> ActionsCreated =
        Meter.CreateCounter<long>("leadplatform.coaching.actions.created", "{action}", "Action items agreed in the WILL stage.");

    public static readonly Counter<long> ActionsCompleted =
        Meter.CreateCounter<long>("leadplatform.coaching.actions.completed", "{action}", "Action items completed.");

    public static readonly Counter<long> Interactions =
        Meter.CreateCounter<long>("leadplatform.leadership.interactions", "{interaction}", "Manager-employee interactions, by hat (manager|coach) and fit.");

    public static readonly Counter<long> StyleRecommendations =
        Meter.CreateCounter<long>("leadplatform.style.recommendations", "{recommendation}", "Situational-leadership recommendations given, by style and crisis.");

    /// <summary>Adds the tenant as an attribute; off by default because it multiplies time series per customer.</summary>
    public static bool IncludeTenant { get; set; }

    /// <summary>Attribute list with the tenant appended when switched on.</summary>
    public static TagList Tags(string? tenantId, params KeyValuePair<string, object?>[] tags)
    {
        var list = new TagList(tags);
        if (IncludeTenant && tenantId is not null) list.Add("tenant", tenantId);
        return list;
    }

    /// <summary>Counts one recommendation given, wherever it is given (a query, an assessment).</summary>
    public static void RecordRecommendation(Domain.Leadership.LeadershipStyle style, bool crisis, string? tenantId) =>
        StyleRecommendations.Add(1, Tags(tenantId, Tag("style", style.ToString().ToLowerInvariant()), Tag("crisis", crisis)));

    public static KeyValuePair<string, object?> Tag(string key, object? value) => new(key, value);
}
