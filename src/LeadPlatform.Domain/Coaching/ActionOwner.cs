using Orleans;

namespace LeadPlatform.Domain.Coaching;

/// <summary>
/// Who carries out an action agreed in WILL. The employee by default: coaching hands the
/// responsibility back; the manager owns only what the employee needs from them.
/// </summary>
[GenerateSerializer, Alias("leadplatform.ActionOwner")]
public enum ActionOwner { Employee, Manager }
