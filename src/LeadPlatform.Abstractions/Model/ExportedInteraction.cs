namespace LeadPlatform.Abstractions.Model;

/// <summary>An interaction a manager logged about the employee, with that manager: a former team's too, after a move.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.ExportedInteraction")]
public sealed record ExportedInteraction(
    [property: Id(0)] string ManagerId,
    [property: Id(1)] LoggedInteraction Logged);
