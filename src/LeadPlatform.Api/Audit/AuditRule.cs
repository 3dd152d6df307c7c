using GraphQL;

namespace LeadPlatform.Api.Audit;

/// <summary>
/// Declares that a mutation is audited, and how to find the tenant whose log gets the entry and the target.
/// Declared on the field next to its access policy; recorded by <see cref="AuditRecorder"/> after success.
/// </summary>
public sealed record AuditRule(Func<IResolveFieldContext, object?, string?> Target, Func<object, string>? ResultDetail = null)
{
    public const string MetadataKey = "leadplatform.audit";

    /// <summary>Adds a detail taken from what the mutation returned: an id the arguments do not hold (a new key's).</summary>
    public AuditRule WithResultDetail(Func<object, string> detail) => this with { ResultDetail = detail };

    /// <summary>The target is the id in this argument.</summary>
    public static AuditRule Argument(string name) => new((c, _) => c.GetArgument<string?>(name));

    /// <summary>The target is an id the resolver noted in the request's user context under <paramref name="key"/>.</summary>
    public static AuditRule Noted(string key) => new((c, _) => c.UserContext.TryGetValue(key, out var id) ? id as string : null);

    /// <summary>The target is the id of what the mutation returned.</summary>
    public static AuditRule Result(Func<object, string> idOf) => new((_, result) => result is null ? null : idOf(result));
}
