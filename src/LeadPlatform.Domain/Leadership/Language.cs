using Orleans;

namespace LeadPlatform.Domain.Leadership;

/// <summary>Languages the coaching texts are written in.</summary>
[GenerateSerializer, Alias("leadplatform.Language")]
public enum Language { Nl, En }
