namespace LeadPlatform.Domain.Onboarding;

/// <summary>A row that was skipped, with the 1-based line it starts on and why.</summary>
public sealed record StructureRowError(int Line, string Message);
