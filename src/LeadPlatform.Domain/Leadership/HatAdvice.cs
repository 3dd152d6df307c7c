using Orleans;

namespace LeadPlatform.Domain.Leadership;

/// <summary>Which hat a style calls for; Delegating asks the manager to step aside.</summary>
[GenerateSerializer, Alias("leadplatform.HatAdvice")]
public enum HatAdvice { Manager, Both, Coach, StepAside }
