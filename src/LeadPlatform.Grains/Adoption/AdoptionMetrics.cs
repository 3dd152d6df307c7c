using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Domain.Leadership;
using static LeadPlatform.Abstractions.Telemetry.LeadPlatformTelemetry;

namespace LeadPlatform.Grains.Adoption;

/// <summary>
/// Moves the OpenTelemetry instruments for a coaching fact. Called where facts are counted once
/// (the manager's adoption grain), so a redelivered fact does not inflate the metrics either.
/// </summary>
internal static class AdoptionMetrics
{
    public static void Record(AdoptionEvent fact, string tenantId)
    {
        switch (fact.Kind)
        {
            case AdoptionEventKind.SessionStarted:
                SessionsStarted.Add(1, Tags(tenantId));
                break;
            case AdoptionEventKind.SessionCompleted:
                SessionsCompleted.Add(1, Tags(tenantId));
                if (fact.DurationSeconds is { } seconds) SessionDuration.Record(seconds, Tags(tenantId));
                break;
            case AdoptionEventKind.QuestionOpen or AdoptionEventKind.QuestionClosed:
                Questions.Add(1, Tags(tenantId, Tag("kind", fact.Kind == AdoptionEventKind.QuestionOpen ? "open" : "closed")));
                break;
            case AdoptionEventKind.ActionCreated:
                ActionsCreated.Add(1, Tags(tenantId));
                break;
            case AdoptionEventKind.ActionCompleted:
                ActionsCompleted.Add(1, Tags(tenantId));
                break;
            case AdoptionEventKind.Interaction when fact.Hat is { } hat:
                Interactions.Add(1, Tags(tenantId, Tag("hat", hat == Hat.Coach ? "coach" : "manager"),
                    Tag("fit", fact.StyleFit switch { true => "yes", false => "no", null => "unknown" })));
                break;
            case AdoptionEventKind.Assessment when fact.Style is { } style:
                RecordRecommendation(style, crisis: false, tenantId);
                break;
        }
    }
}
