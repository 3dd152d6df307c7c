namespace LeadPlatform.Abstractions.Model;

/// <summary>The rows of an onboarding file that belong to one team (by name).</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.ImportTeamRows")]
public sealed record ImportTeamRows(
    [property: Id(0)] string Team,
    [property: Id(1)] ImportMemberRow[] Rows);
