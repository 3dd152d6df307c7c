namespace LeadPlatform.Domain.Onboarding;

/// <summary>One good row of an organisation-structure file: a team, and optionally its manager and an employee.</summary>
public sealed record StructureRow(int Line, string Team, string? Manager, string? Employee);
