using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Coaching.Feedback;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Abstractions.Model;

/// <summary>
/// One GROW conversation of a manager with an employee, with its feedback computed by the domain.
/// The gateway shows goal, notes, questions and feedback only to those two people.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.CoachingSessionInfo")]
public sealed record CoachingSessionInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string ManagerId,
    [property: Id(2)] string EmployeeId,
    [property: Id(3)] string Goal,
    [property: Id(4)] Language Language,
    [property: Id(5)] GrowStage Stage,
    [property: Id(6)] DateTimeOffset StartedAt,
    [property: Id(7)] DateTimeOffset? CompletedAt,
    [property: Id(8)] StageNote[] Notes,
    [property: Id(9)] RecordedQuestion[] Questions,
    [property: Id(10)] ActionItem[] Actions,
    [property: Id(11)] SessionFeedback Feedback);
