namespace LeadPlatform.Abstractions.Security;

/// <summary>The five roles of DESIGN.md §3; a principal holds exactly one.</summary>
[GenerateSerializer, Alias("leadplatform.Role")]
public enum Role { PlatformAdmin, Consultant, OrgAdmin, Manager, Employee }
