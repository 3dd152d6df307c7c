using Orleans;

namespace LeadPlatform.Domain.Coaching;

/// <summary>The stages of a GROW coaching conversation, in the only order they may be taken.</summary>
[GenerateSerializer, Alias("leadplatform.GrowStage")]
public enum GrowStage { Goal, Reality, Options, Will, Completed }
