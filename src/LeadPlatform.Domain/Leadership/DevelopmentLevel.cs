using Orleans;

namespace LeadPlatform.Domain.Leadership;

/// <summary>SLII development level for one task: D1 enthusiastic beginner … D4 self-reliant achiever.</summary>
[GenerateSerializer, Alias("leadplatform.DevelopmentLevel")]
public enum DevelopmentLevel { D1, D2, D3, D4 }
