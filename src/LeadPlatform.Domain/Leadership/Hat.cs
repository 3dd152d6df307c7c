using Orleans;

namespace LeadPlatform.Domain.Leadership;

/// <summary>The hat a manager wears in one interaction: directive manager or asking/listening coach.</summary>
[GenerateSerializer, Alias("leadplatform.Hat")]
public enum Hat { Manager, Coach }
