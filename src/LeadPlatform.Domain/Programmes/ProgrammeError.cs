namespace LeadPlatform.Domain.Programmes;

/// <summary>Why a programme was refused: the input field at fault and what is wrong with it.</summary>
public sealed record ProgrammeError(string Field, string Problem);
