namespace LeadPlatform.Domain.Leadership;

/// <summary>The outcome of the situational-leadership table for one task.</summary>
public sealed record StyleAdvice(
    DevelopmentLevel DevelopmentLevel,
    LeadershipStyle Style,
    bool Directive,
    bool Supportive,
    HatAdvice Hat,
    bool CrisisOverride,
    string Rationale);
