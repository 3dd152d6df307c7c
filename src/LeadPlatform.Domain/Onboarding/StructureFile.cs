namespace LeadPlatform.Domain.Onboarding;

/// <summary>What a structure file holds: the good rows (kept) and the bad ones (reported, skipped).</summary>
public sealed record StructureFile(IReadOnlyList<StructureRow> Rows, IReadOnlyList<StructureRowError> Errors);
