using Orleans;

namespace LeadPlatform.Domain.Leadership;

/// <summary>SLII leadership style S1..S4 that matches a development level.</summary>
[GenerateSerializer, Alias("leadplatform.LeadershipStyle")]
public enum LeadershipStyle { Directing, Coaching, Supporting, Delegating }
