using Orleans;

namespace LeadPlatform.Domain.Leadership;

/// <summary>How motivated and confident an employee is about one specific task.</summary>
[GenerateSerializer, Alias("leadplatform.Commitment")]
public enum Commitment { Low, Variable, High }
