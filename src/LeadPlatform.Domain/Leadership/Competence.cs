using Orleans;

namespace LeadPlatform.Domain.Leadership;

/// <summary>How well an employee can do one specific task.</summary>
[GenerateSerializer, Alias("leadplatform.Competence")]
public enum Competence { Low, Some, High }
