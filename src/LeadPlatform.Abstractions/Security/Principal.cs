namespace LeadPlatform.Abstractions.Security;

/// <summary>
/// Who is calling: a tenant (organisation, consultancy, or <see cref="PlatformTenant"/>), a role and,
/// for managers and employees, the person they are.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.Principal")]
public sealed record Principal(
    [property: Id(0)] string TenantId,
    [property: Id(1)] Role Role,
    [property: Id(2)] string? SubjectId)
{
    /// <summary>The tenant of platform administrators: the operator of the installation.</summary>
    public const string PlatformTenant = "platform";
}
