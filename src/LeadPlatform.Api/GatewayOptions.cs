namespace LeadPlatform.Api;

/// <summary>Gateway settings, bound from the <c>LeadPlatform</c> configuration section.</summary>
public sealed class GatewayOptions
{
    /// <summary>A PLATFORM_ADMIN key accepted as is (bootstrap); when empty one is generated on first start.</summary>
    public string? AdminApiKey { get; set; }

    /// <summary><c>LeadPlatform:Gateway:*</c>: limits that keep one request from hurting everyone else.</summary>
    public GatewayLimits Gateway { get; set; } = new();
}
